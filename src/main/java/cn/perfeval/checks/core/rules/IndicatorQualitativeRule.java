package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.rules.Texts.message;

import cn.perfeval.checks.core.Achievement;
import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Figures;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Framework;
import cn.perfeval.checks.core.Rule;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument;
import java.math.BigDecimal;
import java.util.List;

/**
 * A qualitative indicator achieved as set (its actual reads as its target, e.g. 明显提高 /
 * 明显提高) is in the framework's best qualitative band (national rule: 达成, 80%–100% of its
 * weight): a stated score below that band is a warning, the reviewer judging whether the band
 * was chosen on purpose. Indicators whose target and actual compare as figures are the business
 * of {@link IndicatorScoreRule}; a score above the weight is its error. Places and rows as in
 * {@link IndicatorReasonRule}; column {@code score}; expected the band's lowest score, found the
 * stated score.
 */
public final class IndicatorQualitativeRule implements Rule {

    public static final String ID = "indicator.qualitative";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        List<Framework.QualitativeBand> bands = settings.qualitativeBands();
        if (bands.isEmpty()) {
            return;
        }
        Framework.QualitativeBand achieved = bands.getFirst();
        for (IndicatorPlaces.Place place : IndicatorPlaces.of(document)) {
            var indicator = place.indicator();
            BigDecimal weight = indicator.weight();
            BigDecimal score = indicator.score();
            if (weight == null || score == null || score.compareTo(weight) > 0 || score.signum() < 0
                    || !Figures.stated(indicator.target()) || !Figures.stated(indicator.actual())
                    || !indicator.target().strip().equals(indicator.actual().strip())
                    || Achievement.of(indicator.target(), indicator.actual()).isPresent()) {
                continue;
            }
            BigDecimal min = weight.multiply(achieved.to());
            BigDecimal max = weight.multiply(achieved.from());
            if (score.compareTo(min) < 0) {
                out.add(new Finding(ID, Severity.WARNING, place.table(), place.row(), "score", min, score,
                        message("check.indicator.qualitative", place.name(), indicator.actual().strip(),
                                achieved.label(), Figures.points(min), Figures.points(max), Figures.points(score))));
            }
        }
    }
}
