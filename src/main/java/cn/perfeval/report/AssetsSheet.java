package cn.perfeval.report;

import cn.perfeval.report.ReportDocument.Assets;
import cn.perfeval.report.TablesWorkbook.Place;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * 资产情况表: one amount per item; rows found by their item, blank cells unstated, a bad cell named
 * by its cell; optional on reading.
 */
final class AssetsSheet {

    static final String NAME = "资产情况表";
    static final String[] COLUMNS = {"项目", "金额"};
    /** The rows, in order: total, liabilities, net, fixed assets original and in use. */
    static final String[] ROWS = {"资产总额", "负债总额", "净资产", "固定资产原值", "在用资产"};
    private static final String[] FIELDS = {"total", "liabilities", "net", "fixedAssetsOriginal",
        "fixedAssetsInUse"};

    /** The table as read: the part ({@code null} where every cell is blank) and each field's cell. */
    record Table(Assets value, Map<String, Place> places) {
    }

    private AssetsSheet() {
    }

    static void write(SheetWriter w, String department, int year, Assets assets) {
        int width = COLUMNS.length;
        Sheet sheet = w.headed(NAME, department + year + "年度" + NAME, department, "单位：元", width);
        w.headerRow(sheet, 2, COLUMNS);
        BigDecimal[] amounts = assets == null ? new BigDecimal[ROWS.length]
                : new BigDecimal[] {assets.total(), assets.liabilities(), assets.net(), assets.fixedAssetsOriginal(),
                    assets.fixedAssetsInUse()};
        for (int i = 0; i < ROWS.length; i++) {
            Row row = sheet.createRow(3 + i);
            w.text(row, 0, ROWS[i], w.text);
            w.money(row, 1, amounts[i], w.money);
        }
        w.widths(sheet, 30, 20);
        w.print(sheet, 3);
    }

    static Table read(CellReader reader, Sheet sheet) {
        String name = sheet.getSheetName();
        int header = reader.headerRow(sheet, COLUMNS[1], COLUMNS[0], COLUMNS[1]);
        if (header < 0) {
            return null;
        }
        BigDecimal[] amounts = new BigDecimal[ROWS.length];
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
            int item = List.of(ROWS).indexOf(label.replaceAll("\\s", ""));
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
            Place place = new Place(CellReader.cell(name, r, 1), ROWS[item]);
            amounts[item] = reader.amount(row.getCell(1), place.cell(), place.label());
            places.put(FIELDS[item], place);
        }
        boolean none = Arrays.stream(amounts).allMatch(Objects::isNull);
        return new Table(none ? null : new Assets(amounts[0], amounts[1], amounts[2], amounts[3], amounts[4]),
                places);
    }
}
