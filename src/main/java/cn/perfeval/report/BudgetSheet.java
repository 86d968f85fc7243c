package cn.perfeval.report;

import cn.perfeval.report.ReportDocument.BudgetLine;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** 预算执行情况表: one row per item with 年初预算数, 调整后预算数 and 全年执行数; optional on reading. */
final class BudgetSheet {

    static final String NAME = "预算执行情况表";
    static final String[] COLUMNS = {"项目", "年初预算数", "调整后预算数", "全年执行数"};

    /** The budget execution table as read, with the sheet row (1-based) of each line. */
    record Table(List<BudgetLine> lines, List<Integer> rows) {
    }

    private BudgetSheet() {
    }

    /** The column (0-based) of a field of a line; the item's for the line as a whole. */
    static int columnIndex(String field) {
        String column = column(field);
        return column == null ? 0 : List.of(COLUMNS).indexOf(column);
    }

    /** The column header of a field of a line ({@code item}, {@code executed}…), null if none. */
    static String column(String field) {
        return switch (field) {
            case "item" -> COLUMNS[0];
            case "initial" -> COLUMNS[1];
            case "adjusted" -> COLUMNS[2];
            case "executed" -> COLUMNS[3];
            default -> null;
        };
    }

    static void write(SheetWriter w, String department, int year, List<BudgetLine> lines) {
        Sheet sheet = w.headed(NAME, department + year + "年度" + NAME, department, "单位：元", COLUMNS.length);
        w.headerRow(sheet, 2, COLUMNS);
        int r = 3;
        for (BudgetLine line : lines) {
            if (line == null) {
                continue;
            }
            Row row = sheet.createRow(r++);
            w.text(row, 0, line.item(), w.text);
            w.money(row, 1, line.initial(), w.money);
            w.money(row, 2, line.adjusted(), w.money);
            w.money(row, 3, line.executed(), w.money);
        }
        w.widths(sheet, 30, 18, 18, 18);
        w.print(sheet, 3);
    }

    static Table read(CellReader reader, Sheet sheet) {
        String name = sheet.getSheetName();
        int header = reader.headerRow(sheet, COLUMNS[1], COLUMNS[0], COLUMNS[1]);
        if (header < 0) {
            return null;
        }
        List<BudgetLine> lines = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (reader.blank(row, COLUMNS.length)) {
                continue;
            }
            String item = reader.text(row, 0);
            if (item.startsWith(CellReader.NOTE)) {
                break;
            }
            if (item.isEmpty()) {
                reader.problem(CellReader.cell(name, r, 0), "workbook.required", COLUMNS[0]);
            }
            lines.add(new BudgetLine(item, reader.amount(row.getCell(1), CellReader.cell(name, r, 1), COLUMNS[1]),
                    reader.amount(row.getCell(2), CellReader.cell(name, r, 2), COLUMNS[2]),
                    reader.amount(row.getCell(3), CellReader.cell(name, r, 3), COLUMNS[3])));
            rows.add(r + 1);
        }
        return new Table(lines, rows);
    }
}
