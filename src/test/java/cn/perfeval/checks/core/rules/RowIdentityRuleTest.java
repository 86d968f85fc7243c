package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.in;
import static cn.perfeval.checks.core.Documents.out;
import static cn.perfeval.checks.core.Documents.report;
import static cn.perfeval.checks.core.Documents.totals;
import static cn.perfeval.checks.core.rules.RuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.checks.core.Bundles;
import cn.perfeval.checks.core.Finding;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowIdentityRuleTest {

    private final RowIdentityRule rule = new RowIdentityRule();

    @Test
    void rows_and_totals_whose_parts_add_up_have_no_finding() {
        var document = report().income(in("208", null, "100.00", "90.00", "10.00"))
                .expenditure(out("208", null, "100.00", "60.00", "40.00"))
                .totals(totals("100.00", "90.00", "10.00", "100.00", "60.00", "40.00", null, null)).build();

        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void an_expenditure_row_whose_total_is_not_basic_plus_project_is_an_error() {
        var document = report().expenditure(out("21015", "医疗保障管理事务", "3767466.82", "2969510.20", "797956.26"))
                .build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::rule, Finding::table, Finding::row, Finding::column, Finding::expected,
                Finding::found).containsExactly(tuple("row.identity", "expenditure", "21015", "total",
                        new BigDecimal("3767466.46"), new BigDecimal("3767466.82")));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo("支出表科目21015 医疗保障管理事务的本年支出合计为"
                + "3,767,466.82元，但基本支出2,969,510.20元加项目支出797,956.26元为3,767,466.46元，相差0.36元。");
    }

    @Test
    void stated_totals_whose_parts_do_not_add_up_are_errors() {
        var document = report()
                .totals(totals("20985528.71", "20950527.71", "35000.00", "100.00", "60.00", "40.00", null, null))
                .build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::table, Finding::row, Finding::column, Finding::expected, Finding::found)
                .containsExactly(tuple("totals", null, "income", new BigDecimal("20985527.71"),
                        new BigDecimal("20985528.71")));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo("填报的本年收入合计为20,985,528.71元，但财政拨款收入"
                + "20,950,527.71元加其他收入35,000.00元为20,985,527.71元，相差1.00元。");
    }

    @Test
    void a_row_with_an_unstated_part_is_not_judged() {
        var document = report().income(in("208", null, "100.00", "90.00", null))
                .expenditure(out("20805", null, "258563.92", "258563.92", null)).build();

        assertThat(run(rule, document)).isEmpty();
    }
}
