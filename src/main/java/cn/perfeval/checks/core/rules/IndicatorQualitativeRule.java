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
 * A qualitative indicator's stated score lies in the band of the framework's qualitative bands
 * (national rule: 达成 80%–100%, 部分达成 60%–80%, 未达成 0–60% of its weight) that its actual
 * claims: an actual that reads as its target (明显提高 / 明显提高) claims the best band; an actual
 * opening with a band's label (部分达成, 已完成, 未完成: “完成” read as “达成”, the longest
 * label counting) claims that band. A stated score outside the claimed band is a warning, the reviewer judging whether
 * the band was chosen on purpose. Indicators whose target and actual compare as figures are the
 * business of {@link IndicatorScoreRule}; a score above the weight is its error. Places and rows
 * as in {@link IndicatorReasonRule}; column {@code score}; expected the band's bound crossed (its
 * lowest score when below, its highest when above), found the stated score.
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
        for (IndicatorPlaces.Place place : IndicatorPlaces.of(document)) {
            var indicator = place.indicator();
            BigDecimal weight = indicator.weight();
            BigDecimal score = indicator.score();
            if (weight == null || score == null || score.compareTo(weight) > 0 || score.signum() < 0
                    || !Figures.stated(indicator.actual())
                    || Achievement.of(indicator.target(), indicator.actual()).isPresent()) {
                continue;
            }
            String actual = indicator.actual().strip();
            boolean asSet = Figures.stated(indicator.target()) && indicator.target().strip().equals(actual);
            Framework.QualitativeBand band = asSet ? bands.getFirst() : named(actual, bands);
            if (band == null) {
                continue;
            }
            BigDecimal min = weight.multiply(band.to());
            BigDecimal max = weight.multiply(band.from());
            if (score.compareTo(min) < 0 || score.compareTo(max) > 0) {
                BigDecimal bound = score.compareTo(min) < 0 ? min : max;
                out.add(new Finding(ID, Severity.WARNING, place.table(), place.row(), "score", bound, score,
                        message(asSet ? "check.indicator.qualitative" : "check.indicator.qualitative.named",
                                place.name(), actual, band.label(), Figures.points(min), Figures.points(max),
                                Figures.points(score))));
            }
        }
    }

    /**
     * The band whose label the actual opens with (after 已 or 全部), the longest label winning
     * (未达成 over 达成); “完成” reads as “达成”. A label inside a sentence (未按时完成) claims nothing.
     */
    static Framework.QualitativeBand named(String actual, List<Framework.QualitativeBand> bands) {
        String read = actual.replace("完成", "达成");
        if (read.startsWith("全部")) {
            read = read.substring(2);
        } else if (read.startsWith("已")) {
            read = read.substring(1);
        }
        Framework.QualitativeBand found = null;
        for (Framework.QualitativeBand band : bands) {
            String label = band.label();
            if (label != null && !label.isBlank() && read.startsWith(label)
                    && (found == null || label.length() > found.label().length())) {
                found = band;
            }
        }
        return found;
    }
}
