package cn.perfeval.report;

/**
 * A repair of the report's figures that a finding of the checks makes obvious, applied only when
 * the drafter confirms it ({@link ReportRepairs}). Tables, rows and columns are named as the
 * interchange document and the findings name them.
 */
public sealed interface Repair {

    /**
     * Adds to {@code table} ({@code income} or {@code expenditure}) the rows that the other table has
     * under {@code under} (a code, or {@code ""} for the whole table) and it lacks, with their
     * totals; the rows above them and the stated totals grow by the same amount. Obvious only where
     * those rows explain the whole difference between the two tables at {@code under}.
     */
    record AddMissingRows(String table, String under) implements Repair {
    }

    /** The stated total {@code field} of {@code totals} ({@code income}, {@code basic}, …) takes the sum of the 类 rows. */
    record TotalFromRows(String field) implements Repair {
    }

    /** The cell of the parent row {@code code} in {@code column} takes the sum of its children (one level down). */
    record ParentFromChildren(String table, String code, String column) implements Repair {
    }

    /**
     * In the text field {@code field} ({@code narrative}, {@code conclusion}, {@code mainTasks}, …), the
     * {@code sentence} found at {@code offset} takes {@code replacement}. Applies only where the text there is
     * still that sentence.
     */
    record ReplaceSentence(String field, int offset, String sentence, String replacement) implements Repair {
    }
}
