package cn.perfeval.review;

import java.util.List;

/**
 * Where a pinned comment belongs: a part of the report and, optionally, a row (its code, its name
 * or its index, as the checks' findings address rows) and a column (a field of the row, e.g.
 * {@code total}).
 *
 * @param part one of {@link #PARTS}
 */
public record PinAnchor(String part, String row, String column) {

    /** The parts a pin may name, in the order the report shows them. */
    public static final List<String> PARTS = List.of("basic", "income", "expenditure", "totals", "budget",
            "threePublicExpenses", "assets", "indicators", "projects", "scoring", "texts");

    /** A pin on a whole part. */
    public static PinAnchor part(String part) {
        return new PinAnchor(part, null, null);
    }

    /** A pin on a row of a part. */
    public static PinAnchor row(String part, String row) {
        return new PinAnchor(part, row, null);
    }
}
