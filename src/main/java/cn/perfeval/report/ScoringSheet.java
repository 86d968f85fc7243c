package cn.perfeval.report;

import cn.perfeval.report.ReportDocument.Deduction;
import cn.perfeval.report.ReportDocument.Scoring;
import cn.perfeval.report.ReportDocument.ScoringItem;
import cn.perfeval.report.TablesWorkbook.Place;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * 绩效自评评分表: the 评价体系 the report is scored under, its items with their path (一级指标,
 * 二级指标, 三级指标 and deeper where a path is longer), 分值, 自评得分, 评分说明 and 评分标准, then the
 * 扣分项 with their 扣分上限 and 扣分, then the stated 自评总分 and 自评等级. Blocks are found by the
 * label in their first cell; a bad cell is named by its cell; optional on reading.
 */
final class ScoringSheet {

    static final String NAME = "绩效自评评分表";
    static final String FRAMEWORK = "评价体系";
    static final String[] LEVELS = {"一级指标", "二级指标", "三级指标", "四级指标", "五级指标", "六级指标"};
    static final String[] ITEM_COLUMNS = {"分值", "自评得分", "评分说明", "评分标准"};
    static final String DEDUCTIONS = "扣分项";
    static final String[] DEDUCTION_COLUMNS = {"扣分上限", "扣分"};
    static final String TOTAL = "自评总分";
    static final String GRADE = "自评等级";

    /** The scoring as read ({@code null} where the sheet states nothing) and each field's cell. */
    record Table(Scoring value, Map<String, Place> places) {
    }

    private ScoringSheet() {
    }

    /** The path columns the items need: three, or the longest path where longer (at most six). */
    private static int levels(Scoring scoring) {
        int levels = 3;
        if (scoring != null && scoring.items() != null) {
            for (ScoringItem item : scoring.items()) {
                if (item != null && item.path() != null) {
                    levels = Math.max(levels, Math.min(item.path().size(), LEVELS.length));
                }
            }
        }
        return levels;
    }

    static void write(SheetWriter w, String department, int year, Scoring scoring) {
        int levels = levels(scoring);
        int width = levels + ITEM_COLUMNS.length;
        Sheet sheet = w.headed(NAME, department + year + "年度" + NAME, department, "单位：分", width);
        w.merge(sheet, 1, 1, 0, 2);
        Row framework = sheet.createRow(2);
        w.text(framework, 0, FRAMEWORK, w.label);
        w.text(framework, 1, scoring == null ? null : scoring.framework(), w.text);
        w.fill(framework, 2, width - 1, w.text);
        w.merge(sheet, 2, 2, 1, width - 1);
        String[] header = new String[width];
        System.arraycopy(LEVELS, 0, header, 0, levels);
        System.arraycopy(ITEM_COLUMNS, 0, header, levels, ITEM_COLUMNS.length);
        w.headerRow(sheet, 3, header);
        int r = 4;
        for (ScoringItem item : scoring == null || scoring.items() == null ? List.<ScoringItem>of() : scoring.items()) {
            if (item == null) {
                continue;
            }
            Row row = sheet.createRow(r++);
            List<String> path = item.path() == null ? List.of() : item.path();
            for (int l = 0; l < levels; l++) {
                w.text(row, l, l < path.size() ? path.get(l) : null, w.text);
            }
            w.money(row, levels, item.maxPoints(), w.points);
            w.money(row, levels + 1, item.selfScore(), w.points);
            w.text(row, levels + 2, item.explanation(), w.text);
            w.text(row, levels + 3, item.standard(), w.text);
        }
        Row deductions = sheet.createRow(r++);
        w.text(deductions, 0, DEDUCTIONS, w.header);
        w.fill(deductions, 1, levels - 1, w.header);
        w.merge(sheet, deductions.getRowNum(), deductions.getRowNum(), 0, levels - 1);
        w.text(deductions, levels, DEDUCTION_COLUMNS[0], w.header);
        w.text(deductions, levels + 1, DEDUCTION_COLUMNS[1], w.header);
        for (Deduction d : scoring == null || scoring.deductions() == null ? List.<Deduction>of()
                : scoring.deductions()) {
            if (d == null) {
                continue;
            }
            Row row = sheet.createRow(r);
            w.text(row, 0, d.name(), w.text);
            w.fill(row, 1, levels - 1, w.text);
            w.merge(sheet, r, r, 0, levels - 1);
            w.money(row, levels, d.maxPoints(), w.points);
            w.money(row, levels + 1, d.points(), w.points);
            r++;
        }
        Row total = sheet.createRow(r);
        w.text(total, 0, TOTAL, w.totalLabel);
        w.fill(total, 1, levels, w.totalLabel);
        w.merge(sheet, r, r, 0, levels);
        w.money(total, levels + 1, scoring == null ? null : scoring.total(), w.points);
        Row grade = sheet.createRow(r + 1);
        w.text(grade, 0, GRADE, w.totalLabel);
        w.fill(grade, 1, levels, w.totalLabel);
        w.merge(sheet, r + 1, r + 1, 0, levels);
        w.text(grade, levels + 1, scoring == null ? null : scoring.grade(), w.text);
        int[] widths = new int[width];
        for (int c = 0; c < levels; c++) {
            widths[c] = 16;
        }
        widths[levels] = 10;
        widths[levels + 1] = 10;
        widths[levels + 2] = 40;
        widths[levels + 3] = 40;
        w.widths(sheet, widths);
        w.print(sheet, 4);
    }

