package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.d;
import static cn.perfeval.checks.core.Documents.report;
import static cn.perfeval.checks.core.rules.RuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.checks.core.Bundles;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.report.ReportDocument.Assets;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssetsIdentityRuleTest {

    private final AssetsIdentityRule rule = new AssetsIdentityRule();

    @Test
    void assets_equal_to_liabilities_plus_net_assets_have_no_finding() {
        var document = report().assets(new Assets(d("1000.00"), d("400.00"), d("600.00"), null, null)).build();

        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void assets_that_differ_from_liabilities_plus_net_assets_are_an_error() {
        var document = report().assets(new Assets(d("1000.00"), d("400.00"), d("599.50"), d("800"), d("700"))).build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::rule, Finding::table, Finding::column, Finding::expected, Finding::found)
                .containsExactly(tuple("assets.identity", "assets", "total", new BigDecimal("999.50"),
                        new BigDecimal("1000.00")));
        assertThat(Bundles.zh(findings.getFirst().message()))
                .isEqualTo("资产总额为1,000.00元，但负债总额400.00元加净资产599.50元为999.50元，相差0.50元。");
    }

    @Test
    void unstated_liabilities_leave_the_assets_unjudged() {
        var document = report().assets(new Assets(d("1000.00"), null, d("600.00"), null, null)).build();

        assertThat(run(rule, document)).isEmpty();
    }
}
