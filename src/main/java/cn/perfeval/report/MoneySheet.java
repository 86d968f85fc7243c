package cn.perfeval.report;

import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.IncomeLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A money table by functional classification code, 收入决算表 or 支出决算表, laid out like the
 * published 决算 table: title, unit, the header rows with 类/款/项 and 栏次, the 合计 row carrying
 * the totals the department states (a blank cell is a total not stated), then the rows ordered by
 * code. A code is read whole from the first cell or split over 类, 款 and 项.
 *
 * @param <T> the row of the report's table
 */
final class MoneySheet<T> {

    static final String TOTAL = "合计";
    static final String ROW_NUMBERS = "栏次";
    static final String CODE = "科目编码";
    static final String NAME = "科目名称";
    static final int WIDTH = 7;

    static final MoneySheet<IncomeLine> INCOME = new MoneySheet<>("收入决算表",
            new String[] {"本年收入合计", "财政拨款收入", "其他收入"}, IncomeLine::code, IncomeLine::name,
            l -> new BigDecimal[] {l.total(), l.fiscal(), l.other()},
            (code, name, m) -> new IncomeLine(code, name, m[0], m[1], m[2]), "total", "fiscal", "other");
    static final MoneySheet<ExpenditureLine> EXPENDITURE = new MoneySheet<>("支出决算表",
            new String[] {"本年支出合计", "基本支出", "项目支出"}, ExpenditureLine::code, ExpenditureLine::name,
            l -> new BigDecimal[] {l.total(), l.basic(), l.project()},
            (code, name, m) -> new ExpenditureLine(code, name, m[0], m[1], m[2]), "total", "basic", "project");

    private static final Pattern CODE_FORMAT = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");

    @FunctionalInterface
    interface LineMaker<T> {
        T make(String code, String name, BigDecimal[] money);
    }

    /** The table as read: its rows, the sheet row of each (1-based), and the 合计 row (1-based; -1 if none). */
    record Table<T>(List<T> lines, List<Integer> rows, BigDecimal[] total, int totalRow) {
    }

    final String name;
    final String[] columns;
    private final Function<T, String> code;
    private final Function<T, String> label;
    private final Function<T, BigDecimal[]> amounts;
    private final LineMaker<T> maker;
    private final List<String> fields;

    private MoneySheet(String name, String[] columns, Function<T, String> code, Function<T, String> label,
            Function<T, BigDecimal[]> amounts, LineMaker<T> maker, String... fields) {
        this.name = name;
        this.columns = columns;
        this.code = code;
        this.label = label;
        this.amounts = amounts;
        this.maker = maker;
        this.fields = List.of(fields);
    }

    /** The column header of a field of a row ({@code total}, {@code fiscal}, {@code code}…), null if none. */
    String column(String field) {
        return switch (field) {
            case "code" -> CODE;
            case "name" -> NAME;
            default -> fields.contains(field) ? columns[fields.indexOf(field)] : null;
        };
    }

    /** The column (0-based) of a field of a row; the code's for the row as a whole. */
    int columnIndex(String field) {
        return switch (field) {
            case "name" -> 3;
            default -> fields.contains(field) ? 4 + fields.indexOf(field) : 0;
        };
    }

