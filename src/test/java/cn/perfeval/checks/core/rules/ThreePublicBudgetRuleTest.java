package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.d;
import static cn.perfeval.checks.core.Documents.report;
import static cn.perfeval.checks.core.rules.RuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.checks.core.Bundles;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument.ThreeLines;
import cn.perfeval.report.ReportDocument.ThreePublicExpenses;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreePublicBudgetRuleTest {

    private final ThreePublicBudgetRule rule = new ThreePublicBudgetRule();

    @Test
    void spending_within_budget_has_no_finding() {
        var document = report().threePublicExpenses(new ThreePublicExpenses(
                new ThreeLines(d("0"), d("5000.00"), d("15000.00")), new ThreeLines(d("0"), d("5000.00"), d("14300.00")), 9,
                112)).build();

        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void a_line_spent_above_its_budget_is_a_warning() {
        var document = report().threePublicExpenses(new ThreePublicExpenses(
                new ThreeLines(d("0"), null, d("10000.00")), new ThreeLines(d("0"), d("800.00"), d("14300.00")), 9, 112))
                .build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::table, Finding::row, Finding::column,
                Finding::expected, Finding::found).containsExactly(tuple("three-public.budget", Severity.WARNING,
                        "threePublicExpenses", "reception", "actual", new BigDecimal("10000.00"), new BigDecimal("14300.00")));
        assertThat(Bundles.zh(findings.getFirst().message()))
                .isEqualTo("公务接待费实际支出14,300.00元超过预算10,000.00元，超出4,300.00元，请说明原因。");
    }

    @Test
    void without_a_budget_nothing_is_judged() {
        var document = report().threePublicExpenses(new ThreePublicExpenses(null,
                new ThreeLines(d("0.00"), d("0.00"), d("14300.00")), 9, 112)).build();

        assertThat(run(rule, document)).isEmpty();
    }
}
