package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.d;
import static cn.perfeval.checks.core.Documents.report;
import static cn.perfeval.checks.core.Documents.totals;
import static cn.perfeval.checks.core.rules.RuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.checks.core.Bundles;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument.Funds;
import cn.perfeval.report.ReportDocument.Project;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectsTotalRuleTest {

    private final ProjectsTotalRule rule = new ProjectsTotalRule();

    private static Project project(String name, String fiscal, String other) {
        return new Project(name, null, new Funds(d(fiscal), d(other)), null, null);
    }

    @Test
    void projects_spending_within_the_stated_project_expenditure_have_no_finding() {
        var document = report().unit(MoneyUnit.WAN_YUAN)
                .totals(totals(null, null, null, "1091.85", "1057.16", "34.69", null, null))
                .projects(project("医疗照顾", "14.40", "0"), project("城乡医疗救助", "20.00", null)).build();

        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void five_projects_spending_more_than_the_stated_project_expenditure_are_an_error() {
        // A published report: five projects spent 239.40 万元, its 项目支出 is 34.69 万元.
        var document = report().unit(MoneyUnit.WAN_YUAN)
                .totals(totals(null, null, null, "1091.85", "1057.16", "34.69", null, null))
                .projects(project("医疗照顾", "14.40", "0"), project("二老一残医疗费", "50.00", "0"),
                        project("大病医疗救助", "90.00", "0"), project("城乡医疗救助", "20.00", "0"),
                        project("城乡居民医保专项工作经费", "65.00", null))
                .build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::table, Finding::row, Finding::column,
                Finding::expected, Finding::found).containsExactly(tuple("projects.total", Severity.ERROR, "totals", null,
                        "project", new BigDecimal("34.69"), new BigDecimal("239.40")));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo("5个项目的执行数合计为239.40万元，超过填报的项目支出合计"
                + "34.69万元，多出204.71万元，请核对各项目的执行数或项目支出合计。");
    }

    @Test
    void without_a_stated_project_expenditure_or_any_executed_amount_nothing_is_judged() {
        assertThat(run(rule, report().projects(project("p", "100", "0")).build())).isEmpty();
        assertThat(run(rule, report().totals(totals(null, null, null, null, null, "1", null, null))
                .projects(new Project("p", null, null, null, null)).build())).isEmpty();
    }
}
