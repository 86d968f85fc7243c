package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.rules.Texts.message;

import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Figures;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Framework;
import cn.perfeval.checks.core.Rule;
import cn.perfeval.checks.core.Scorer;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Scoring;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The stated grade is the band of the recomputed total (Σ self-scores − Σ deductions) in the
 * report's framework, or by default the national bands: 90 and above 优, 80 to below 90 良, 60 to
 * below 80 中, below 60 差. Without a scoring table, the stated total is graded. Not judged where the
 * grade or the total cannot be known. Finding: table {@code scoring}, column {@code grade}; expected
 * the bound of the stated grade's band that the total misses (its minimum, or the next band's
 * minimum where the total earns more), found the total.
 */
public final class ScoringGradeRule implements Rule {

    public static final String ID = "scoring.grade";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        Scoring scoring = document.scoring();
        if (scoring == null || !Figures.stated(scoring.grade())) {
            return;
        }
        Optional<BigDecimal> total = Scorer.scoringTableTotal(scoring).or(() -> Optional.ofNullable(scoring.total()));
        if (total.isEmpty()) {
            return;
        }
        List<Framework.GradeBand> bands = settings.gradeBands();
        String expected = Scorer.grade(total.get(), bands);
        String stated = scoring.grade().strip();
        if (!expected.equals(stated)) {
            out.add(new Finding(ID, Severity.ERROR, "scoring", null, "grade", bound(stated, total.get(), bands),
                    total.get(), message(settings.grades() == null ? "check.scoring.grade" : "check.scoring.grade.framework",
                            stated, Figures.points(total.get()), expected)));
        }
    }

    /**
     * The bound of the stated grade's band that the total misses: its minimum where the total is
     * below it, else the next band's minimum (the total reaches a better grade); {@code null} for
     * a grade the bands do not know.
     */
    private static BigDecimal bound(String stated, BigDecimal total, List<Framework.GradeBand> bands) {
        List<Framework.GradeBand> highestFirst = bands.stream()
                .sorted(Comparator.comparing(Framework.GradeBand::minimum).reversed()).toList();
        for (int i = 0; i < highestFirst.size(); i++) {
            Framework.GradeBand band = highestFirst.get(i);
            if (band.label().equals(stated)) {
                if (total.compareTo(band.minimum()) < 0 || i == 0) {
                    return band.minimum();
                }
                return highestFirst.get(i - 1).minimum();
            }
        }
        return null;
    }
}
