package cn.perfeval.checks.core;

import java.util.Optional;

/** Reads a target or actual as written into comparator, number and unit; qualitative text stays unparsed. */
public final class TargetParser {

    private TargetParser() {
    }

    /** The quantitative value of the text, or empty for qualitative or free text. */
    public static Optional<ParsedValue> parse(String text) {
        throw new UnsupportedOperationException("parser not yet written");
    }
}
