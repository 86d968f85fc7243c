package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.rules.Texts.gap;
import static cn.perfeval.checks.core.rules.Texts.message;
import static cn.perfeval.checks.core.rules.Texts.money;
import static cn.perfeval.checks.core.rules.Texts.row;

import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Figures;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Rule;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.BudgetLine;
import cn.perfeval.report.ReportDocument.ThreeLines;
import cn.perfeval.report.ReportDocument.ThreePublicExpenses;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * A budget item for the 三公经费 (its name starts with 三公, quotes aside: “三公”经费) states the same money as
 * the 三公 block: its budget (the initial one, or the adjusted one) equals the block's budgets of
 * 因公出国（境）, 公务用车购置及运行维护 and 公务接待 added up, and its executed amount their
 * actual spending added up. Not judged where a figure of either side is unknown. Finding: table
 * {@code budget}, row the item, column {@code initial} (or {@code adjusted} where only that is
 * stated) or {@code executed}; expected the 三公 block's sum, found the budget item's figure.
 */
public final class ThreePublicBudgetItemRule implements Rule {

    public static final String ID = "three-public.budget-item";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        ThreePublicExpenses three = document.threePublicExpenses();
        if (three == null || document.budget() == null) {
            return;
        }
        BigDecimal budgeted = sum(three.budget());
        BigDecimal spent = sum(three.actual());
        Integer unit = Figures.unitIndex(document.unit());
        for (int i = 0; i < document.budget().size(); i++) {
            BudgetLine line = document.budget().get(i);
            if (!isThreePublic(line.item())) {
                continue;
            }
            String row = row(line.item(), i);
            if (budgeted != null && (line.initial() != null || line.adjusted() != null)
                    && !same(line.initial(), budgeted) && !same(line.adjusted(), budgeted)) {
                boolean initial = line.initial() != null;
                BigDecimal stated = initial ? line.initial() : line.adjusted();
                out.add(new Finding(ID, Severity.ERROR, "budget", row, initial ? "initial" : "adjusted", budgeted,
                        stated, message("check.three-public.budget-item.budget", row, money(stated), money(budgeted),
                                gap(stated, budgeted), unit, initial ? 0 : 1)));
            }
            if (Figures.differ(line.executed(), spent)) {
                out.add(new Finding(ID, Severity.ERROR, "budget", row, "executed", spent, line.executed(),
                        message("check.three-public.budget-item.executed", row, money(line.executed()), money(spent),
                                gap(line.executed(), spent), unit)));
            }
        }
    }

    /** 三公经费, “三公”经费, "三公"经费支出: the item starts with 三公, quotes aside. */
    static boolean isThreePublic(String item) {
        return item != null && item.replaceAll("[\\s“”\"'‘’「」]", "").startsWith("三公");
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a != null && a.compareTo(b) == 0;
    }

    private static BigDecimal sum(ThreeLines lines) {
        return lines == null ? null : Figures.sum(Arrays.asList(lines.overseas(), lines.vehicles(), lines.reception()));
    }
}
