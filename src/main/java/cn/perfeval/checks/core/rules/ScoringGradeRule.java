package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.rules.Texts.message;

import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Figures;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Rule;
import cn.perfeval.checks.core.Scorer;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Scoring;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The stated grade is the band of the recomputed total (Σ self-scores − Σ deductions) in the
 * report's framework, or by default the national bands: 90 and above 优, 80 to below 90 良, 60 to
 * below 80 中, below 60 差. Not judged where the grade
 * or the total cannot be known. Finding: table {@code scoring}, column {@code grade}.
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
        Optional<BigDecimal> total = Scorer.scoringTableTotal(scoring);
        if (total.isEmpty()) {
            return;
        }
        String expected = Scorer.grade(total.get(), settings.gradeBands());
        String stated = scoring.grade().strip();
        if (!expected.equals(stated)) {
            out.add(new Finding(ID, Severity.ERROR, "scoring", null, "grade", null, null,
                    message(settings.grades() == null ? "check.scoring.grade" : "check.scoring.grade.framework", stated,
                            Figures.points(total.get()), expected)));
        }
    }
}
