package cn.perfeval.checks.core;

import cn.perfeval.checks.core.prose.ProseRule;
import cn.perfeval.checks.core.rules.AssetsIdentityRule;
import cn.perfeval.checks.core.rules.BalanceRule;
import cn.perfeval.checks.core.rules.BudgetExecutionRule;
import cn.perfeval.checks.core.rules.IncomeExpenditureRule;
import cn.perfeval.checks.core.rules.IndicatorOverTargetRule;
import cn.perfeval.checks.core.rules.IndicatorPlaceholderRule;
import cn.perfeval.checks.core.rules.IndicatorQualitativeRule;
import cn.perfeval.checks.core.rules.IndicatorReasonRule;
import cn.perfeval.checks.core.rules.IndicatorScoreRule;
import cn.perfeval.checks.core.rules.IndicatorWeightsRule;
import cn.perfeval.checks.core.rules.NegativeAmountRule;
import cn.perfeval.checks.core.rules.ProjectsTotalRule;
import cn.perfeval.checks.core.rules.RowIdentityRule;
import cn.perfeval.checks.core.rules.RowPartRule;
import cn.perfeval.checks.core.rules.ScoringGradeRule;
import cn.perfeval.checks.core.rules.ScoringItemRangeRule;
import cn.perfeval.checks.core.rules.ScoringMaxTotalRule;
import cn.perfeval.checks.core.rules.ScoringTargetAchievementRule;
import cn.perfeval.checks.core.rules.ScoringTotalRangeRule;
import cn.perfeval.checks.core.rules.ScoringTotalRule;
import cn.perfeval.checks.core.rules.TargetChangedRule;
import cn.perfeval.checks.core.rules.TargetMissingRule;
import cn.perfeval.checks.core.rules.TargetUndeclaredRule;
import cn.perfeval.checks.core.rules.ThreePublicBudgetItemRule;
import cn.perfeval.checks.core.rules.ThreePublicBudgetRule;
import cn.perfeval.checks.core.rules.ThreePublicCountsRule;
import cn.perfeval.checks.core.rules.TotalsRowsRule;
import cn.perfeval.checks.core.rules.TreeBlankParentRule;
import cn.perfeval.checks.core.rules.TreeOneSidedRule;
import cn.perfeval.checks.core.rules.TreeParentRule;
import cn.perfeval.checks.core.rules.TreeSumRule;
import cn.perfeval.report.ReportDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs rules over a report document. */
public final class Checker {

    /** The parts of a report in the order a published report shows them; findings follow it. */
    public static final List<String> PART_ORDER = List.of("income", "expenditure", "totals", "budget",
            "threePublicExpenses", "assets", "indicators", "projects", "scoring", "texts");

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparingInt(Checker::partIndex);

    private final List<Rule> rules;

    public Checker(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every rule of the product. */
    public static Checker standard() {
        List<Rule> rules = new ArrayList<>(List.of(new TreeSumRule(), new TreeParentRule(), new TreeBlankParentRule(),
                new TotalsRowsRule(), new RowIdentityRule(), new RowPartRule(), new NegativeAmountRule(),
                new IncomeExpenditureRule(), new TreeOneSidedRule(), new BalanceRule(), new AssetsIdentityRule(),
                new BudgetExecutionRule(), new ProjectsTotalRule(), new ThreePublicBudgetRule(),
                new ThreePublicBudgetItemRule(), new ThreePublicCountsRule(), new IndicatorPlaceholderRule(),
                new IndicatorReasonRule(),
                new IndicatorOverTargetRule(), new IndicatorScoreRule(), new IndicatorQualitativeRule(),
                new IndicatorWeightsRule(), new ScoringItemRangeRule(), new ScoringMaxTotalRule(),
                new ScoringTotalRule(), new ScoringTotalRangeRule(), new ScoringGradeRule(),
                new ScoringTargetAchievementRule(), new TargetChangedRule(), new TargetMissingRule(),
                new TargetUndeclaredRule()));
        rules.addAll(ProseRule.all());
        return new Checker(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /**
     * The findings of every rule, errors first, then in the order of the report's parts
     * ({@link #PART_ORDER}); within a part, in the order the rules found them.
     */
    public List<Finding> check(ReportDocument document, CheckSettings settings) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(document, settings, findings);
        }
        sort(findings);
        return findings;
    }

    /** Sorts findings as {@link #check} returns them: errors first, then by part. */
    public static void sort(List<Finding> findings) {
        findings.sort(ORDER);
    }

    private static int partIndex(Finding finding) {
        int index = PART_ORDER.indexOf(finding.table());
        return index < 0 ? PART_ORDER.size() : index;
    }
}