    void write(SheetWriter w, String department, int year, List<T> lines, BigDecimal[] total) {
        Sheet sheet = w.headed(name, department + year + "年度" + name, department, "单位：元", WIDTH);
        w.merge(sheet, 1, 1, 0, 3);

        Row h1 = sheet.createRow(2);
        Row h2 = sheet.createRow(3);
        Row h3 = sheet.createRow(4);
        Row numbers = sheet.createRow(5);
        for (Row r : List.of(h1, h2, h3, numbers)) {
            w.fill(r, 0, WIDTH - 1, w.header);
        }
        h1.getCell(0).setCellValue("项目");
        w.merge(sheet, 2, 2, 0, 3);
        h2.getCell(0).setCellValue("支出功能分类" + CODE);
        w.merge(sheet, 3, 3, 0, 2);
        h2.getCell(3).setCellValue(NAME);
        w.merge(sheet, 3, 4, 3, 3);
        h3.getCell(0).setCellValue("类");
        h3.getCell(1).setCellValue("款");
        h3.getCell(2).setCellValue("项");
        numbers.getCell(3).setCellValue(ROW_NUMBERS);
        w.merge(sheet, 5, 5, 0, 2);
        for (int c = 0; c < columns.length; c++) {
            h1.getCell(4 + c).setCellValue(columns[c]);
            w.merge(sheet, 2, 4, 4 + c, 4 + c);
            numbers.getCell(4 + c).setCellValue(c + 1);
        }

        Row totalRow = sheet.createRow(6);
        w.fill(totalRow, 0, 3, w.totalLabel);
        totalRow.getCell(3).setCellValue(TOTAL);
        w.merge(sheet, 6, 6, 0, 2);
        for (int c = 0; c < 3; c++) {
            w.money(totalRow, 4 + c, total[c], w.totalMoney);
        }

        int r = 7;
        for (T line : sorted(lines)) {
            Row row = sheet.createRow(r);
            w.text(row, 0, code.apply(line), w.code);
            row.createCell(1).setCellStyle(w.code);
            row.createCell(2).setCellStyle(w.code);
            w.merge(sheet, r, r, 0, 2);
            w.text(row, 3, label.apply(line), w.text);
            BigDecimal[] money = amounts.apply(line);
            for (int c = 0; c < 3; c++) {
                w.money(row, 4 + c, money[c], w.money);
            }
            r++;
        }
        w.widths(sheet, 7, 7, 7, 34, 18, 18, 18);
        w.print(sheet, 7);
    }

    private List<T> sorted(List<T> lines) {
        if (lines == null) {
            return List.of();
        }
        return lines.stream().filter(Objects::nonNull)
                .sorted(Comparator.comparing(code, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    Table<T> read(CellReader reader, Sheet sheet) {
        int header = -1;
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 10) && header < 0; r++) {
            for (int c = 0; c < 4; c++) {
                if (ROW_NUMBERS.equals(reader.text(sheet.getRow(r), c))) {
                    header = r;
                }
            }
        }
        if (header < 0) {
            reader.problem(name, "workbook.layout", name, ROW_NUMBERS);
            return null;
        }
        List<T> lines = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        BigDecimal[] total = new BigDecimal[3];
        int totalRow = -1;
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (reader.blank(row, WIDTH)) {
                continue;
            }
            String first = reader.text(row, 0);
            if (first.startsWith(CellReader.NOTE)) {
                break;
            }
            if (TOTAL.equals(first) || TOTAL.equals(reader.text(row, 3))) {
                if (totalRow < 0) {
                    totalRow = r + 1;
                    for (int c = 0; c < 3; c++) {
                        total[c] = reader.amount(row.getCell(4 + c), CellReader.cell(name, r, 4 + c), columns[c]);
                    }
                }
                continue;
            }
            String lineCode = code(reader, row, CellReader.cell(name, r, 0));
            String lineName = reader.text(row, 3);
            if (lineName.isEmpty()) {
                reader.problem(CellReader.cell(name, r, 3), "workbook.required", NAME);
            }
            BigDecimal[] money = new BigDecimal[3];
            for (int c = 0; c < 3; c++) {
                money[c] = reader.amount(row.getCell(4 + c), CellReader.cell(name, r, 4 + c), columns[c]);
            }
            lines.add(maker.make(lineCode, lineName, money));
            rows.add(r + 1);
        }
        return new Table<>(lines, rows, total, totalRow);
    }

    /** The code of a row: the whole code in the first cell, or split over 类, 款 and 项. */
    private static String code(CellReader reader, Row row, String where) {
        String code = codePart(reader, row.getCell(0), 3) + codePart(reader, row.getCell(1), 2)
                + codePart(reader, row.getCell(2), 2);
        if (code.isEmpty()) {
            reader.problem(where, "workbook.required", CODE);
        } else if (!CODE_FORMAT.matcher(code).matches()) {
            reader.problem(where, "workbook.code.format", code);
        }
        return code;
    }

    private static String codePart(CellReader reader, Cell cell, int width) {
        if (cell == null) {
            return "";
        }
        if (CellReader.type(cell) == CellType.NUMERIC) {
            BigDecimal number = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
            if (number.scale() <= 0 && number.signum() >= 0) {
                String digits = number.toPlainString();
                return digits.length() < width ? "0".repeat(width - digits.length()) + digits : digits;
            }
        }
        return reader.formatted(cell).replaceAll("\\s", "");
    }
}
