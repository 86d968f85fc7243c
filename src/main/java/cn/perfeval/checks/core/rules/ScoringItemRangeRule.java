package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.rules.Texts.message;

import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Figures;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Rule;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Deduction;
import cn.perfeval.report.ReportDocument.Scoring;
import cn.perfeval.report.ReportDocument.ScoringItem;
import java.math.BigDecimal;
import java.util.List;

/**
 * Each self-score between 0 and its item's max points, and each deduction's points between 0
 * and its max. Finding: table {@code scoring}, row the item's path joined with " / " (or the
 * deduction's name), column {@code selfScore} or {@code points}; expected the bound crossed,
 * found the stated points.
 */
public final class ScoringItemRangeRule implements Rule {

    public static final String ID = "scoring.item-range";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        Scoring scoring = document.scoring();
        if (scoring == null) {
            return;
        }
        if (scoring.items() != null) {
            for (int i = 0; i < scoring.items().size(); i++) {
                ScoringItem item = scoring.items().get(i);
                String row = Texts.path(item.path(), i);
                range(row, "selfScore", "check.scoring.item-range", item.selfScore(), item.maxPoints(), out);
            }
        }
        if (scoring.deductions() != null) {
            for (int i = 0; i < scoring.deductions().size(); i++) {
                Deduction deduction = scoring.deductions().get(i);
                String row = Texts.row(deduction.name(), i);
                range(row, "points", "check.scoring.deduction-range", deduction.points(), deduction.maxPoints(), out);
            }
        }
    }

    private static void range(String row, String column, String key, BigDecimal points, BigDecimal max,
            List<Finding> out) {
        if (points == null) {
            return;
        }
        if (points.signum() < 0) {
            out.add(new Finding(ID, Severity.ERROR, "scoring", row, column, BigDecimal.ZERO, points,
                    message(key + ".negative", row, Figures.points(points))));
        } else if (max != null && points.compareTo(max) > 0) {
            out.add(new Finding(ID, Severity.ERROR, "scoring", row, column, max, points,
                    message(key + ".above", row, Figures.points(points), Figures.points(max))));
        }
    }
}
