package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.in;
import static cn.perfeval.checks.core.Documents.report;
import static cn.perfeval.checks.core.rules.RuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.checks.core.Bundles;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeBlankParentRuleTest {

    private final TreeBlankParentRule rule = new TreeBlankParentRule();

    @Test
    void a_column_blank_in_the_parent_and_in_its_children_has_no_finding() {
        // The 米易 income table has no 其他收入 column: blank throughout, unknown, not a finding.
        var document = report().income(in("210", "卫生健康支出", "100.00", "100.00", null),
                in("21013", "医疗救助", "100.00", "100.00", null)).build();

        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void a_parents_blank_cell_over_children_that_state_amounts_is_a_warning() {
        var document = report().income(in("210", "卫生健康支出", "100.00", null, "0"),
                in("21011", "行政事业单位医疗", "60.00", "60.00", "0"), in("21013", "医疗救助", "40.00", "40.00", "0"))
                .build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::table, Finding::row, Finding::column,
                Finding::expected, Finding::found).containsExactly(tuple("tree.blank-parent", Severity.WARNING, "income",
                        "210", "fiscal", new BigDecimal("100.00"), null));
        assertThat(Bundles.zh(findings.getFirst().message()))
                .isEqualTo("收入表科目210 卫生健康支出的财政拨款收入空白，但其下各款合计为100.00元，请填列。");
    }
}
