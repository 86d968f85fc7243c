package cn.perfeval.checks.core;

import cn.perfeval.report.ReportDocument;
import java.math.BigDecimal;
import java.util.Optional;

/** Scoring by the report's framework and the national rules for self-evaluation. */
public final class Scorer {

    private Scorer() {
    }

    /**
     * The report's score: for a report with a scoring table, the sum of the self-scores less the
     * deductions; for a project or transfer-payment report whose indicators carry points, the
     * national rule (预算执行率 from execution plus each indicator's score). Graded by the
     * framework's bands. Empty where the document does not state enough to compute it.
     */
    public static Optional<Score> score(ReportDocument document, Framework framework) {
        throw new UnsupportedOperationException("scoring not yet written");
    }

    /** The framework's grade label for a total. */
    public static String grade(BigDecimal total, Framework framework) {
        throw new UnsupportedOperationException("scoring not yet written");
    }
}
