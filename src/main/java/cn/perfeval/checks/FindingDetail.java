package cn.perfeval.checks;

import cn.perfeval.base.LocalizedDetail;
import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.checks.core.Finding;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.function.Function;

/** A finding as the API writes it, its message in the caller's language. */
public record FindingDetail(Finding finding) implements LocalizedDetail {

    /**
     * The JSON shape of {@code api.md}: rule, severity, table, row, column, expected, found, message, and for
     * a finding on the prose the quote (left out otherwise).
     */
    public record View(String rule, String severity, String table, String row, String column, String expected,
            String found, String message, @JsonInclude(JsonInclude.Include.NON_NULL) QuoteView quote) {
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
