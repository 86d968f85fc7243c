package cn.perfeval.report;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the cells of the tables workbook the way the published tables look: a bold title over
 * the table's width, bordered cells, money as {@code #,##0.00}, counts as {@code #,##0}; each
 * sheet is printed landscape on A4, one page wide.
 */
final class SheetWriter {

    final CellStyle title;
    final CellStyle plain;
    final CellStyle unit;
    final CellStyle header;
    final CellStyle code;
    final CellStyle text;
    final CellStyle money;
    final CellStyle points;
    final CellStyle count;
    final CellStyle label;
    final CellStyle totalLabel;
    final CellStyle totalMoney;
    private final XSSFWorkbook workbook;

    SheetWriter(XSSFWorkbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        short moneyFormat = workbook.createDataFormat().getFormat("#,##0.00");

        title = workbook.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        plain = workbook.createCellStyle();
        unit = workbook.createCellStyle();
        unit.setAlignment(HorizontalAlignment.RIGHT);
        header = bordered();
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        code = bordered();
        code.setAlignment(HorizontalAlignment.LEFT);
        text = bordered();
        text.setWrapText(true);
        money = bordered();
        money.setDataFormat(moneyFormat);
        points = bordered();
        points.setDataFormat(workbook.createDataFormat().getFormat("0.00##"));
        count = bordered();
        count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        label = bordered();
        label.setFont(bold);
        label.setWrapText(true);
        totalLabel = bordered();
        totalLabel.setFont(bold);
        totalLabel.setAlignment(HorizontalAlignment.CENTER);
        totalMoney = bordered();
        totalMoney.setFont(bold);
        totalMoney.setDataFormat(moneyFormat);
    }

    private CellStyle bordered() {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    /** A new sheet of the workbook. */
    private Sheet sheet(String name) {
        return workbook.createSheet(name);
    }

    /**
     * A new sheet with its two head rows: the title across the table's width, and the row with
     * 编制单位 and, where given, the unit.
     */
    Sheet headed(String name, String title, String department, String unitText, int width) {
        Sheet sheet = sheet(name);
        title(sheet, title, width);
        unitRow(sheet, department, unitText, width);
        return sheet;
    }

    /** The title row (row 1) across the table's width. */
    private void title(Sheet sheet, String value, int width) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(28);
        text(row, 0, value, title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
    }

    /** The row under the title: 编制单位 on the left and, where given, the unit (单位：元) in the last column. */
    private void unitRow(Sheet sheet, String department, String unitText, int width) {
        Row row = sheet.createRow(1);
        text(row, 0, "编制单位：" + department, plain);
        if (unitText != null) {
            text(row, width - 1, unitText, unit);
        }
    }

    /** A header row of the given columns from column 0. */
    void headerRow(Sheet sheet, int r, String... columns) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < columns.length; c++) {
            text(row, c, columns[c], header);
        }
    }

    void merge(Sheet sheet, int firstRow, int lastRow, int firstCol, int lastCol) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
    }

    void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    void money(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    void count(Row row, int column, Integer value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(count);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    /** Bordered empty cells from {@code from} to {@code to} (inclusive) that are not there yet. */
    void fill(Row row, int from, int to, CellStyle style) {
        for (int c = from; c <= to; c++) {
            if (row.getCell(c) == null) {
                row.createCell(c).setCellStyle(style);
            }
        }
    }

    void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    /** Merges runs of equal text in a column, within runs of the parent column where given, as published. */
    void mergeRuns(Sheet sheet, int from, int to, int column, Integer parent) {
        int start = from;
        for (int r = from + 1; r <= to + 1; r++) {
            boolean same = r <= to && !textOf(sheet, r, column).isEmpty()
                    && textOf(sheet, r, column).equals(textOf(sheet, start, column))
                    && (parent == null || textOf(sheet, r, parent).equals(textOf(sheet, start, parent)));
            if (!same) {
                if (r - 1 > start) {
                    sheet.addMergedRegion(new CellRangeAddress(start, r - 1, column, column));
                }
                start = r;
            }
        }
    }

    private static String textOf(Sheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        return cell == null ? "" : cell.getStringCellValue();
    }

    /** Landscape A4, one page wide; frozen above {@code frozenRows}. */
    void print(Sheet sheet, int frozenRows) {
        sheet.createFreezePane(0, frozenRows);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }
}
