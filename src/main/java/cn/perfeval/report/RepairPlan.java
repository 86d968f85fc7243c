package cn.perfeval.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a {@link Repair} changes on a document: each cell with its value before and after, and the
 * document as it is after the repair (money in yuan).
 *
 * @param amount the figure the repair is about: the amount of the rows added, the new total, the
 *        parent's new value
 * @param codes the codes of the rows added (in tree order); empty for the other repairs
 * @param text for a sentence replaced in a text field, the sentence before and after; {@code null} for the
 *        repairs of cells
 */
public record RepairPlan(Repair repair, BigDecimal amount, List<String> codes, List<CellChange> changes,
        ReportDocument result, TextChange text) {

    public RepairPlan {
        codes = List.copyOf(codes);
        changes = List.copyOf(changes);
    }

    /** A repair of cells. */
    public RepairPlan(Repair repair, BigDecimal amount, List<String> codes, List<CellChange> changes,
            ReportDocument result) {
        this(repair, amount, codes, changes, result, null);
    }

    /**
     * A sentence of a text field replaced: {@code field} as the document names it, {@code offset} where the
     * sentence starts in the field's text, {@code before} the sentence as written, {@code after} its replacement.
     */
    public record TextChange(String field, int offset, String before, String after) {
    }

    /**
     * A cell the repair changes. {@code table} {@code income} or {@code expenditure}: {@code rowNumber} is the
     * row's place in the table after the repair (from 1), {@code code} and {@code name} the row's, {@code added}
     * whether the repair adds the row. {@code table} {@code totals}: no row, {@code column} the total's field.
     * {@code before} is {@code null} where the cell was empty.
     */
    public record CellChange(String table, int rowNumber, String code, String name, String column, BigDecimal before,
            BigDecimal after, boolean added) {
    }
}
