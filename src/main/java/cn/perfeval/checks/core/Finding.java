package cn.perfeval.checks.core;

import cn.perfeval.base.LocalizedMessage;
import java.math.BigDecimal;

/**
 * What a rule found: the rule, how serious, where (the part of the report, the row's code, name
 * or index, the column), the expected and found values where the rule is arithmetic, in the
 * document's unit, and a message (a key of the {@code vaadin-i18n/checks} bundles).
 *
 * @param table {@code income}, {@code expenditure}, {@code totals}, {@code budget},
 *        {@code threePublicExpenses}, {@code assets}, {@code indicators}, {@code projects} or {@code scoring}
 * @param row the row's code (tables by classification code), name or index (counted from 1); {@code null} for
 *        the part as a whole. A project's indicator is {@code "项目名 / 指标名"} in table {@code projects}; a
 *        scoring item is its path joined with {@code " / "}; a 三公 line is {@code overseas}, {@code vehicles}
 *        or {@code reception}
 * @param column the field, as named in the interchange document ({@code total}, {@code fiscal}, {@code selfScore},
 *        {@code executed.fiscal} for a project's funds)
 * @param declared for the {@code target.*} findings, the indicator and its approved and stated targets;
 *        {@code null} for the others
 * @param quote for a finding on the report's prose (table {@code texts}, row the text field such as
 *        {@code conclusion}): the sentence and the figure in it; {@code null} for the others
 */
public record Finding(String rule, Severity severity, String table, String row, String column, BigDecimal expected,
        BigDecimal found, LocalizedMessage message, Declared declared, Quote quote) {

    /** A finding on an indicator compared with the approved declaration. */
    public Finding(String rule, Severity severity, String table, String row, String column, BigDecimal expected,
            BigDecimal found, LocalizedMessage message, Declared declared) {
        this(rule, severity, table, row, column, expected, found, message, declared, null);
    }

    /** A finding on the report's prose, quoting its sentence. */
    public Finding(String rule, Severity severity, String table, String row, String column, BigDecimal expected,
            BigDecimal found, LocalizedMessage message, Quote quote) {
        this(rule, severity, table, row, column, expected, found, message, null, quote);
    }

    /** A finding on the report's tables, neither compared with a declaration nor quoting its prose. */
    public Finding(String rule, Severity severity, String table, String row, String column, BigDecimal expected,
            BigDecimal found, LocalizedMessage message) {
        this(rule, severity, table, row, column, expected, found, message, null, null);
    }

    /**
     * An indicator compared with the approved declaration.
     *
     * @param level1 the indicator's first level as the report (or, where it lacks it, the declaration) writes it
     * @param level2 its second level, {@code ""} where none
     * @param indicator its name
     * @param approvedTarget the target as approved; {@code null} for an indicator that was not declared
     * @param statedTarget the target the report states; {@code null} for a declared indicator the report lacks
     * @param approvedVersion the approved version of the declaration
     */
    public record Declared(String level1, String level2, String indicator, String approvedTarget, String statedTarget,
            int approvedVersion) {
    }

    /**
     * The sentence a finding on the prose quotes and the figure it marks.
     *
     * @param sentence the sentence as written
     * @param offset where the sentence starts in its text field (in characters)
     * @param figureStart where the figure starts in the sentence
     * @param figureEnd where the figure ends in the sentence (exclusive)
     */
    public record Quote(String sentence, int offset, int figureStart, int figureEnd) {

        /** The figure as written, unit included. */
        public String figure() {
            return sentence.substring(figureStart, figureEnd);
        }
    }

    public boolean blocks() {
        return severity == Severity.ERROR;
    }
}
