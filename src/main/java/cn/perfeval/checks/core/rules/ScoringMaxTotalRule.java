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
 * The scoring items' max points add up to the framework's total ({@link CheckSettings#frameworkTotal()},
 * 100); the deduction items are not part of it. Not judged where an item's max is unknown.
 * Finding: table {@code scoring}, column {@code maxPoints}; expected the framework total, found the sum.
 */
public final class ScoringMaxTotalRule implements Rule {

    public static final String ID = "scoring.max-total";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        Scoring scoring = document.scoring();
        if (scoring == null || scoring.items() == null || scoring.items().isEmpty() || settings.frameworkTotal() == null) {
            return;
        }
        BigDecimal sum = Figures.sum(scoring.items().stream().map(i -> i.maxPoints()).toList());
        if (Figures.differ(sum, settings.frameworkTotal())) {
            out.add(new Finding(ID, Severity.ERROR, "scoring", null, "maxPoints", settings.frameworkTotal(), sum,
                    message("check.scoring.max-total", Figures.points(sum), Figures.points(settings.frameworkTotal()))));
        }
    }
}
