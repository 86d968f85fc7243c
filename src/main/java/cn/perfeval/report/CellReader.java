package cn.perfeval.report;

import cn.perfeval.base.FieldProblem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the cells of the tables workbook and collects every problem with the place it was found
 * ({@code 三公经费支出表!C7}), so that a workbook is refused with all of them at once.
 */
final class CellReader {

    /** Rows a sheet may hold; a functional classification table has a few hundred at most. */
    static final int MAX_ROWS = 5_000;
    static final String NOTE = "注";

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    /** Decimals a weight, a maximum or a score may have, as the report stores them. */
    private static final int POINTS_SCALE = 4;

    final List<FieldProblem> problems = new ArrayList<>();
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    CellReader() {
        formatter.setUseCachedValuesForFormulaCells(true);
    }

    /** The field of a problem at a sheet's cell, e.g. {@code 三公经费支出表!C7} (row and column 0-based). */
    static String cell(String sheet, int row, int column) {
        return sheet + "!" + new CellReference(row, column).formatAsString(false);
    }

    void problem(String where, String key, Object... args) {
        problems.add(FieldProblem.of(where, key, args));
    }

    /** A sheet the workbook must have; a problem where it is missing or too long. */
    Sheet required(XSSFWorkbook workbook, String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            problem(name, "workbook.sheet.missing", name);
            return null;
        }
        return withinRows(sheet) ? sheet : null;
    }

    /** A sheet the workbook may leave out; {@code null} where it does, or where it is too long. */
    Sheet optional(XSSFWorkbook workbook, String name) {
        Sheet sheet = workbook.getSheet(name);
        return sheet != null && withinRows(sheet) ? sheet : null;
    }

    private boolean withinRows(Sheet sheet) {
        if (sheet.getLastRowNum() + 1 > MAX_ROWS) {
            problem(sheet.getSheetName(), "workbook.rows.too-many", sheet.getSheetName(), MAX_ROWS);
            return false;
        }
        return true;
    }

    /**
     * The first of the top rows whose first cells read {@code columns}; -1, with a problem naming
     * {@code named}, where there is none.
     */
    int headerRow(Sheet sheet, String named, String... columns) {
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 10); r++) {
            boolean match = true;
            for (int c = 0; c < columns.length && match; c++) {
                match = columns[c].equals(text(sheet.getRow(r), c));
            }
            if (match) {
                return r;
            }
        }
        problem(sheet.getSheetName(), "workbook.layout", sheet.getSheetName(), named);
        return -1;
    }

    /** A whole number not below zero, or null for a blank cell. */
    Integer count(Cell cell, String where, String column) {
        BigDecimal value = cellNumber(cell, where, column, WHOLE_NUMBER, "workbook.count.invalid",
                "workbook.count.invalid");
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0
                || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            problem(where, "workbook.count.invalid", column, value.stripTrailingZeros().toPlainString());
            return null;
        }
        return value.intValueExact();
    }

    /** A non-negative amount of at most two decimals, or null for a blank cell. */
    BigDecimal amount(Cell cell, String where, String column) {
        BigDecimal value = nonNegative(cell, where, column);
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            problem(where, "workbook.number.scale", column, value.toPlainString());
            return null;
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * Points (a weight, a maximum, a score) not below zero with at most four decimals, as the report
     * keeps them (without trailing zeros), or null for a blank cell.
     */
    BigDecimal points(Cell cell, String where, String column) {
        BigDecimal value = nonNegative(cell, where, column);
        if (value == null) {
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > POINTS_SCALE) {
            problem(where, "workbook.points.scale", column, value.toPlainString(), POINTS_SCALE);
            return null;
        }
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    private BigDecimal nonNegative(Cell cell, String where, String column) {
        BigDecimal value = cellNumber(cell, where, column, PLAIN_NUMBER, "workbook.number.text",
                "workbook.number.invalid");
        if (value != null && value.signum() < 0) {
            problem(where, "workbook.number.negative", column, value.stripTrailingZeros().toPlainString());
            return null;
        }
        return value;
    }

    /**
     * The number in a cell, or null for a blank one or one refused (with a problem: text that is
     * not a number of {@code format}, under {@code textKey}, or a cell of another type, under
     * {@code invalidKey}).
     */
    private BigDecimal cellNumber(Cell cell, String where, String column, Pattern format, String textKey,
            String invalidKey) {
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
                    problem(where, textKey, column, s);
                    return null;
                }
                return new BigDecimal(s.replace(",", ""));
            }
            default -> {
                problem(where, invalidKey, column, formatter.formatCellValue(cell));
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

    static CellType type(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    /** The text of a cell as shown, without surrounding blanks; "" for a missing cell. */
    String text(Row row, int column) {
        if (row == null || row.getCell(column) == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        String value = type(cell) == CellType.STRING ? cell.getStringCellValue() : formatter.formatCellValue(cell);
        return value == null ? "" : value.strip();
    }

    /** The text of a cell, {@code null} where blank. */
    String textOrNull(Row row, int column) {
        String s = text(row, column);
        return s.isEmpty() ? null : s;
    }

    /**
     * Free text (a target, an explanation) as the cell holds it, line breaks and surrounding blanks
     * included, so that it reads back exactly as written; {@code null} where the cell holds only blanks.
     */
    String words(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        if (cell == null || type(cell) != CellType.STRING) {
            return textOrNull(row, column);
        }
        String value = cell.getStringCellValue();
        return value == null || value.isBlank() ? null : value;
    }

    /** The cell as text in the formatter's rendering (e.g. a number as written). */
    String formatted(Cell cell) {
        return formatter.formatCellValue(cell);
    }

    boolean blank(Row row, int width) {
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
            problem("file", "workbook.version.invalid", value);
            return null;
        }
    }
}
