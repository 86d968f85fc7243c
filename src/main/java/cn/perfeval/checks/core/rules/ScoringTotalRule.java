package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.rules.Texts.message;

import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Figures;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Rule;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Scoring;
import java.math.BigDecimal;
import java.util.List;

/**
 * The stated total = Σ self-scores − Σ deduction points, where all are stated. Finding: table
 * {@code scoring}, column {@code total}; expected the recomputed total, found the stated one.
 */
public final class ScoringTotalRule implements Rule {

    public static final String ID = "scoring.total";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        Scoring scoring = document.scoring();
        if (scoring == null || scoring.total() == null || scoring.items() == null || scoring.items().isEmpty()) {
            return;
        }
        BigDecimal scores = Figures.sum(scoring.items().stream().map(i -> i.selfScore()).toList());
        BigDecimal deductions = scoring.deductions() == null ? BigDecimal.ZERO
                : Figures.sum(scoring.deductions().stream().map(d -> d.points()).toList());
        if (scores == null || deductions == null) {
            return;
        }
        BigDecimal total = scores.subtract(deductions);
        if (Figures.differ(scoring.total(), total)) {
            out.add(new Finding(ID, Severity.ERROR, "scoring", null, "total", total, scoring.total(),
                    message("check.scoring.total", Figures.points(scoring.total()), Figures.points(scores),
                            Figures.points(deductions), Figures.points(total))));
        }
    }
}
