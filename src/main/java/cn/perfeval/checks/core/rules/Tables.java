package cn.perfeval.checks.core.rules;

import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.IncomeLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The income and expenditure tables read alike: rows by classification code and their money columns. */
final class Tables {

    static final String INCOME = "income";
    static final String EXPENDITURE = "expenditure";
    static final List<String> INCOME_COLUMNS = List.of("total", "fiscal", "other");
    static final List<String> EXPENDITURE_COLUMNS = List.of("total", "basic", "project");

    /** A row with a valid code (3, 5 or 7 digits) and its values in the order of the table's columns (may hold nulls). */
    record Row(String code, String name, List<BigDecimal> values) {

        BigDecimal value(int column) {
            return values.get(column);
        }

        BigDecimal total() {
            return values.get(0);
        }

        /** 类 (3 digits), 款 (5), 项 (7). */
        boolean isLei() {
            return code.length() == 3;
        }

        /** The code one level up, or {@code null} for a 类. */
        String parentCode() {
            return isLei() ? null : code.substring(0, code.length() - 2);
        }
    }

    /** A table by name, its columns and rows. */
    record Table(String name, List<String> columns, List<Row> rows) {

        /** The table as messages choose it: 0 the income table, 1 the expenditure table. */
        int index() {
            return INCOME.equals(name) ? 0 : 1;
        }

        /**
         * A column as messages choose it: 0 本年收入合计, 1 财政拨款收入, 2 其他收入, 3 本年支出合计,
         * 4 基本支出, 5 项目支出.
         */
        int columnIndex(int column) {
            return index() * 3 + column;
        }
    }

    private Tables() {
    }

    /** The stated tables (a table the document leaves out is absent). */
    static List<Table> of(ReportDocument document) {
        List<Table> tables = new ArrayList<>(2);
        if (document.income() != null) {
            tables.add(income(document));
        }
        if (document.expenditure() != null) {
            tables.add(expenditure(document));
        }
        return tables;
    }

    static Table income(ReportDocument document) {
        List<Row> rows = new ArrayList<>();
        if (document.income() != null) {
            for (IncomeLine line : document.income()) {
                String code = code(line.code());
                if (code != null) {
                    rows.add(new Row(code, line.name(), Arrays.asList(line.total(), line.fiscal(), line.other())));
                }
            }
        }
        return new Table(INCOME, INCOME_COLUMNS, rows);
    }

    static Table expenditure(ReportDocument document) {
        List<Row> rows = new ArrayList<>();
        if (document.expenditure() != null) {
            for (ExpenditureLine line : document.expenditure()) {
                String code = code(line.code());
                if (code != null) {
                    rows.add(new Row(code, line.name(), Arrays.asList(line.total(), line.basic(), line.project())));
                }
            }
        }
        return new Table(EXPENDITURE, EXPENDITURE_COLUMNS, rows);
    }

    /** The trimmed code if it is a classification code of 3, 5 or 7 digits, else {@code null}. */
    static String code(String raw) {
        if (raw == null) {
            return null;
        }
        String code = raw.strip();
        int length = code.length();
        if (length != 3 && length != 5 && length != 7) {
            return null;
        }
        for (int i = 0; i < length; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return code;
    }
}
