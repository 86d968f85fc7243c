package cn.perfeval.report;

import cn.perfeval.report.ReportDocument.Indicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * 绩效指标表: one row per indicator under 一级指标, 二级指标 (merged over their runs, as published)
 * and a computed 合计 row, ignored on reading. The rows are written and read the same way for a
 * project's own indicators on the projects sheet.
 */
final class IndicatorSheet {

    static final String NAME = "绩效指标表";
    static final String[] COLUMNS = {"一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分",
        "偏差原因及改进措施"};
    static final int WIDTH = COLUMNS.length;
    static final int[] WIDTHS = {12, 14, 28, 16, 16, 10, 10, 40};

    /** The indicator table as read, with the sheet row (1-based) of each indicator. */
    record Table(List<Indicator> lines, List<Integer> rows) {
    }

    private IndicatorSheet() {
    }

    /** The column (0-based) of a field of an indicator; the first for the row as a whole. */
    static int columnIndex(String field) {
        String column = column(field);
        return column == null ? 0 : List.of(COLUMNS).indexOf(column);
    }

    /** The column header of a field of an indicator ({@code level1}, {@code weight}…), null if none. */
    static String column(String field) {
        return switch (field) {
            case "level1" -> COLUMNS[0];
            case "level2" -> COLUMNS[1];
            case "name" -> COLUMNS[2];
            case "target" -> COLUMNS[3];
            case "actual" -> COLUMNS[4];
            case "weight" -> COLUMNS[5];
            case "score" -> COLUMNS[6];
            case "deviationReason" -> COLUMNS[7];
            default -> null;
        };
    }

    static void write(SheetWriter w, String department, int year, List<Indicator> lines) {
        Sheet sheet = w.headed(NAME, department + year + "年度绩效指标完成情况表", department, null, WIDTH);
        w.merge(sheet, 1, 1, 0, 3);
        w.headerRow(sheet, 2, COLUMNS);
        int first = 3;
        int r = rows(w, sheet, first, lines);
        BigDecimal weights = null;
        BigDecimal scores = null;
        for (Indicator i : lines) {
            if (i != null) {
                weights = i.weight() == null ? weights : (weights == null ? i.weight() : weights.add(i.weight()));
                scores = i.score() == null ? scores : (scores == null ? i.score() : scores.add(i.score()));
            }
        }
        Row total = sheet.createRow(r);
        w.fill(total, 0, WIDTH - 1, w.totalLabel);
        total.getCell(0).setCellValue(MoneySheet.TOTAL);
        w.merge(sheet, r, r, 0, 4);
        w.money(total, 5, weights, w.totalMoney);
        w.money(total, 6, scores, w.totalMoney);
        w.widths(sheet, WIDTHS);
        w.print(sheet, first);
    }

    /**
     * Writes the indicators from row {@code first} (0-based), merging runs of equal first- and
     * second-level names; the row after the last.
     */
    static int rows(SheetWriter w, Sheet sheet, int first, List<Indicator> lines) {
        int r = first;
        for (Indicator i : lines) {
            if (i == null) {
                continue;
            }
            Row row = sheet.createRow(r++);
            w.text(row, 0, i.level1(), w.text);
            w.text(row, 1, i.level2(), w.text);
            w.text(row, 2, i.name(), w.text);
            w.text(row, 3, i.target(), w.text);
            w.text(row, 4, i.actual(), w.text);
            w.money(row, 5, i.weight(), w.points);
            w.money(row, 6, i.score(), w.points);
            w.text(row, 7, i.deviationReason(), w.text);
        }
        w.mergeRuns(sheet, first, r - 1, 0, null);
        w.mergeRuns(sheet, first, r - 1, 1, 0);
        return r;
    }

    static Table read(CellReader reader, Sheet sheet) {
        int header = reader.headerRow(sheet, COLUMNS[0], COLUMNS[0]);
        if (header < 0) {
            return null;
        }
        List<Indicator> lines = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        Levels levels = new Levels();
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (reader.blank(row, WIDTH)) {
                continue;
            }
            String first = reader.text(row, 0);
            if (MoneySheet.TOTAL.equals(first)) {
                continue;
            }
            if (first.startsWith(CellReader.NOTE)) {
                break;
            }
            lines.add(row(reader, sheet.getSheetName(), row, levels));
            rows.add(r + 1);
        }
        return new Table(lines, rows);
    }

    /** The first- and second-level names a blank cell continues, as in merged cells. */
    static final class Levels {
        private String level1 = "";
        private String level2 = "";
    }

    /** The indicator of a row; a blank first- or second-level cell continues the one above. */
    static Indicator row(CellReader reader, String sheet, Row row, Levels levels) {
        int r = row.getRowNum();
        String first = reader.text(row, 0);
        if (!first.isEmpty()) {
            levels.level2 = first.equals(levels.level1) ? levels.level2 : "";
            levels.level1 = first;
        }
        String second = reader.text(row, 1);
        if (!second.isEmpty()) {
            levels.level2 = second;
        }
        if (levels.level1.isEmpty()) {
            reader.problem(CellReader.cell(sheet, r, 0), "workbook.required", COLUMNS[0]);
        }
        String indicator = reader.text(row, 2);
        if (indicator.isEmpty()) {
            reader.problem(CellReader.cell(sheet, r, 2), "workbook.required", COLUMNS[2]);
        }
        return new Indicator(levels.level1, levels.level2.isEmpty() ? null : levels.level2, indicator,
                reader.textOrNull(row, 3), reader.textOrNull(row, 4),
                reader.points(row.getCell(5), CellReader.cell(sheet, r, 5), COLUMNS[5]),
                reader.points(row.getCell(6), CellReader.cell(sheet, r, 6), COLUMNS[6]),
                reader.words(row, 7));
    }
}
