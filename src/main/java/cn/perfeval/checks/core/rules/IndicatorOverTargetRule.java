package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.rules.Texts.message;

import cn.perfeval.checks.core.Achievement;
import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Figures;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Rule;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An actual far above a target to reach (≥, >, =): actual &gt; target × (1 + {@link
 * CheckSettings#overTargetThreshold()}) suggests the target was set too low; a warning (some
 * frameworks then give the indicator no points). Places and rows as in {@link IndicatorReasonRule};
 * column {@code actual}; expected the target's number, found the actual's.
 */
public final class IndicatorOverTargetRule implements Rule {

    public static final String ID = "indicator.over-target";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        BigDecimal threshold = settings.overTargetThreshold();
        if (threshold == null) {
            return;
        }
        BigDecimal factor = BigDecimal.ONE.add(threshold);
        for (IndicatorPlaces.Place place : IndicatorPlaces.of(document)) {
            var indicator = place.indicator();
            Optional<Achievement> found = Achievement.of(indicator.target(), indicator.actual());
            if (found.isEmpty() || !found.get().isFloor()) {
                continue;
            }
            BigDecimal target = found.get().targetNumber();
            BigDecimal actual = found.get().actualNumber();
            if (target.signum() > 0 && actual.compareTo(target.multiply(factor)) > 0) {
                out.add(new Finding(ID, Severity.WARNING, place.table(), place.row(), "actual", target, actual,
                        message("check.indicator.over-target", place.name(), indicator.target().strip(),
                                indicator.actual().strip(), Figures.percentText(Figures.percent(actual.subtract(target), target)),
                                Figures.shareAsPercent(threshold))));
            }
        }
    }
}
