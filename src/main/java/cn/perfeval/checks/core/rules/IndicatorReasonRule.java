package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.rules.Texts.message;

import cn.perfeval.checks.core.Achievement;
import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Figures;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Rule;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument;
import java.util.List;
import java.util.Optional;

/**
 * A quantitative indicator (target and actual both parse, same unit; see {@link Achievement})
 * whose actual misses its target needs a reason (未完成原因和改进措施). Applies to the report's
 * indicators (table {@code indicators}, row the indicator's name) and to each project's
 * (table {@code projects}, row {@code "项目名 / 指标名"}). Finding: column
 * {@code deviationReason}; expected the target's number, found the actual's.
 */
public final class IndicatorReasonRule implements Rule {

    public static final String ID = "indicator.reason";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        for (IndicatorPlaces.Place place : IndicatorPlaces.of(document)) {
            var indicator = place.indicator();
            if (Figures.stated(indicator.deviationReason())) {
                continue;
            }
            Optional<Achievement> achievement = Achievement.of(indicator.target(), indicator.actual());
            if (achievement.isPresent() && !achievement.get().met()) {
                out.add(new Finding(ID, Severity.ERROR, place.table(), place.row(), "deviationReason",
                        achievement.get().targetNumber(), achievement.get().actualNumber(),
                        message("check.indicator.reason", place.name(), indicator.target().strip(),
                                indicator.actual().strip())));
            }
        }
    }
}