    static Table read(CellReader reader, Sheet sheet) {
        String name = sheet.getSheetName();
        int header = reader.headerRow(sheet, LEVELS[0], LEVELS[0]);
        if (header < 0) {
            return null;
        }
        Map<String, Place> places = new LinkedHashMap<>();
        Row headerRow = sheet.getRow(header);
        int levels = 0;
        while (levels < LEVELS.length && LEVELS[levels].equals(reader.text(headerRow, levels))) {
            levels++;
        }
        for (int c = 0; c < ITEM_COLUMNS.length; c++) {
            if (!ITEM_COLUMNS[c].equals(reader.text(headerRow, levels + c))) {
                reader.problem(name, "workbook.layout", name, ITEM_COLUMNS[c]);
                return null;
            }
        }
        String framework = null;
        for (int r = 0; r < header; r++) {
            if (FRAMEWORK.equals(reader.text(sheet.getRow(r), 0))) {
                framework = reader.textOrNull(sheet.getRow(r), 1);
                places.put("scoring.framework", new Place(CellReader.cell(name, r, 1), FRAMEWORK));
            }
        }
        List<ScoringItem> items = new ArrayList<>();
        List<Deduction> deductions = new ArrayList<>();
        BigDecimal total = null;
        String grade = null;
        boolean inDeductions = false;
        int width = levels + ITEM_COLUMNS.length;
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (reader.blank(row, width)) {
                continue;
            }
            String first = reader.text(row, 0);
            String label = first.replaceAll("\\s", "");
            if (label.startsWith(CellReader.NOTE)) {
                break;
            }
            if (DEDUCTIONS.equals(label)) {
                inDeductions = true;
            } else if (TOTAL.equals(label)) {
                total = reader.points(row.getCell(levels + 1), CellReader.cell(name, r, levels + 1), TOTAL);
                places.put("scoring.total", new Place(CellReader.cell(name, r, levels + 1), TOTAL));
            } else if (GRADE.equals(label)) {
                grade = reader.textOrNull(row, levels + 1);
                places.put("scoring.grade", new Place(CellReader.cell(name, r, levels + 1), GRADE));
            } else if (inDeductions) {
                String at = "scoring.deductions[" + deductions.size() + "]";
                places.put(at + ".name", new Place(CellReader.cell(name, r, 0), DEDUCTIONS));
                if (first.isEmpty()) {
                    reader.problem(CellReader.cell(name, r, 0), "workbook.required", DEDUCTIONS);
                }
                Place max = new Place(CellReader.cell(name, r, levels), DEDUCTION_COLUMNS[0]);
                Place points = new Place(CellReader.cell(name, r, levels + 1), DEDUCTION_COLUMNS[1]);
                places.put(at + ".maxPoints", max);
                places.put(at + ".points", points);
                deductions.add(new Deduction(first, reader.points(row.getCell(levels), max.cell(), max.label()),
                        reader.points(row.getCell(levels + 1), points.cell(), points.label())));
            } else {
                items.add(item(reader, name, row, levels, "scoring.items[" + items.size() + "]", places));
            }
        }
        boolean none = framework == null && items.isEmpty() && deductions.isEmpty() && total == null
                && grade == null;
        return new Table(none ? null : new Scoring(framework, items, deductions, total, grade), places);
    }

    private static ScoringItem item(CellReader reader, String name, Row row, int levels, String at,
            Map<String, Place> places) {
        int r = row.getRowNum();
        List<String> path = new ArrayList<>();
        int last = -1;
        for (int l = 0; l < levels; l++) {
            if (!reader.text(row, l).isEmpty()) {
                last = l;
            }
        }
        for (int l = 0; l <= last; l++) {
            String level = reader.text(row, l);
            places.put(at + ".path[" + l + "]", new Place(CellReader.cell(name, r, l), LEVELS[l]));
            if (level.isEmpty()) {
                reader.problem(CellReader.cell(name, r, l), "workbook.required", LEVELS[l]);
            }
            path.add(level);
        }
        if (last < 0) {
            reader.problem(CellReader.cell(name, r, 0), "workbook.required", LEVELS[0]);
        }
        places.put(at + ".path", new Place(CellReader.cell(name, r, 0), LEVELS[0]));
        String[] fields = {"maxPoints", "selfScore", "explanation", "standard"};
        for (int c = 0; c < fields.length; c++) {
            places.put(at + "." + fields[c], new Place(CellReader.cell(name, r, levels + c), ITEM_COLUMNS[c]));
        }
        return new ScoringItem(path,
                reader.points(row.getCell(levels), CellReader.cell(name, r, levels), ITEM_COLUMNS[0]),
                reader.points(row.getCell(levels + 1), CellReader.cell(name, r, levels + 1), ITEM_COLUMNS[1]),
                reader.words(row, levels + 2), reader.words(row, levels + 3));
    }
}
