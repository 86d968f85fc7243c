package cn.perfeval.report;

import java.time.Instant;
import java.util.List;

/**
 * Who changed what in a report, and when: one saved change (a revision of the audit history)
 * with the fields it changed. {@code created} marks the creation of the report (its first
 * version, with nothing to compare with and no fields).
 */
public record ReportChange(Instant at, String user, boolean created, List<Field> fields) {

    public ReportChange {
        fields = List.copyOf(fields);
    }

    /**
     * One changed field: the document's part ({@code income}, {@code projects}, {@code status},
     * ...), the row within it (its code, item, name or path; {@code null} for a part without rows;
     * a row inside a row is joined with " › "), the column (a field name, dotted where nested:
     * {@code budget.fiscal}, {@code indicators.actual}; {@code null} for a whole row or a text),
     * and the old and new values as text, money in yuan. A row that was added has no old value, one
     * that was removed no new value.
     */
    public record Field(String part, String row, String column, String oldValue, String newValue) {
    }
}
