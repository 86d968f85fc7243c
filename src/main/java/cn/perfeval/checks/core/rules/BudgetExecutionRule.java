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
import cn.perfeval.report.ReportDocument.Funds;
import cn.perfeval.report.ReportDocument.Project;
import java.math.BigDecimal;
import java.util.List;

/**
 * The execution rate (执行数 / 预算数, computed, never stored) of each budget item and project.
 * A rate below {@link CheckSettings#lowExecutionRate()} needs an explanation, and spending above
 * the budget is flagged: both warnings.
 *
 * <p>Budget items ({@code budget}, row the item, column {@code executed}): the budget is the
 * adjusted one, or the initial one where the adjusted is unknown. Projects ({@code projects},
 * row the project's name): the fiscal funds (column {@code executed.fiscal}), the other funds
 * ({@code executed.other}) and, where all four figures are stated, the two together
 * ({@code executed}). Expected the budget, found the executed amount.
 */
public final class BudgetExecutionRule implements Rule {

    public static final String ID = "budget.execution";

    private static final int ADJUSTED = 0;
    private static final int INITIAL = 1;
    private static final int FISCAL = 0;
    private static final int OTHER = 1;
    private static final int TOGETHER = 2;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        Integer unit = Figures.unitIndex(document.unit());
        List<BudgetLine> budget = document.budget();
        if (budget != null) {
            for (int i = 0; i < budget.size(); i++) {
                BudgetLine line = budget.get(i);
                boolean adjusted = line.adjusted() != null;
                BigDecimal basis = adjusted ? line.adjusted() : line.initial();
                judge(settings, "budget", row(line.item(), i), "executed", "check.budget.execution",
                        adjusted ? ADJUSTED : INITIAL, basis, line.executed(), unit, out);
            }
        }
        List<Project> projects = document.projects();
        if (projects != null) {
            for (int i = 0; i < projects.size(); i++) {
                Project project = projects.get(i);
                Funds b = project.budget();
                Funds e = project.executed();
                if (b == null || e == null) {
                    continue;
                }
                String row = row(project.name(), i);
                judge(settings, "projects", row, "executed.fiscal", "check.budget.project", FISCAL, b.fiscal(),
                        e.fiscal(), unit, out);
                judge(settings, "projects", row, "executed.other", "check.budget.project", OTHER, b.other(),
                        e.other(), unit, out);
                judge(settings, "projects", row, "executed", "check.budget.project", TOGETHER,
                        Figures.add(b.fiscal(), b.other()), Figures.add(e.fiscal(), e.other()), unit, out);
            }
        }
    }

    private static void judge(CheckSettings settings, String table, String row, String column, String key, int kind,
            BigDecimal budget, BigDecimal executed, Integer unit, List<Finding> out) {
        if (budget == null || executed == null) {
            return;
        }
        if (executed.compareTo(budget) > 0) {
            out.add(new Finding(ID, Severity.WARNING, table, row, column, budget, executed,
                    message(key + ".over", row, kind, money(budget), money(executed), gap(executed, budget), unit)));
        } else if (budget.signum() > 0 && settings.lowExecutionRate() != null
                && executed.compareTo(budget.multiply(settings.lowExecutionRate())) < 0) {
            out.add(new Finding(ID, Severity.WARNING, table, row, column, budget, executed,
                    message(key + ".low", row, kind, money(budget), money(executed),
                            Figures.percentText(Figures.percent(executed, budget)),
                            Figures.shareAsPercent(settings.lowExecutionRate()), unit)));
        }
    }
}
