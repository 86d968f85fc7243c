package cn.perfeval.report;

import cn.perfeval.report.ReportDocument.ThreeLines;
import cn.perfeval.report.ReportDocument.ThreePublicExpenses;
import cn.perfeval.report.TablesWorkbook.Place;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * 三公经费支出表: the three items with 预算数 and 决算数 under a computed 合计 row (ignored on
 * reading), then the reception batches and persons (决算数 only). Rows are found by their item, in
 * any order, each at most once; a blank cell is a figure not stated; a bad cell is named by its cell.
 */
final class ThreePublicSheet {

    static final String NAME = "三公经费支出表";
    static final String[] COLUMNS = {"项目", "预算数", "决算数"};
    /** The rows, in order: overseas, vehicles, reception, then the two counts. */
    static final String[] ROWS = {"因公出国（境）费", "公务用车购置及运行维护费", "公务接待费", "公务接待批次（批）",
        "公务接待人次（人次）"};
    private static final String[] FIELDS = {"overseas", "vehicles", "reception", "receptionBatches",
        "receptionPersons"};

    /**
     * The table as read: the part ({@code null} where every cell is blank) and, for each field of
     * the part ({@code actual.reception}, {@code receptionBatches}), its cell and name.
     */
    record Table(ThreePublicExpenses value, Map<String, Place> places) {
    }

    private ThreePublicSheet() {
    }

    static void write(SheetWriter w, String department, int year, ThreePublicExpenses three) {
        int width = COLUMNS.length;
        Sheet sheet = w.headed(NAME, department + year + "年度" + NAME, department, "单位：元", width);
        w.headerRow(sheet, 2, COLUMNS);
        ThreeLines budget = three == null ? null : three.budget();
        ThreeLines actual = three == null ? null : three.actual();
        Row total = sheet.createRow(3);
        w.text(total, 0, MoneySheet.TOTAL, w.totalLabel);
        w.money(total, 1, sum(budget), w.totalMoney);
        w.money(total, 2, sum(actual), w.totalMoney);
        BigDecimal[] budgets = amounts(budget);
        BigDecimal[] actuals = amounts(actual);
        for (int i = 0; i < 3; i++) {
            Row row = sheet.createRow(4 + i);
            w.text(row, 0, ROWS[i], w.text);
            w.money(row, 1, budgets[i], w.money);
            w.money(row, 2, actuals[i], w.money);
        }
        Integer[] counts = {three == null ? null : three.receptionBatches(),
            three == null ? null : three.receptionPersons()};
        for (int i = 0; i < 2; i++) {
            Row row = sheet.createRow(7 + i);
            w.text(row, 0, ROWS[3 + i], w.text);
            row.createCell(1).setCellStyle(w.text);
            w.count(row, 2, counts[i]);
        }
        w.widths(sheet, 30, 18, 18);
        w.print(sheet, 3);
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

    static Table read(CellReader reader, Sheet sheet) {
        String name = sheet.getSheetName();
        int header = reader.headerRow(sheet, COLUMNS[1], COLUMNS[0], COLUMNS[1]);
        if (header < 0) {
            return null;
        }
        BigDecimal[] budgets = new BigDecimal[3];
        BigDecimal[] actuals = new BigDecimal[3];
        Integer[] counts = new Integer[2];
        boolean[] seen = new boolean[ROWS.length];
        Map<String, Place> places = new LinkedHashMap<>();
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (reader.blank(row, COLUMNS.length)) {
                continue;
            }
            String label = reader.text(row, 0);
            if (label.startsWith(CellReader.NOTE)) {
                break;
            }
            if (MoneySheet.TOTAL.equals(label)) {
                continue;
            }
            int item = item(label);
            if (item < 0 || seen[item]) {
                if (item < 0) {
                    reader.problem(CellReader.cell(name, r, 0), "workbook.item.unknown", label, name,
                            String.join("、", ROWS));
                } else {
                    reader.problem(CellReader.cell(name, r, 0), "workbook.item.twice", label, name);
                }
                continue;
            }
            seen[item] = true;
            String of = ROWS[item];
            Place budget = new Place(CellReader.cell(name, r, 1), of + "（" + COLUMNS[1] + "）");
            Place actual = new Place(CellReader.cell(name, r, 2), item < 3 ? of + "（" + COLUMNS[2] + "）" : of);
            if (item < 3) {
                budgets[item] = reader.amount(row.getCell(1), budget.cell(), budget.label());
                actuals[item] = reader.amount(row.getCell(2), actual.cell(), actual.label());
                places.put("budget." + FIELDS[item], budget);
                places.put("actual." + FIELDS[item], actual);
            } else {
                if (!reader.text(row, 1).isEmpty()) {
                    reader.problem(budget.cell(), "workbook.three-public.count-budget", of, reader.text(row, 1));
                }
                counts[item - 3] = reader.count(row.getCell(2), actual.cell(), actual.label());
                places.put(FIELDS[item], actual);
            }
        }
        ThreeLines budget = lines(budgets);
        ThreeLines actual = lines(actuals);
        ThreePublicExpenses value = budget == null && actual == null && counts[0] == null && counts[1] == null
                ? null : new ThreePublicExpenses(budget, actual, counts[0], counts[1]);
        return new Table(value, places);
    }

    private static ThreeLines lines(BigDecimal[] amounts) {
        return amounts[0] == null && amounts[1] == null && amounts[2] == null ? null
                : new ThreeLines(amounts[0], amounts[1], amounts[2]);
    }

    /** The index of a row by its item, written with or without 费 and the unit of a count; -1 if none. */
    private static int item(String label) {
        String wanted = key(label);
        for (int i = 0; i < ROWS.length; i++) {
            if (key(ROWS[i]).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static String key(String label) {
        return label.replaceAll("\\s", "").replace('(', '（').replace(')', '）')
                .replaceAll("（(批|人次)）$", "").replaceAll("费$", "");
    }
}
