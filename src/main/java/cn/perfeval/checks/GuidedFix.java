package cn.perfeval.checks;

import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.prose.StandardSentences;
import cn.perfeval.checks.core.rules.IncomeExpenditureRule;
import cn.perfeval.checks.core.rules.TotalsRowsRule;
import cn.perfeval.checks.core.rules.TreeSumRule;
import cn.perfeval.report.Repair;
import cn.perfeval.report.RepairPlan;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.Repairs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A finding with an obvious repair, and what the repair changes on the document the finding came
 * from. Offered, never applied without the drafter's confirmation:
 * <ul>
 * <li>{@code income.expenditure} (a row or the totals): the rows the other table has and this one
 * lacks, where they explain the whole difference ("添加缺少的收入科目 21099 / 2109999");</li>
 * <li>{@code totals.rows}: the stated total takes the sum of the 类 rows;</li>
 * <li>{@code tree.sum}: the parent's cell takes the sum of its children;</li>
 * <li>{@code prose.*}: the sentence takes the standard sentence for the same fact, where the product writes
 * one ({@link StandardSentences}).</li>
 * </ul>
 */
public record GuidedFix(Finding finding, RepairPlan plan) {

    /** The findings among {@code findings} that have an obvious repair on {@code document}, in their order. */
    static List<GuidedFix> of(ReportDocument document, List<Finding> findings) {
        return of(document, null, findings, m -> null);
    }

    /**
     * As {@link #of(ReportDocument, List)}, the prose findings offering their standard sentence too, written by
     * {@code chinese}, with last year's report ({@code previousYear}, may be {@code null}) for a change.
     */
    static List<GuidedFix> of(ReportDocument document, ReportDocument previousYear, List<Finding> findings,
            Function<LocalizedMessage, String> chinese) {
        List<GuidedFix> fixes = new ArrayList<>();
        for (Finding f : findings) {
            List<Repair> candidates = f.quote() == null ? candidates(f)
                    : StandardSentences.of(document, previousYear, f, chinese)
                            .<List<Repair>>map(r -> List.of(new Repair.ReplaceSentence(r.field(), r.offset(),
                                    r.sentence(), r.replacement())))
                            .orElse(List.of());
            for (Repair repair : candidates) {
                Optional<RepairPlan> plan = Repairs.plan(document, repair);
                if (plan.isPresent()) {
                    fixes.add(new GuidedFix(f, plan.get()));
                    break;
                }
            }
        }
        return fixes;
    }

    /** The repairs a finding suggests, the likelier first. */
    static List<Repair> candidates(Finding f) {
        return switch (f.rule()) {
            case TreeSumRule.ID -> List.of(new Repair.ParentFromChildren(f.table(), f.row(), f.column()));
            case TotalsRowsRule.ID -> List.of(new Repair.TotalFromRows(f.column()));
            case IncomeExpenditureRule.ID -> {
                String under = f.row() == null ? "" : f.row();
                yield List.of(new Repair.AddMissingRows("income", under),
                        new Repair.AddMissingRows("expenditure", under));
            }
            default -> List.of();
        };
    }
}
