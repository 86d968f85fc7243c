package cn.perfeval.checks;

import cn.perfeval.base.LocalizedDetail;
import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.checks.core.Finding;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.function.Function;

/** A finding as the API writes it, its message in the caller's language. */
public record FindingDetail(Finding finding) implements LocalizedDetail {

    /**
     * The JSON shape of {@code api.md}: rule, severity, table, row, column, expected, found, message, and for a
     * {@code target.*} finding {@code target}, the indicator and its approved and stated targets (left out for the
     * others).
     */
    public record View(String rule, String severity, String table, String row, String column, String expected,
            String found, String message, @JsonInclude(JsonInclude.Include.NON_NULL) TargetView target) {
    }

    /**
     * An indicator compared with the approved declaration: where it sits, its name, the target as approved
     * ({@code null} for an undeclared indicator), as stated ({@code null} for a missing one) and the approved version.
     */
    public record TargetView(String level1, String level2, String indicator, String approved, String stated,
            int approvedVersion) {
    }

    @Override
    public View resolve(Function<LocalizedMessage, String> resolver) {
        return new View(finding.rule(), finding.severity().name(), finding.table(), finding.row(), finding.column(),
                finding.expected() == null ? null : finding.expected().toPlainString(),
                finding.found() == null ? null : finding.found().toPlainString(), resolver.apply(finding.message()),
                finding.declared() == null ? null : new TargetView(finding.declared().level1(),
                        finding.declared().level2(), finding.declared().indicator(), finding.declared().approvedTarget(),
                        finding.declared().statedTarget(), finding.declared().approvedVersion()));
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
