package cn.perfeval.report;

import cn.perfeval.report.ReportDocument.Funds;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportDocument.Project;
import cn.perfeval.report.TablesWorkbook.Place;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * 项目及绩效指标表: one block per project, as a clerk fills in a project's 绩效自评表: 项目名称,
 * the funds by source (财政拨款, 其他资金) as 预算数 and 执行数, the 年度目标, then the project's own
 * indicators under the header of 绩效指标表. Rows are found by the label in their first cell; a
 * blank cell is a figure not stated; a bad cell is named by its cell; optional on reading.
 */
final class ProjectsSheet {

    static final String NAME = "项目及绩效指标表";
    static final String PROJECT = "项目名称";
    static final String FUNDS = "资金情况";
    static final String[] SOURCES = {"财政拨款", "其他资金"};
    static final String BUDGET = "预算数";
    static final String EXECUTED = "执行数";
    static final String TARGET = "年度目标";
    static final int WIDTH = IndicatorSheet.WIDTH;
    private static final String[] FIELDS = {"level1", "level2", "name", "target", "actual", "weight", "score",
        "deviationReason"};

    /**
     * The projects as read and, for each field of the report's projects
     * ({@code projects[1].budget.fiscal}, {@code projects[0].indicators[2].weight}), its cell and name.
     */
    record Table(List<Project> value, Map<String, Place> places) {
    }

    private ProjectsSheet() {
    }

    static void write(SheetWriter w, String department, int year, List<Project> projects) {
        Sheet sheet = w.headed(NAME, department + year + "年度" + NAME, department, "单位：元", WIDTH);
        w.merge(sheet, 1, 1, 0, 3);
        int r = 2;
        for (Project p : projects) {
            if (p == null) {
                continue;
            }
            Row name = sheet.createRow(r);
            w.text(name, 0, PROJECT, w.label);
            w.text(name, 1, p.name(), w.text);
            w.fill(name, 2, WIDTH - 1, w.text);
            w.merge(sheet, r, r, 1, WIDTH - 1);
            Row funds = sheet.createRow(r + 1);
            w.text(funds, 0, FUNDS, w.header);
            w.text(funds, 1, SOURCES[0], w.header);
            w.text(funds, 2, SOURCES[1], w.header);
            money(w, sheet.createRow(r + 2), BUDGET, p.budget());
            money(w, sheet.createRow(r + 3), EXECUTED, p.executed());
            Row target = sheet.createRow(r + 4);
            w.text(target, 0, TARGET, w.label);
            w.text(target, 1, p.target(), w.text);
            w.fill(target, 2, WIDTH - 1, w.text);
            w.merge(sheet, r + 4, r + 4, 1, WIDTH - 1);
            w.headerRow(sheet, r + 5, IndicatorSheet.COLUMNS);
            r = IndicatorSheet.rows(w, sheet, r + 6, p.indicators() == null ? List.of() : p.indicators()) + 1;
        }
        w.widths(sheet, IndicatorSheet.WIDTHS);
        w.print(sheet, 2);
    }

    private static void money(SheetWriter w, Row row, String label, Funds funds) {
        w.text(row, 0, label, w.label);
        w.money(row, 1, funds == null ? null : funds.fiscal(), w.money);
        w.money(row, 2, funds == null ? null : funds.other(), w.money);
    }

    /** A project as it is read, its parts filled in row by row. */
    private static final class Reading {
        String name;
        BigDecimal[] budget = new BigDecimal[2];
        BigDecimal[] executed = new BigDecimal[2];
        String target;
        List<Indicator> indicators = new ArrayList<>();
        boolean inIndicators;
        final IndicatorSheet.Levels levels = new IndicatorSheet.Levels();

        Project project() {
            return new Project(name, funds(budget), funds(executed), target, indicators);
        }

        private static Funds funds(BigDecimal[] amounts) {
            return amounts[0] == null && amounts[1] == null ? null : new Funds(amounts[0], amounts[1]);
        }
    }

    static Table read(CellReader reader, Sheet sheet) {
        String name = sheet.getSheetName();
        List<Project> projects = new ArrayList<>();
        Map<String, Place> places = new LinkedHashMap<>();
        Reading current = null;
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (reader.blank(row, WIDTH)) {
                continue;
            }
            String label = reader.text(row, 0).replaceAll("\\s", "");
            if (label.startsWith(CellReader.NOTE)) {
                break;
            }
            if (PROJECT.equals(label)) {
                if (current != null) {
                    projects.add(current.project());
                }
                current = new Reading();
                String at = "projects[" + projects.size() + "]";
                current.name = reader.text(row, 1);
                places.put(at + ".name", new Place(CellReader.cell(name, r, 1), PROJECT));
                if (current.name.isEmpty()) {
                    reader.problem(CellReader.cell(name, r, 1), "workbook.required", PROJECT);
                }
                continue;
            }
            if (current == null) {
                reader.problem(CellReader.cell(name, r, 0), "workbook.item.unknown", label, name, PROJECT);
                continue;
            }
            String at = "projects[" + projects.size() + "]";
            if (current.inIndicators) {
                String indicatorAt = at + ".indicators[" + current.indicators.size() + "]";
                for (int c = 0; c < WIDTH; c++) {
                    places.put(indicatorAt + "." + FIELDS[c],
                            new Place(CellReader.cell(name, r, c), IndicatorSheet.COLUMNS[c]));
                }
                current.indicators.add(IndicatorSheet.row(reader, name, row, current.levels));
                continue;
            }
            switch (label) {
                case FUNDS -> {
                    // the header of the funds rows
                }
                case BUDGET, EXECUTED -> {
                    BigDecimal[] amounts = BUDGET.equals(label) ? current.budget : current.executed;
                    String field = BUDGET.equals(label) ? ".budget." : ".executed.";
                    for (int s = 0; s < 2; s++) {
                        Place place = new Place(CellReader.cell(name, r, 1 + s), label + "（" + SOURCES[s] + "）");
                        amounts[s] = reader.amount(row.getCell(1 + s), place.cell(), place.label());
                        places.put(at + field + (s == 0 ? "fiscal" : "other"), place);
                    }
                }
                case TARGET -> {
                    current.target = reader.words(row, 1);
                    places.put(at + ".target", new Place(CellReader.cell(name, r, 1), TARGET));
                }
                default -> {
                    if (IndicatorSheet.COLUMNS[0].equals(label)) {
                        current.inIndicators = true;
                    } else {
                        reader.problem(CellReader.cell(name, r, 0), "workbook.item.unknown", label, name,
                                String.join("、", PROJECT, FUNDS, BUDGET, EXECUTED, TARGET, IndicatorSheet.COLUMNS[0]));
                    }
                }
            }
        }
        if (current != null) {
            projects.add(current.project());
        }
        return new Table(projects, places);
    }
}
