package cn.perfeval.report;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.report.ReportDocument.Assets;
import cn.perfeval.report.ReportDocument.BudgetLine;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportDocument.ThreeLines;
import cn.perfeval.report.ReportDocument.ThreePublicExpenses;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report's income, expenditure and indicator tables as one .xlsx workbook, laid out like the
 * published 决算 tables: a title with the department and year, the unit, the header rows with
 * 类/款/项 and 栏次, the 合计 row, then the rows ordered by code. Reading takes the same layout
 * back; every cell that cannot be read is listed with its sheet and row, and nothing is returned
 * while there is one.
 *
 * <p>The 合计 row of the money tables carries the totals the department states for the table
 * ({@code totals.income}, {@code incomeFiscal}, {@code incomeOther}; {@code totals.expenditure},
 * {@code basic}, {@code project}); a blank cell there is a total not stated. The indicator table's
 * 合计 row is computed on writing and ignored on reading, as is that of the 三公 table, whose
 * problems are named by their cell ({@code 三公经费支出表!C7}) and whose rows are found by item.
 */
final class TablesWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String INCOME = "收入决算表";
    static final String EXPENDITURE = "支出决算表";
    static final String INDICATORS = "绩效指标表";
    /** The budget execution table; optional on reading (a workbook of the first three tables keeps the report's). */
    static final String BUDGET = "预算执行情况表";
    static final String[] BUDGET_COLUMNS = {"项目", "年初预算数", "调整后预算数", "全年执行数"};
    /**
     * The 三公 expenses table; optional on reading (a workbook without it keeps the report's). Its
     * rows are the three items, then the reception batches and persons (决算数 only).
     */
    static final String THREE_PUBLIC = "三公经费支出表";
    static final String[] THREE_PUBLIC_COLUMNS = {"项目", "预算数", "决算数"};
    /** The rows of the 三公 table, in order: overseas, vehicles, reception, then the two counts. */
    static final String[] THREE_PUBLIC_ROWS = {"因公出国（境）费", "公务用车购置及运行维护费", "公务接待费",
        "公务接待批次（批）", "公务接待人次（人次）"};
    private static final String[] THREE_PUBLIC_FIELDS = {"overseas", "vehicles", "reception", "receptionBatches",
        "receptionPersons"};
    /** The assets table; optional on reading (a workbook without it keeps the report's). */
    static final String ASSETS = "资产情况表";
    static final String[] ASSETS_COLUMNS = {"项目", "金额"};
    /** The rows of the assets table, in order: total, liabilities, net, fixed assets original and in use. */
    static final String[] ASSETS_ROWS = {"资产总额", "负债总额", "净资产", "固定资产原值", "在用资产"};
    private static final String[] ASSETS_FIELDS = {"total", "liabilities", "net", "fixedAssetsOriginal",
        "fixedAssetsInUse"};
    /** The custom properties carrying the report's id and version when the workbook was written. */
    static final String REPORT_PROPERTY = "perfeval-report-id";
    static final String VERSION_PROPERTY = "perfeval-report-version";
    /** Rows a sheet may hold; a functional classification table has a few hundred at most. */
    static final int MAX_ROWS = 5_000;

    static final String TOTAL = "合计";
    static final String ROW_NUMBERS = "栏次";
    static final String CODE = "科目编码";
    static final String NAME = "科目名称";
    static final String[] INCOME_COLUMNS = {"本年收入合计", "财政拨款收入", "其他收入"};
    static final String[] EXPENDITURE_COLUMNS = {"本年支出合计", "基本支出", "项目支出"};
    static final String[] INDICATOR_COLUMNS = {"一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值",
        "得分", "偏差原因及改进措施"};

    private static final Pattern CODE_FORMAT = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final int MONEY_COLUMNS = 7;
    private static final int INDICATOR_WIDTH = 8;

    private TablesWorkbook() {
    }

    /** A money table as read: its rows, the sheet row of each (1-based), and the 合计 row. */
    record MoneyTable<T>(List<T> lines, List<Integer> rows, BigDecimal[] total, int totalRow) {
    }

    /** The indicator table as read, with the sheet row (1-based) of each indicator. */
    record IndicatorTable(List<Indicator> lines, List<Integer> rows) {
    }

    /** The budget execution table as read, with the sheet row (1-based) of each line. */
    record BudgetTable(List<BudgetLine> lines, List<Integer> rows) {
    }

    /**
     * The 三公 table as read: the part ({@code null} where every cell is blank) and, for each field
     * of the part ({@code actual.reception}, {@code receptionBatches}), its cell and name.
     */
    record ThreePublicTable(ThreePublicExpenses value, Map<String, Place> places) {
    }

    /** The assets table as read: the part ({@code null} where every cell is blank) and each field's cell. */
    record AssetsTable(Assets value, Map<String, Place> places) {
    }

    /** A cell of a sheet ({@code 三公经费支出表!C7}) and what it holds, e.g. 公务接待费（决算数）. */
    record Place(String cell, String label) {
    }

    /**
     * The tables read from a workbook.
     *
     * @param budget {@code null} where the workbook has no budget execution sheet
     * @param threePublic {@code null} where the workbook has no 三公 sheet
     * @param assets {@code null} where the workbook has no assets sheet
     * @param report the id of the report the workbook was written from; {@code null} where it carries none
     * @param version that report's version then; {@code null} where it carries none
     */
    record Tables(MoneyTable<IncomeLine> income, MoneyTable<ExpenditureLine> expenditure,
            IndicatorTable indicators, BudgetTable budget, ThreePublicTable threePublic, AssetsTable assets,
            Long report, Long version) {

        Tables(MoneyTable<IncomeLine> income, MoneyTable<ExpenditureLine> expenditure, IndicatorTable indicators) {
            this(income, expenditure, indicators, null, null, null, null, null);
        }
    }

    /** The field of a problem at a sheet's row, e.g. {@code 收入决算表!第9行}. */
    static String at(String sheet, int row) {
        return sheet + "!第" + row + "行";
    }

    /** The field of a problem at a sheet's cell, e.g. {@code 三公经费支出表!C7} (row and column 0-based). */
    static String cell(String sheet, int row, int column) {
        return sheet + "!" + new CellReference(row, column).formatAsString(false);
    }

    // ----------------------------------------------------------------------------------------
    // Writing

    /** The document's tables as an .xlsx workbook; money in the document's unit (yuan). */
    static byte[] write(ReportDocument doc, String department, int year) {
        return write(doc, department, year, null, null);
    }

    /**
     * The document's tables as an .xlsx workbook, carrying the report's id and version (custom
     * properties of the file) where given, so that the import can tell a save made since.
     */
    static byte[] write(ReportDocument doc, String department, int year, Long report, Long version) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            ReportDocument.Totals t = doc.totals();
            List<Object[]> income = sorted(doc.income(), IncomeLine::code).stream()
                    .map(l -> new Object[] {l.code(), l.name(), l.total(), l.fiscal(), l.other()}).toList();
            moneySheet(workbook.createSheet(INCOME), styles, department, year, INCOME, INCOME_COLUMNS, income,
                    t == null ? new BigDecimal[3] : new BigDecimal[] {t.income(), t.incomeFiscal(), t.incomeOther()});
            List<Object[]> expenditure = sorted(doc.expenditure(), ExpenditureLine::code).stream()
                    .map(l -> new Object[] {l.code(), l.name(), l.total(), l.basic(), l.project()}).toList();
            moneySheet(workbook.createSheet(EXPENDITURE), styles, department, year, EXPENDITURE, EXPENDITURE_COLUMNS,
                    expenditure,
                    t == null ? new BigDecimal[3] : new BigDecimal[] {t.expenditure(), t.basic(), t.project()});
            indicatorSheet(workbook.createSheet(INDICATORS), styles, department, year,
                    doc.indicators() == null ? List.of() : doc.indicators());
            budgetSheet(workbook.createSheet(BUDGET), styles, department, year,
                    doc.budget() == null ? List.of() : doc.budget());
            threePublicSheet(workbook.createSheet(THREE_PUBLIC), styles, department, year, doc.threePublicExpenses());
            assetsSheet(workbook.createSheet(ASSETS), styles, department, year, doc.assets());
            if (report != null && version != null) {
                var properties = workbook.getProperties().getCustomProperties();
                properties.addProperty(REPORT_PROPERTY, String.valueOf(report));
                properties.addProperty(VERSION_PROPERTY, String.valueOf(version));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> List<T> sorted(List<T> lines, Function<T, String> code) {
        if (lines == null) {
            return List.of();
        }
        return lines.stream().filter(Objects::nonNull)
                .sorted(Comparator.comparing(code, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    private static void moneySheet(Sheet sheet, Styles s, String department, int year, String title,
            String[] columns, List<Object[]> lines, BigDecimal[] total) {
        title(sheet, s, department + year + "年度" + title, MONEY_COLUMNS);
        Row unit = sheet.createRow(1);
        text(unit, 0, "编制单位：" + department, s.plain);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 3));
        text(unit, MONEY_COLUMNS - 1, "单位：元", s.unit);

        Row h1 = sheet.createRow(2);
        Row h2 = sheet.createRow(3);
        Row h3 = sheet.createRow(4);
        Row numbers = sheet.createRow(5);
        for (Row r : List.of(h1, h2, h3, numbers)) {
            for (int c = 0; c < MONEY_COLUMNS; c++) {
                r.createCell(c).setCellStyle(s.header);
            }
        }
        h1.getCell(0).setCellValue("项目");
        merge(sheet, 2, 2, 0, 3);
        h2.getCell(0).setCellValue("支出功能分类" + CODE);
        merge(sheet, 3, 3, 0, 2);
        h2.getCell(3).setCellValue(NAME);
        merge(sheet, 3, 4, 3, 3);
        h3.getCell(0).setCellValue("类");
        h3.getCell(1).setCellValue("款");
        h3.getCell(2).setCellValue("项");
        numbers.getCell(3).setCellValue(ROW_NUMBERS);
        merge(sheet, 5, 5, 0, 2);
        for (int c = 0; c < columns.length; c++) {
            h1.getCell(4 + c).setCellValue(columns[c]);
            merge(sheet, 2, 4, 4 + c, 4 + c);
            numbers.getCell(4 + c).setCellValue(c + 1);
        }

        Row totalRow = sheet.createRow(6);
        for (int c = 0; c < 4; c++) {
            totalRow.createCell(c).setCellStyle(s.totalLabel);
        }
        totalRow.getCell(3).setCellValue(TOTAL);
        merge(sheet, 6, 6, 0, 2);
        for (int c = 0; c < 3; c++) {
            money(totalRow, 4 + c, total[c], s.totalMoney);
        }

        int r = 7;
        for (Object[] line : lines) {
            Row row = sheet.createRow(r);
            text(row, 0, (String) line[0], s.code);
            row.createCell(1).setCellStyle(s.code);
            row.createCell(2).setCellStyle(s.code);
            merge(sheet, r, r, 0, 2);
            text(row, 3, (String) line[1], s.text);
            for (int c = 0; c < 3; c++) {
                money(row, 4 + c, (BigDecimal) line[2 + c], s.money);
            }
            r++;
        }
        for (int c = 0; c < 3; c++) {
            sheet.setColumnWidth(c, 7 * 256);
        }
        sheet.setColumnWidth(3, 34 * 256);
        for (int c = 4; c < MONEY_COLUMNS; c++) {
            sheet.setColumnWidth(c, 18 * 256);
        }
        sheet.createFreezePane(0, 7);
        print(sheet);
    }

    private static void indicatorSheet(Sheet sheet, Styles s, String department, int year, List<Indicator> lines) {
        title(sheet, s, department + year + "年度绩效指标完成情况表", INDICATOR_WIDTH);
        Row unit = sheet.createRow(1);
        text(unit, 0, "编制单位：" + department, s.plain);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 3));
        Row header = sheet.createRow(2);
        for (int c = 0; c < INDICATOR_WIDTH; c++) {
            text(header, c, INDICATOR_COLUMNS[c], s.header);
        }
        int first = 3;
        int r = first;
        BigDecimal weights = null;
        BigDecimal scores = null;
        for (Indicator i : lines) {
            if (i == null) {
                continue;
            }
            Row row = sheet.createRow(r++);
            text(row, 0, i.level1(), s.text);
            text(row, 1, i.level2(), s.text);
            text(row, 2, i.name(), s.text);
            text(row, 3, i.target(), s.text);
            text(row, 4, i.actual(), s.text);
            money(row, 5, i.weight(), s.money);
            money(row, 6, i.score(), s.money);
            text(row, 7, i.deviationReason(), s.text);
            weights = i.weight() == null ? weights : (weights == null ? i.weight() : weights.add(i.weight()));
            scores = i.score() == null ? scores : (scores == null ? i.score() : scores.add(i.score()));
        }
        mergeRuns(sheet, first, r - 1, 0, null);
        mergeRuns(sheet, first, r - 1, 1, 0);
        Row total = sheet.createRow(r);
        for (int c = 0; c < INDICATOR_WIDTH; c++) {
            total.createCell(c).setCellStyle(s.totalLabel);
        }
        total.getCell(0).setCellValue(TOTAL);
        merge(sheet, r, r, 0, 4);
        money(total, 5, weights, s.totalMoney);
        money(total, 6, scores, s.totalMoney);
        int[] widths = {12, 14, 28, 16, 16, 10, 10, 40};
        for (int c = 0; c < INDICATOR_WIDTH; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, first);
        print(sheet);
    }

    private static void budgetSheet(Sheet sheet, Styles s, String department, int year, List<BudgetLine> lines) {
        title(sheet, s, department + year + "年度" + BUDGET, BUDGET_COLUMNS.length);
        Row unit = sheet.createRow(1);
        text(unit, 0, "编制单位：" + department, s.plain);
        text(unit, BUDGET_COLUMNS.length - 1, "单位：元", s.unit);
        Row header = sheet.createRow(2);
        for (int c = 0; c < BUDGET_COLUMNS.length; c++) {
            text(header, c, BUDGET_COLUMNS[c], s.header);
        }
        int r = 3;
        for (BudgetLine line : lines) {
            if (line == null) {
                continue;
            }
            Row row = sheet.createRow(r++);
            text(row, 0, line.item(), s.text);
            money(row, 1, line.initial(), s.money);
            money(row, 2, line.adjusted(), s.money);
            money(row, 3, line.executed(), s.money);
        }
        sheet.setColumnWidth(0, 30 * 256);
        for (int c = 1; c < BUDGET_COLUMNS.length; c++) {
            sheet.setColumnWidth(c, 18 * 256);
        }
        sheet.createFreezePane(0, 3);
        print(sheet);
    }

    private static void threePublicSheet(Sheet sheet, Styles s, String department, int year,
            ThreePublicExpenses three) {
        int width = THREE_PUBLIC_COLUMNS.length;
        title(sheet, s, department + year + "年度" + THREE_PUBLIC, width);
        Row unit = sheet.createRow(1);
        text(unit, 0, "编制单位：" + department, s.plain);
        text(unit, width - 1, "单位：元", s.unit);
        Row header = sheet.createRow(2);
        for (int c = 0; c < width; c++) {
            text(header, c, THREE_PUBLIC_COLUMNS[c], s.header);
        }
        ThreeLines budget = three == null ? null : three.budget();
        ThreeLines actual = three == null ? null : three.actual();
        Row total = sheet.createRow(3);
        text(total, 0, TOTAL, s.totalLabel);
        money(total, 1, sum(budget), s.totalMoney);
        money(total, 2, sum(actual), s.totalMoney);
        BigDecimal[] budgets = amounts(budget);
        BigDecimal[] actuals = amounts(actual);
        for (int i = 0; i < 3; i++) {
            Row row = sheet.createRow(4 + i);
            text(row, 0, THREE_PUBLIC_ROWS[i], s.text);
            money(row, 1, budgets[i], s.money);
            money(row, 2, actuals[i], s.money);
        }
        Integer[] counts = {three == null ? null : three.receptionBatches(),
            three == null ? null : three.receptionPersons()};
        for (int i = 0; i < 2; i++) {
            Row row = sheet.createRow(7 + i);
            text(row, 0, THREE_PUBLIC_ROWS[3 + i], s.text);
            row.createCell(1).setCellStyle(s.text);
            Cell cell = row.createCell(2);
            cell.setCellStyle(s.count);
            if (counts[i] != null) {
                cell.setCellValue(counts[i]);
            }
        }
        sheet.setColumnWidth(0, 30 * 256);
        for (int c = 1; c < width; c++) {
            sheet.setColumnWidth(c, 18 * 256);
        }
        sheet.createFreezePane(0, 3);
        print(sheet);
    }

    private static void assetsSheet(Sheet sheet, Styles s, String department, int year, Assets assets) {
        int width = ASSETS_COLUMNS.length;
        title(sheet, s, department + year + "年度" + ASSETS, width);
        Row unit = sheet.createRow(1);
        text(unit, 0, "编制单位：" + department, s.plain);
        text(unit, width - 1, "单位：元", s.unit);
        Row header = sheet.createRow(2);
        for (int c = 0; c < width; c++) {
            text(header, c, ASSETS_COLUMNS[c], s.header);
        }
        BigDecimal[] amounts = assets == null ? new BigDecimal[ASSETS_ROWS.length]
                : new BigDecimal[] {assets.total(), assets.liabilities(), assets.net(), assets.fixedAssetsOriginal(),
                    assets.fixedAssetsInUse()};
        for (int i = 0; i < ASSETS_ROWS.length; i++) {
            Row row = sheet.createRow(3 + i);
            text(row, 0, ASSETS_ROWS[i], s.text);
            money(row, 1, amounts[i], s.money);
        }
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 20 * 256);
        sheet.createFreezePane(0, 3);
        print(sheet);
    }

    private static BigDecimal[] amounts(ThreeLines lines) {
        return lines == null ? new BigDecimal[3]
                : new BigDecimal[] {lines.overseas(), lines.vehicles(), lines.reception()};
    }

    /** The sum of the stated amounts; blank where none is stated. */
    private static BigDecimal sum(ThreeLines lines) {
        BigDecimal sum = null;
        for (BigDecimal amount : amounts(lines)) {
            sum = amount == null ? sum : (sum == null ? amount : sum.add(amount));
        }
        return sum;
    }

    /** Merges runs of equal text in a column, within runs of the parent column where given, as published. */
    private static void mergeRuns(Sheet sheet, int from, int to, int column, Integer parent) {
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

    private static void title(Sheet sheet, Styles s, String text, int width) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(28);
        text(row, 0, text, s.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
    }

    private static void merge(Sheet sheet, int firstRow, int lastRow, int firstCol, int lastCol) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private static void money(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private static void print(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** The cell styles of the published tables: bordered, money as #,##0.00. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle unit;
        final CellStyle header;
        final CellStyle code;
        final CellStyle text;
        final CellStyle money;
        final CellStyle count;
        final CellStyle totalLabel;
        final CellStyle totalMoney;

        Styles(XSSFWorkbook workbook) {
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
            header = bordered(workbook);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            code = bordered(workbook);
            code.setAlignment(HorizontalAlignment.LEFT);
            text = bordered(workbook);
            text.setWrapText(true);
            money = bordered(workbook);
            money.setDataFormat(moneyFormat);
            count = bordered(workbook);
            count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            totalLabel = bordered(workbook);
            totalLabel.setFont(bold);
            totalLabel.setAlignment(HorizontalAlignment.CENTER);
            totalMoney = bordered(workbook);
            totalMoney.setFont(bold);
            totalMoney.setDataFormat(moneyFormat);
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }
    }

    // ----------------------------------------------------------------------------------------
    // Reading

    /**
     * Reads the three tables of a workbook of this layout. Refuses, with every problem named by
     * its sheet and row, a file that is empty, not an .xlsx workbook, damaged, missing a sheet,
     * or has a cell that cannot be read.
     */
    static Tables read(byte[] content) {
        if (content == null || content.length == 0) {
            throw invalid("file", "workbook.empty");
        }
        try (XSSFWorkbook workbook = open(content)) {
            Reader reader = new Reader();
            Sheet incomeSheet = reader.sheet(workbook, INCOME);
            Sheet expenditureSheet = reader.sheet(workbook, EXPENDITURE);
            Sheet indicatorSheet = reader.sheet(workbook, INDICATORS);
            MoneyTable<IncomeLine> income = incomeSheet == null ? null
                    : reader.money(incomeSheet, INCOME_COLUMNS, (code, name, m) -> new IncomeLine(code, name, m[0], m[1], m[2]));
            MoneyTable<ExpenditureLine> expenditure = expenditureSheet == null ? null
                    : reader.money(expenditureSheet, EXPENDITURE_COLUMNS,
                            (code, name, m) -> new ExpenditureLine(code, name, m[0], m[1], m[2]));
            IndicatorTable indicators = indicatorSheet == null ? null : reader.indicators(indicatorSheet);
            Sheet budgetSheet = workbook.getSheet(BUDGET);
            BudgetTable budget = budgetSheet == null ? null : reader.budget(budgetSheet);
            Sheet threeSheet = workbook.getSheet(THREE_PUBLIC);
            ThreePublicTable three = threeSheet == null ? null : reader.threePublic(threeSheet);
            Sheet assetsSheet = workbook.getSheet(ASSETS);
            AssetsTable assets = assetsSheet == null ? null : reader.assets(assetsSheet);
            Long report = reader.number(workbook, REPORT_PROPERTY);
            Long version = reader.number(workbook, VERSION_PROPERTY);
            if (!reader.problems.isEmpty()) {
                throw new InvalidInputException(reader.problems);
            }
            return new Tables(income, expenditure, indicators, budget, three, assets, report, version);
        } catch (IOException e) {
            throw invalid("file", "workbook.damaged");
        }
    }

    private static XSSFWorkbook open(byte[] content) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (EmptyFileException e) {
            throw invalid("file", "workbook.empty");
        } catch (OLE2NotOfficeXmlFileException e) {
            throw invalid("file", "workbook.xls");
        } catch (ODFNotOfficeXmlFileException e) {
            throw invalid("file", "workbook.not-xlsx");
        } catch (NotOfficeXmlFileException e) {
            throw invalid("file", isZip(content) ? "workbook.damaged" : "workbook.not-xlsx");
        } catch (IOException | RuntimeException e) {
            // A cut-off or otherwise broken package fails in many ways inside POI.
            throw invalid("file", isZip(content) ? "workbook.damaged" : "workbook.not-xlsx");
        }
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static InvalidInputException invalid(String field, String key, Object... args) {
        return new InvalidInputException(List.of(FieldProblem.of(field, key, args)));
    }

    @FunctionalInterface
    private interface LineMaker<T> {
        T make(String code, String name, BigDecimal[] money);
    }

    /** Reads cells and collects every problem with its sheet and row. */
    private static final class Reader {
        private final List<FieldProblem> problems = new ArrayList<>();
        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

        Reader() {
            formatter.setUseCachedValuesForFormulaCells(true);
        }

        Sheet sheet(XSSFWorkbook workbook, String name) {
            Sheet sheet = workbook.getSheet(name);
            if (sheet == null) {
                problems.add(FieldProblem.of(name, "workbook.sheet.missing", name));
            } else if (sheet.getLastRowNum() + 1 > MAX_ROWS) {
                problems.add(FieldProblem.of(name, "workbook.rows.too-many", name, MAX_ROWS));
                return null;
            }
            return sheet;
        }

        <T> MoneyTable<T> money(Sheet sheet, String[] columns, LineMaker<T> maker) {
            String name = sheet.getSheetName();
            int header = -1;
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 10) && header < 0; r++) {
                for (int c = 0; c < 4; c++) {
                    if (ROW_NUMBERS.equals(text(sheet.getRow(r), c))) {
                        header = r;
                    }
                }
            }
            if (header < 0) {
                problems.add(FieldProblem.of(name, "workbook.layout", name, ROW_NUMBERS));
                return null;
            }
            List<T> lines = new ArrayList<>();
            List<Integer> rows = new ArrayList<>();
            BigDecimal[] total = new BigDecimal[3];
            int totalRow = -1;
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (blank(row, MONEY_COLUMNS)) {
                    continue;
                }
                String where = at(name, r + 1);
                String first = text(row, 0);
                if (first.startsWith("注")) {
                    break;
                }
                if (TOTAL.equals(first) || TOTAL.equals(text(row, 3))) {
                    if (totalRow < 0) {
                        totalRow = r + 1;
                        for (int c = 0; c < 3; c++) {
                            total[c] = amount(row.getCell(4 + c), where, columns[c]);
                        }
                    }
                    continue;
                }
                String code = code(row, where);
                String lineName = text(row, 3);
                if (lineName.isEmpty()) {
                    problems.add(FieldProblem.of(where, "workbook.required", NAME));
                }
                BigDecimal[] amounts = new BigDecimal[3];
                for (int c = 0; c < 3; c++) {
                    amounts[c] = amount(row.getCell(4 + c), where, columns[c]);
                }
                lines.add(maker.make(code, lineName, amounts));
                rows.add(r + 1);
            }
            return new MoneyTable<>(lines, rows, total, totalRow);
        }

        IndicatorTable indicators(Sheet sheet) {
            String name = sheet.getSheetName();
            int header = -1;
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 10) && header < 0; r++) {
                if (INDICATOR_COLUMNS[0].equals(text(sheet.getRow(r), 0))) {
                    header = r;
                }
            }
            if (header < 0) {
                problems.add(FieldProblem.of(name, "workbook.layout", name, INDICATOR_COLUMNS[0]));
                return null;
            }
            List<Indicator> lines = new ArrayList<>();
            List<Integer> rows = new ArrayList<>();
            String level1 = "";
            String level2 = "";
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (blank(row, INDICATOR_WIDTH)) {
                    continue;
                }
                String first = text(row, 0);
                if (TOTAL.equals(first)) {
                    continue;
                }
                if (first.startsWith("注")) {
                    break;
                }
                String where = at(name, r + 1);
                // A blank first- or second-level cell continues the one above, as in merged cells.
                if (!first.isEmpty()) {
                    level2 = first.equals(level1) ? level2 : "";
                    level1 = first;
                }
                String second = text(row, 1);
                if (!second.isEmpty()) {
                    level2 = second;
                }
                if (level1.isEmpty()) {
                    problems.add(FieldProblem.of(where, "workbook.required", INDICATOR_COLUMNS[0]));
                }
                String indicator = text(row, 2);
                if (indicator.isEmpty()) {
                    problems.add(FieldProblem.of(where, "workbook.required", INDICATOR_COLUMNS[2]));
                }
                lines.add(new Indicator(level1, emptyToNull(level2), indicator, emptyToNull(text(row, 3)),
                        emptyToNull(text(row, 4)), amount(row.getCell(5), where, INDICATOR_COLUMNS[5]),
                        amount(row.getCell(6), where, INDICATOR_COLUMNS[6]), emptyToNull(text(row, 7))));
                rows.add(r + 1);
            }
            return new IndicatorTable(lines, rows);
        }

        BudgetTable budget(Sheet sheet) {
            String name = sheet.getSheetName();
            if (sheet.getLastRowNum() + 1 > MAX_ROWS) {
                problems.add(FieldProblem.of(name, "workbook.rows.too-many", name, MAX_ROWS));
                return null;
            }
            int header = -1;
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 10) && header < 0; r++) {
                if (BUDGET_COLUMNS[0].equals(text(sheet.getRow(r), 0))
                        && BUDGET_COLUMNS[1].equals(text(sheet.getRow(r), 1))) {
                    header = r;
                }
            }
            if (header < 0) {
                problems.add(FieldProblem.of(name, "workbook.layout", name, BUDGET_COLUMNS[1]));
                return null;
            }
            List<BudgetLine> lines = new ArrayList<>();
            List<Integer> rows = new ArrayList<>();
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (blank(row, BUDGET_COLUMNS.length)) {
                    continue;
                }
                String item = text(row, 0);
                if (item.startsWith("注")) {
                    break;
                }
                String where = at(name, r + 1);
                if (item.isEmpty()) {
                    problems.add(FieldProblem.of(where, "workbook.required", BUDGET_COLUMNS[0]));
                }
                lines.add(new BudgetLine(item, amount(row.getCell(1), where, BUDGET_COLUMNS[1]),
                        amount(row.getCell(2), where, BUDGET_COLUMNS[2]),
                        amount(row.getCell(3), where, BUDGET_COLUMNS[3])));
                rows.add(r + 1);
            }
            return new BudgetTable(lines, rows);
        }

        /**
         * The 三公 table: rows found by their item (in any order, each at most once), blank cells
         * unstated; every cell that cannot be read is named by its sheet and cell.
         */
        ThreePublicTable threePublic(Sheet sheet) {
            String name = sheet.getSheetName();
            if (sheet.getLastRowNum() + 1 > MAX_ROWS) {
                problems.add(FieldProblem.of(name, "workbook.rows.too-many", name, MAX_ROWS));
                return null;
            }
            int header = -1;
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 10) && header < 0; r++) {
                if (THREE_PUBLIC_COLUMNS[0].equals(text(sheet.getRow(r), 0))
                        && THREE_PUBLIC_COLUMNS[1].equals(text(sheet.getRow(r), 1))) {
                    header = r;
                }
            }
            if (header < 0) {
                problems.add(FieldProblem.of(name, "workbook.layout", name, THREE_PUBLIC_COLUMNS[1]));
                return null;
            }
            BigDecimal[] budgets = new BigDecimal[3];
            BigDecimal[] actuals = new BigDecimal[3];
            Integer[] counts = new Integer[2];
            boolean[] seen = new boolean[THREE_PUBLIC_ROWS.length];
            Map<String, Place> places = new LinkedHashMap<>();
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (blank(row, THREE_PUBLIC_COLUMNS.length)) {
                    continue;
                }
                String label = text(row, 0);
                if (label.startsWith("注")) {
                    break;
                }
                if (TOTAL.equals(label)) {
                    continue;
                }
                int item = threePublicItem(label);
                if (item < 0 || seen[item]) {
                    problems.add(item < 0
                            ? FieldProblem.of(cell(name, r, 0), "workbook.item.unknown", label, name,
                                    String.join("、", THREE_PUBLIC_ROWS))
                            : FieldProblem.of(cell(name, r, 0), "workbook.item.twice", label, name));
                    continue;
                }
                seen[item] = true;
                String of = THREE_PUBLIC_ROWS[item];
                Place budget = new Place(cell(name, r, 1), of + "（" + THREE_PUBLIC_COLUMNS[1] + "）");
                Place actual = new Place(cell(name, r, 2),
                        item < 3 ? of + "（" + THREE_PUBLIC_COLUMNS[2] + "）" : of);
                if (item < 3) {
                    budgets[item] = amount(row.getCell(1), budget.cell(), budget.label());
                    actuals[item] = amount(row.getCell(2), actual.cell(), actual.label());
                    places.put("budget." + THREE_PUBLIC_FIELDS[item], budget);
                    places.put("actual." + THREE_PUBLIC_FIELDS[item], actual);
                } else {
                    if (!text(row, 1).isEmpty()) {
                        problems.add(FieldProblem.of(budget.cell(), "workbook.three-public.count-budget", of,
                                text(row, 1)));
                    }
                    counts[item - 3] = count(row.getCell(2), actual.cell(), actual.label());
                    places.put(THREE_PUBLIC_FIELDS[item], actual);
                }
            }
            ThreeLines budget = lines(budgets);
            ThreeLines actual = lines(actuals);
            ThreePublicExpenses value = budget == null && actual == null && counts[0] == null && counts[1] == null
                    ? null : new ThreePublicExpenses(budget, actual, counts[0], counts[1]);
            return new ThreePublicTable(value, places);
        }

        /** The assets table: rows found by their item, blank cells unstated, a bad cell named by its cell. */
        AssetsTable assets(Sheet sheet) {
            String name = sheet.getSheetName();
            if (sheet.getLastRowNum() + 1 > MAX_ROWS) {
                problems.add(FieldProblem.of(name, "workbook.rows.too-many", name, MAX_ROWS));
                return null;
            }
            int header = -1;
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 10) && header < 0; r++) {
                if (ASSETS_COLUMNS[0].equals(text(sheet.getRow(r), 0))
                        && ASSETS_COLUMNS[1].equals(text(sheet.getRow(r), 1))) {
                    header = r;
                }
            }
            if (header < 0) {
                problems.add(FieldProblem.of(name, "workbook.layout", name, ASSETS_COLUMNS[1]));
                return null;
            }
            BigDecimal[] amounts = new BigDecimal[ASSETS_ROWS.length];
            boolean[] seen = new boolean[ASSETS_ROWS.length];
            Map<String, Place> places = new LinkedHashMap<>();
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (blank(row, ASSETS_COLUMNS.length)) {
                    continue;
                }
                String label = text(row, 0);
                if (label.startsWith("注")) {
                    break;
                }
                int item = List.of(ASSETS_ROWS).indexOf(label.replaceAll("\\s", ""));
                if (item < 0 || seen[item]) {
                    problems.add(item < 0
                            ? FieldProblem.of(cell(name, r, 0), "workbook.item.unknown", label, name,
                                    String.join("、", ASSETS_ROWS))
                            : FieldProblem.of(cell(name, r, 0), "workbook.item.twice", label, name));
                    continue;
                }
                seen[item] = true;
                Place place = new Place(cell(name, r, 1), ASSETS_ROWS[item]);
                amounts[item] = amount(row.getCell(1), place.cell(), place.label());
                places.put(ASSETS_FIELDS[item], place);
            }
            boolean none = Arrays.stream(amounts).allMatch(Objects::isNull);
            return new AssetsTable(none ? null : new Assets(amounts[0], amounts[1], amounts[2], amounts[3],
                    amounts[4]), places);
        }

        private static ThreeLines lines(BigDecimal[] amounts) {
            return amounts[0] == null && amounts[1] == null && amounts[2] == null ? null
                    : new ThreeLines(amounts[0], amounts[1], amounts[2]);
        }

        /** The index of a 三公 row by its item, written with or without 费 and the unit of a count; -1 if none. */
        private static int threePublicItem(String label) {
            String wanted = threePublicKey(label);
            for (int i = 0; i < THREE_PUBLIC_ROWS.length; i++) {
                if (threePublicKey(THREE_PUBLIC_ROWS[i]).equals(wanted)) {
                    return i;
                }
            }
            return -1;
        }

        private static String threePublicKey(String label) {
            return label.replaceAll("\\s", "").replace('(', '（').replace(')', '）')
                    .replaceAll("（(批|人次)）$", "").replaceAll("费$", "");
        }

        /** A whole number not below zero, or null for a blank cell. */
        private Integer count(Cell cell, String where, String column) {
            BigDecimal value = cellNumber(cell, where, column, WHOLE_NUMBER, "workbook.count.invalid",
                    "workbook.count.invalid");
            if (value == null) {
                return null;
            }
            if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0
                    || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                problems.add(FieldProblem.of(where, "workbook.count.invalid", column,
                        value.stripTrailingZeros().toPlainString()));
                return null;
            }
            return value.intValueExact();
        }

        /** A whole number the workbook carries as a custom property, if any; any other value is a problem. */
        Long number(XSSFWorkbook workbook, String name) {
            var property = workbook.getProperties().getCustomProperties().getProperty(name);
            if (property == null) {
                return null;
            }
            String value = property.getLpwstr();
            try {
                return value == null ? null : Long.valueOf(value.strip());
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.of("file", "workbook.version.invalid", value));
                return null;
            }
        }

        /** The code of a row: the whole code in the first cell, or split over 类, 款 and 项. */
        private String code(Row row, String where) {
            String code = codePart(row.getCell(0), 3) + codePart(row.getCell(1), 2) + codePart(row.getCell(2), 2);
            if (code.isEmpty()) {
                problems.add(FieldProblem.of(where, "workbook.required", CODE));
            } else if (!CODE_FORMAT.matcher(code).matches()) {
                problems.add(FieldProblem.of(where, "workbook.code.format", code));
            }
            return code;
        }

        private String codePart(Cell cell, int width) {
            if (cell == null) {
                return "";
            }
            if (type(cell) == CellType.NUMERIC) {
                BigDecimal number = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
                if (number.scale() <= 0 && number.signum() >= 0) {
                    String digits = number.toPlainString();
                    return digits.length() < width ? "0".repeat(width - digits.length()) + digits : digits;
                }
            }
            return formatter.formatCellValue(cell).replaceAll("\\s", "");
        }

        /** A non-negative amount of at most two decimals, or null for a blank cell. */
        private BigDecimal amount(Cell cell, String where, String column) {
            BigDecimal value = cellNumber(cell, where, column, PLAIN_NUMBER, "workbook.number.text",
                    "workbook.number.invalid");
            if (value == null) {
                return null;
            }
            if (value.signum() < 0) {
                problems.add(FieldProblem.of(where, "workbook.number.negative", column,
                        value.stripTrailingZeros().toPlainString()));
                return null;
            }
            if (value.stripTrailingZeros().scale() > 2) {
                problems.add(FieldProblem.of(where, "workbook.number.scale", column, value.toPlainString()));
                return null;
            }
            return value.setScale(2, RoundingMode.UNNECESSARY);
        }

        /**
         * The number in a cell, or null for a blank one or one refused (with a problem: text that is
         * not a number of {@code format}, under {@code textKey}, or a cell of another type, under
         * {@code invalidKey}).
         */
        private BigDecimal cellNumber(Cell cell, String where, String column, Pattern format,
                String textKey, String invalidKey) {
            if (cell == null) {
                return null;
            }
            switch (type(cell)) {
                case BLANK -> {
                    return null;
                }
                case NUMERIC -> {
                    return number(cell);
                }
                case STRING -> {
                    String s = cell.getStringCellValue().strip();
                    if (s.isEmpty()) {
                        return null;
                    }
                    if (!format.matcher(s).matches()) {
                        problems.add(FieldProblem.of(where, textKey, column, s));
                        return null;
                    }
                    return new BigDecimal(s.replace(",", ""));
                }
                default -> {
                    problems.add(FieldProblem.of(where, invalidKey, column, formatter.formatCellValue(cell)));
                    return null;
                }
            }
        }

        /** The number as the file stores it (exact decimal text), not through the double Excel shows. */
        private static BigDecimal number(Cell cell) {
            if (cell instanceof XSSFCell x && x.getRawValue() != null) {
                try {
                    return new BigDecimal(x.getRawValue());
                } catch (NumberFormatException e) {
                    // fall through to the double
                }
            }
            return BigDecimal.valueOf(cell.getNumericCellValue());
        }

        private static CellType type(Cell cell) {
            return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        }

        private String text(Row row, int column) {
            if (row == null || row.getCell(column) == null) {
                return "";
            }
            Cell cell = row.getCell(column);
            String value = type(cell) == CellType.STRING ? cell.getStringCellValue() : formatter.formatCellValue(cell);
            return value == null ? "" : value.strip();
        }

        private boolean blank(Row row, int width) {
            if (row == null) {
                return true;
            }
            for (int c = 0; c < width; c++) {
                if (!text(row, c).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        private static String emptyToNull(String s) {
            return s == null || s.isEmpty() ? null : s;
        }
    }

    /** A problem of the validator, {@code income[3].code}, moved to the row of the sheet it came from. */
    static FieldProblem toSheet(FieldProblem problem, Tables tables) {
        var three = Pattern.compile("threePublicExpenses\\.(.+)").matcher(problem.field());
        var assets = Pattern.compile("assets\\.(.+)").matcher(problem.field());
        Map<String, Place> places = three.matches() && tables.threePublic() != null ? tables.threePublic().places()
                : assets.matches() && tables.assets() != null ? tables.assets().places() : null;
        if (places != null) {
            Place place = places.get(three.matches() ? three.group(1) : assets.group(1));
            if (place != null) {
                return new FieldProblem(place.cell(),
                        new LocalizedMessage("workbook.problem", place.label(), problem.message()));
            }
        }
        var m = Pattern.compile("(income|expenditure|indicators|budget)\\[(\\d+)]\\.?(\\w*)").matcher(problem.field());
        if (m.matches()) {
            int index = Integer.parseInt(m.group(2));
            String column = column(m.group(1), m.group(3));
            List<Integer> rows = switch (m.group(1)) {
                case "income" -> tables.income().rows();
                case "expenditure" -> tables.expenditure().rows();
                case "budget" -> tables.budget() == null ? List.of() : tables.budget().rows();
                default -> tables.indicators().rows();
            };
            String sheet = switch (m.group(1)) {
                case "income" -> INCOME;
                case "expenditure" -> EXPENDITURE;
                case "budget" -> BUDGET;
                default -> INDICATORS;
            };
            if (index < rows.size()) {
                return new FieldProblem(at(sheet, rows.get(index)), column == null ? problem.message()
                        : new LocalizedMessage("workbook.problem", column, problem.message()));
            }
        }
        var t = Pattern.compile("totals\\.(income|incomeFiscal|incomeOther|expenditure|basic|project)")
                .matcher(problem.field());
        if (t.matches()) {
            boolean income = t.group(1).startsWith("income");
            MoneyTable<?> table = income ? tables.income() : tables.expenditure();
            String column = switch (t.group(1)) {
                case "income" -> INCOME_COLUMNS[0];
                case "incomeFiscal" -> INCOME_COLUMNS[1];
                case "incomeOther" -> INCOME_COLUMNS[2];
                case "expenditure" -> EXPENDITURE_COLUMNS[0];
                case "basic" -> EXPENDITURE_COLUMNS[1];
                default -> EXPENDITURE_COLUMNS[2];
            };
            String sheet = income ? INCOME : EXPENDITURE;
            return new FieldProblem(table.totalRow() > 0 ? at(sheet, table.totalRow()) : sheet,
                    new LocalizedMessage("workbook.problem", column, problem.message()));
        }
        return problem;
    }

    private static String column(String table, String field) {
        return switch (field) {
            case "code" -> CODE;
            case "name" -> "indicators".equals(table) ? INDICATOR_COLUMNS[2] : NAME;
            case "total" -> "income".equals(table) ? INCOME_COLUMNS[0] : EXPENDITURE_COLUMNS[0];
            case "fiscal" -> INCOME_COLUMNS[1];
            case "other" -> INCOME_COLUMNS[2];
            case "basic" -> EXPENDITURE_COLUMNS[1];
            case "project" -> EXPENDITURE_COLUMNS[2];
            case "level1" -> INDICATOR_COLUMNS[0];
            case "level2" -> INDICATOR_COLUMNS[1];
            case "target" -> INDICATOR_COLUMNS[3];
            case "actual" -> INDICATOR_COLUMNS[4];
            case "weight" -> INDICATOR_COLUMNS[5];
            case "score" -> INDICATOR_COLUMNS[6];
            case "deviationReason" -> INDICATOR_COLUMNS[7];
            case "item" -> BUDGET_COLUMNS[0];
            case "initial" -> BUDGET_COLUMNS[1];
            case "adjusted" -> BUDGET_COLUMNS[2];
            case "executed" -> BUDGET_COLUMNS[3];
            default -> null;
        };
    }
}
