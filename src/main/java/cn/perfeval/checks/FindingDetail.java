package cn.perfeval.checks;

import cn.perfeval.base.LocalizedDetail;
import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.checks.core.Finding;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.function.Function;

/** A finding as the API writes it, its message in the caller's language. */
public record FindingDetail(Finding finding) implements LocalizedDetail {

    /**
     * The JSON shape of {@code api.md}: rule, severity, table, row, column, expected, found, message; for a
     * {@code target.*} finding {@code target}, the indicator and its approved and stated targets; for a finding on
     * the prose the quote (each left out for the others).
     */
    public record View(String rule, String severity, String table, String row, String column, String expected,
            String found, String message, @JsonInclude(JsonInclude.Include.NON_NULL) TargetView target,
            @JsonInclude(JsonInclude.Include.NON_NULL) QuoteView quote) {
    }

    /**
     * An indicator compared with the approved declaration: where it sits, its name, the target as approved
     * ({@code null} for an undeclared indicator), as stated ({@code null} for a missing one) and the approved version.
     */
    public record TargetView(String level1, String level2, String indicator, String approved, String stated,
            int approvedVersion) {
    }

    /**
     * The sentence a finding on the prose quotes: the figure as written, and where it is in the sentence
     * ({@code start} inclusive, {@code end} exclusive) and where the sentence is in its text ({@code offset}).
     */
    public record QuoteView(String sentence, String figure, int start, int end, int offset) {
    }

    @Override
    public View resolve(Function<LocalizedMessage, String> resolver) {
        return new View(finding.rule(), finding.severity().name(), finding.table(), finding.row(), finding.column(),
                finding.expected() == null ? null : finding.expected().toPlainString(),
                finding.found() == null ? null : finding.found().toPlainString(), resolver.apply(finding.message()),
                finding.declared() == null ? null : new TargetView(finding.declared().level1(),
                        finding.declared().level2(), finding.declared().indicator(), finding.declared().approvedTarget(),
                        finding.declared().statedTarget(), finding.declared().approvedVersion()),
                quote(finding.quote()));
    }

    private static QuoteView quote(Finding.Quote quote) {
        return quote == null ? null
                : new QuoteView(quote.sentence(), quote.figure(), quote.figureStart(), quote.figureEnd(), quote.offset());
    }

    /** Where the finding points, as a field path such as {@code expenditure[210].total}. */
    public String field() {
        StringBuilder field = new StringBuilder(finding.table());
        if (finding.row() != null) {
            field.append('[').append(finding.row()).append(']');
        }
        if (finding.column() != null) {
            field.append('.').append(finding.column());
        }
        return field.toString();
    }
}
