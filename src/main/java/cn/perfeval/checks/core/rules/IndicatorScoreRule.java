package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.rules.Texts.message;

import cn.perfeval.checks.core.Achievement;
import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Figures;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Rule;
import cn.perfeval.checks.core.Scorer;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An indicator's stated score: above its weight or negative is an error; for a quantitative
 * indicator, a score other than the national rule's (full weight when met, otherwise weight ×
 * actual / target, or for a "≤" target as the framework's "≤" rule says, two decimals) is a warning, the
 * reviewer deciding. Places and rows as in {@link IndicatorReasonRule}; column {@code score};
 * expected the bound crossed or the national rule's score, found the stated score.
 */
public final class IndicatorScoreRule implements Rule {

    public static final String ID = "indicator.score";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        for (IndicatorPlaces.Place place : IndicatorPlaces.of(document)) {
            var indicator = place.indicator();
            BigDecimal score = indicator.score();
            BigDecimal weight = indicator.weight();
            if (score == null) {
                continue;
            }
            if (score.signum() < 0) {
                out.add(new Finding(ID, Severity.ERROR, place.table(), place.row(), "score", BigDecimal.ZERO, score,
                        message("check.indicator.score.negative", place.name(), Figures.points(score))));
            } else if (weight != null && score.compareTo(weight) > 0) {
                out.add(new Finding(ID, Severity.ERROR, place.table(), place.row(), "score", weight, score,
                        message("check.indicator.score.above", place.name(), Figures.points(score), Figures.points(weight))));
            } else if (weight != null) {
                Optional<Achievement> achievement = Achievement.of(indicator.target(), indicator.actual());
                if (achievement.isEmpty()) {
                    continue;
                }
                BigDecimal national = Scorer.quantitativeScore(achievement.get(), weight, settings.lessThanRule());
                if (Figures.differ(score, national)) {
                    out.add(new Finding(ID, Severity.WARNING, place.table(), place.row(), "score", national, score,
                            message("check.indicator.score.national", place.name(), Figures.points(score),
                                    Figures.points(national), Figures.points(weight), indicator.target().strip(),
                                    indicator.actual().strip())));
                }
            }
        }
    }
}
