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
import cn.perfeval.report.ReportDocument.Funds;
import cn.perfeval.report.ReportDocument.Project;
import java.math.BigDecimal;
import java.util.List;

/**
 * The projects' executed amounts (fiscal and other, as far as stated) together cannot exceed the
 * stated 项目支出 ({@code totals.project}): every project's spending is project expenditure of the
 * year. Amounts a project does not state count as unknown and are left out, so the sum is a
 * lower bound and any excess is certain. Not judged without a stated {@code totals.project} or
 * without a project stating an executed amount. Finding: table {@code totals}, column
 * {@code project}; expected the stated 项目支出, found the projects' sum.
 */
public final class ProjectsTotalRule implements Rule {

    public static final String ID = "projects.total";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        if (document.totals() == null || document.totals().project() == null || document.projects() == null) {
            return;
        }
        BigDecimal stated = document.totals().project();
        BigDecimal sum = BigDecimal.ZERO;
        int counted = 0;
        for (Project project : document.projects()) {
            Funds executed = project.executed();
            if (executed == null || (executed.fiscal() == null && executed.other() == null)) {
                continue;
            }
            counted++;
            if (executed.fiscal() != null) {
                sum = sum.add(executed.fiscal());
            }
            if (executed.other() != null) {
                sum = sum.add(executed.other());
            }
        }
        if (counted > 0 && sum.compareTo(stated) > 0) {
            Integer unit = Figures.unitIndex(document.unit());
            out.add(new Finding(ID, Severity.ERROR, "totals", null, "project", stated, sum,
                    message("check.projects.total", counted, money(sum), money(stated), gap(sum, stated), unit)));
        }
    }
}
