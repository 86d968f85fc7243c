package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.rules.Texts.gap;
import static cn.perfeval.checks.core.rules.Texts.message;
import static cn.perfeval.checks.core.rules.Texts.money;

import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Figures;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Rule;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.ThreeLines;
import cn.perfeval.report.ReportDocument.ThreePublicExpenses;
import java.math.BigDecimal;
import java.util.List;

/**
 * 三公经费 spent above budget, per line where both are stated: a warning. Finding: table
 * {@code threePublicExpenses}, row the line ({@code overseas}, {@code vehicles},
 * {@code reception}), column {@code actual}; expected the budget, found the actual.
 */
public final class ThreePublicBudgetRule implements Rule {

    public static final String ID = "three-public.budget";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        ThreePublicExpenses three = document.threePublicExpenses();
        if (three == null || three.budget() == null || three.actual() == null) {
            return;
        }
        ThreeLines budget = three.budget();
        ThreeLines actual = three.actual();
        Integer unit = Figures.unitIndex(document.unit());
        line(0, "overseas", budget.overseas(), actual.overseas(), unit, out);
        line(1, "vehicles", budget.vehicles(), actual.vehicles(), unit, out);
        line(2, "reception", budget.reception(), actual.reception(), unit, out);
    }

    private static void line(int index, String row, BigDecimal budget, BigDecimal actual, Integer unit, List<Finding> out) {
        if (budget != null && actual != null && actual.compareTo(budget) > 0) {
            out.add(new Finding(ID, Severity.WARNING, "threePublicExpenses", row, "actual", budget, actual,
                    message("check.three-public.budget", index, money(budget), money(actual), gap(actual, budget), unit)));
        }
    }
}
