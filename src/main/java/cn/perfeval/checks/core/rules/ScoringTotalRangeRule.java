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
 * The stated self-evaluation total lies between 0 and the framework's total
 * ({@link CheckSettings#frameworkTotal()}, 100): a report cannot score 188.78 out of 100, with or
 * without a scoring table. Finding: table {@code scoring}, column {@code total}; expected the
 * bound crossed, found the stated total.
 */
public final class ScoringTotalRangeRule implements Rule {

    public static final String ID = "scoring.total-range";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        Scoring scoring = document.scoring();
        if (scoring == null || scoring.total() == null) {
            return;
        }
        BigDecimal total = scoring.total();
        if (total.signum() < 0) {
            out.add(new Finding(ID, Severity.ERROR, "scoring", null, "total", BigDecimal.ZERO, total,
                    message("check.scoring.total-range.negative", Figures.points(total))));
        } else if (settings.frameworkTotal() != null && total.compareTo(settings.frameworkTotal()) > 0) {
            out.add(new Finding(ID, Severity.ERROR, "scoring", null, "total", settings.frameworkTotal(), total,
                    message("check.scoring.total-range.above", Figures.points(total),
                            Figures.points(settings.frameworkTotal()))));
        }
    }
}
