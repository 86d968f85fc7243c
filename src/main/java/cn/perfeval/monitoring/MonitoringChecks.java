package cn.perfeval.monitoring;

import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.checks.core.Figures;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of a monitoring report, in plain Java (decision 0038):
 * <ul>
 * <li>{@code monitoring.execution-below-line} (WARNING): a budget item or project whose execution to
 * the cut-off lies below the calendar line, with the budget, the executed amount, the rate and the
 * line; exactly on the line is not below it; an item without budget, or not stating it, is not judged;</li>
 * <li>{@code monitoring.reason-missing} (ERROR): an indicator at risk or that will not be met without a reason;</li>
 * <li>{@code monitoring.measure-missing} (ERROR): the same without a corrective measure.</li>
 * </ul>
 * Amounts stay in the document's unit; the messages are keys of the {@code checks} bundles.
 */
public final class MonitoringChecks {

    public static final String BELOW_LINE = "monitoring.execution-below-line";
    public static final String REASON_MISSING = "monitoring.reason-missing";
    public static final String MEASURE_MISSING = "monitoring.measure-missing";

    private MonitoringChecks() {
    }

    /** Every finding of the document against the line of its round's cut-off. */
    public static List<Finding> check(MonitoringDocument document, CalendarLine line) {
        List<Finding> findings = new ArrayList<>();
        Integer unit = Figures.unitIndex(document.unit());
        execution(findings, "budget", document.budgetLines(), line, unit);
        execution(findings, "projects", document.projectLines(), line, unit);
        List<MonitoringDocument.Indicator> indicators = document.indicatorLines();
        for (MonitoringDocument.Indicator i : indicators) {
            if (i.progress() == null || !i.progress().needsExplanation()) {
                continue;
            }
            String row = indicatorRow(i);
            LocalizedMessage progress = new LocalizedMessage(i.progress().labelKey());
            if (!Figures.stated(i.reason())) {
                findings.add(new Finding(REASON_MISSING, Severity.ERROR, "indicators", row, "reason", null, null,
                        new LocalizedMessage("check.monitoring.reason-missing", row, progress)));
            }
            if (!Figures.stated(i.measure())) {
                findings.add(new Finding(MEASURE_MISSING, Severity.ERROR, "indicators", row, "measure", null, null,
                        new LocalizedMessage("check.monitoring.measure-missing", row, progress)));
            }
        }
        return findings;
    }

    /** An indicator as a finding names it: {@code 项目名 / 指标名} for a project's, else its name. */
    public static String indicatorRow(MonitoringDocument.Indicator i) {
        return Figures.stated(i.project()) ? i.project().strip() + " / " + i.name() : i.name();
    }

    private static void execution(List<Finding> findings, String table, List<MonitoringDocument.Line> lines,
            CalendarLine line, Integer unit) {
        for (MonitoringDocument.Line l : lines) {
            BigDecimal budget = l.budget();
            BigDecimal executed = l.executed();
            if (budget == null || executed == null || budget.signum() <= 0 || !line.below(budget, executed)) {
                continue;
            }
            BigDecimal rate = Figures.percent(executed, budget);
            findings.add(new Finding(BELOW_LINE, Severity.WARNING, table, l.name(), "executed",
                    line.expected(budget), executed,
                    new LocalizedMessage("check.monitoring.below-line", l.name(), Figures.money(budget),
                            Figures.money(executed), Figures.percentText(rate), Figures.percentText(line.percent()),
                            line.cutOff().toString(), unit)));
        }
    }
}
