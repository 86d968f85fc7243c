package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.in;
import static cn.perfeval.checks.core.Documents.out;
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

class TreeParentRuleTest {

    private final TreeParentRule rule = new TreeParentRule();

    @Test
    void every_kuan_under_its_lei_and_every_xiang_under_its_kuan_has_no_finding() {
        var document = report().income(in("210", "卫生健康支出", "100.00", "100.00", null),
                in("21013", "医疗救助", "100.00", "100.00", null), in("2101301", "城乡医疗救助", "100.00", "100.00", null))
                .build();

        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void a_kuan_without_its_lei_and_a_xiang_without_its_kuan_are_warnings() {
        var document = report().expenditure(out("208", "社会保障和就业支出", "50.00", "50.00", "0"),
                out("21013", "医疗救助", "100.00", "0", "100.00"),
                out("2080501", "行政单位离退休", "50.00", "50.00", "0")).build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::table, Finding::row, Finding::column,
                Finding::expected, Finding::found).containsExactly(
                        tuple("tree.parent", Severity.WARNING, "expenditure", "21013", "total", null,
                                new BigDecimal("100.00")),
                        tuple("tree.parent", Severity.WARNING, "expenditure", "2080501", "total", null,
                                new BigDecimal("50.00")));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo("支出表科目21013 医疗救助没有上级科目210：款应列在其所属的类"
                + "之下，否则其金额100.00元不计入任何上级科目的合计。");
        assertThat(Bundles.zh(findings.get(1).message())).contains("没有上级科目20805：项应列在其所属的款之下");
    }
}
