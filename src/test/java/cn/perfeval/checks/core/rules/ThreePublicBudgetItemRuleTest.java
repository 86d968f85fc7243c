package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.d;
import static cn.perfeval.checks.core.Documents.report;
import static cn.perfeval.checks.core.rules.RuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.checks.core.Bundles;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument.BudgetLine;
import cn.perfeval.report.ReportDocument.ThreeLines;
import cn.perfeval.report.ReportDocument.ThreePublicExpenses;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreePublicBudgetItemRuleTest {

    private final ThreePublicBudgetItemRule rule = new ThreePublicBudgetItemRule();

    private static ThreePublicExpenses block() {
        return new ThreePublicExpenses(new ThreeLines(d("0"), d("0"), d("3.21")), new ThreeLines(d("0"), d("0"), d("1.50")),
                5, 40);
    }

    @Test
    void a_sangong_budget_item_stating_the_blocks_figures_has_no_finding() {
        var document = report().unit(MoneyUnit.WAN_YUAN).threePublicExpenses(block())
                .budget(new BudgetLine("人员类项目", d("100"), null, d("100")),
                        new BudgetLine("“三公”经费", d("3.21"), d("2.00"), d("1.50")))
                .build();

        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void only_an_item_named_for_the_sangong_expenses_is_compared() {
        assertThat(ThreePublicBudgetItemRule.isThreePublic("“三公”经费")).isTrue();
        assertThat(ThreePublicBudgetItemRule.isThreePublic("三公经费支出")).isTrue();
        assertThat(ThreePublicBudgetItemRule.isThreePublic("\"三公\" 经费")).isTrue();
        assertThat(ThreePublicBudgetItemRule.isThreePublic("非三公经费的公用经费")).isFalse();
        var document = report().threePublicExpenses(block())
                .budget(new BudgetLine("非三公经费的公用经费", d("4"), null, d("1.60"))).build();
        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void a_sangong_budget_item_disagreeing_with_the_block_is_an_error() {
        // A published report: the “三公”经费 item is budgeted at 4 against 0 + 0 + 3.21.
        var document = report().unit(MoneyUnit.WAN_YUAN).threePublicExpenses(block())
                .budget(new BudgetLine("“三公”经费", d("4"), null, d("1.60"))).build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::table, Finding::row, Finding::column,
                Finding::expected, Finding::found).containsExactly(
                        tuple("three-public.budget-item", Severity.ERROR, "budget", "“三公”经费", "initial",
                                new BigDecimal("3.21"), new BigDecimal("4")),
                        tuple("three-public.budget-item", Severity.ERROR, "budget", "“三公”经费", "executed",
                                new BigDecimal("1.50"), new BigDecimal("1.60")));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo("预算执行表“三公”经费一行的年初预算为4.00万元，但三公经费表中"
                + "因公出国（境）费、公务用车购置及运行维护费、公务接待费的预算合计为3.21万元，相差0.79万元。");
    }
}
