package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.d;
import static cn.perfeval.checks.core.Documents.report;
import static cn.perfeval.checks.core.rules.RuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.checks.core.Bundles;
import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument.BudgetLine;
import cn.perfeval.report.ReportDocument.Funds;
import cn.perfeval.report.ReportDocument.Project;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetExecutionRuleTest {

    private final BudgetExecutionRule rule = new BudgetExecutionRule();

    private static BudgetLine line(String item, String initial, String adjusted, String executed) {
        return new BudgetLine(item, d(initial), d(adjusted), d(executed));
    }

    private static Project project(String name, String budgetFiscal, String budgetOther, String executedFiscal,
            String executedOther) {
        return new Project(name, new Funds(d(budgetFiscal), d(budgetOther)), new Funds(d(executedFiscal), d(executedOther)),
                null, null);
    }

    @Test
    void items_executed_at_or_above_the_rate_and_within_budget_have_no_finding() {
        var document = report().budget(line("人员类项目", "3276800.00", "3449800.00", "3449800.00"),
                line("运转类项目", "386800.00", "384800.00", "346320.00")).build();

        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void an_item_executed_below_the_rate_of_its_adjusted_budget_is_a_warning_with_the_rate() {
        var document = report().budget(line("运转类项目", "386800.00", "384800.00", "346319.99")).build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::table, Finding::row, Finding::column,
                Finding::expected, Finding::found).containsExactly(tuple("budget.execution", Severity.WARNING, "budget",
                        "运转类项目", "executed", new BigDecimal("384800.00"), new BigDecimal("346319.99")));
        assertThat(Bundles.zh(findings.getFirst().message()))
                .isEqualTo("运转类项目调整预算384,800.00元，执行数346,319.99元，执行率90.00%，低于90%，请说明原因。");
    }

    @Test
    void without_an_adjusted_budget_the_initial_one_counts_and_the_threshold_comes_from_the_settings() {
        var document = report().budget(line("特定目标类项目", "600000.00", null, "384800.00")).build();

        assertThat(run(rule, document, new CheckSettings(new BigDecimal("0.30"), new BigDecimal("0.60")))).isEmpty();
        List<Finding> findings = run(rule, document, new CheckSettings(new BigDecimal("0.30"), new BigDecimal("0.65")));
        assertThat(findings).extracting(Finding::expected).containsExactly(new BigDecimal("600000.00"));
        assertThat(Bundles.en(findings.getFirst().message())).isEqualTo("特定目标类项目: initial budget 600,000.00 yuan, "
                + "executed 384,800.00 yuan, an execution rate of 64.13%, below 65%; please explain why.");
    }

    @Test
    void an_item_executed_above_its_budget_is_a_warning() {
        var document = report().budget(line("人员类项目", "3276800.00", "3449800.00", "3450000.00")).build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::severity, Finding::found).containsExactly(
                tuple(Severity.WARNING, new BigDecimal("3450000.00")));
        assertThat(Bundles.zh(findings.getFirst().message()))
                .isEqualTo("人员类项目执行数3,450,000.00元超过调整预算3,449,800.00元，超出200.00元，请说明原因。");
    }

    @Test
    void a_project_is_judged_by_fiscal_and_other_funds_separately_and_together() {
        var document = report().unit(MoneyUnit.WAN_YUAN)
                .projects(project("城乡医疗救助", "756.03", "390.78", "600.00", "395.53")).build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::table, Finding::row, Finding::column, Finding::expected, Finding::found)
                .containsExactly(
                        tuple("projects", "城乡医疗救助", "executed.fiscal", new BigDecimal("756.03"), new BigDecimal("600.00")),
                        tuple("projects", "城乡医疗救助", "executed.other", new BigDecimal("390.78"), new BigDecimal("395.53")),
                        tuple("projects", "城乡医疗救助", "executed", new BigDecimal("1146.81"), new BigDecimal("995.53")));
        assertThat(Bundles.zh(findings.get(0).message()))
                .isEqualTo("项目“城乡医疗救助”财政拨款预算数756.03万元，执行数600.00万元，执行率79.36%，低于90%，请说明原因。");
        assertThat(Bundles.zh(findings.get(2).message())).startsWith("项目“城乡医疗救助”资金合计预算数1,146.81万元");
    }

    @Test
    void unstated_budgets_or_executions_are_not_judged() {
        var document = report().budget(line("特定目标类项目", null, null, "384800.00"), line("运转类项目", "10", "10", null))
                .projects(new Project("医保专项工作经费", null, new Funds(d("175594.62"), d("0.00")), null, null),
                        project("医保基金监管专项经费", null, "35000.00", "0.00", "35000.00"))
                .build();

        assertThat(run(rule, document)).isEmpty();
    }
}
