package cn.perfeval.checks.core;

import static cn.perfeval.checks.core.Documents.in;
import static cn.perfeval.checks.core.Documents.report;
import static cn.perfeval.checks.core.Documents.totals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.report.ReportDocument;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckerTest {

    @Test
    void the_standard_checker_has_every_rule_once_with_a_stable_id() {
        assertThat(Checker.standard().rules()).extracting(Rule::id).containsExactly("tree.sum", "tree.parent",
                "tree.blank-parent", "totals.rows", "row.identity", "row.part", "amount.negative", "income.expenditure",
                "tree.one-sided", "balance", "assets.identity", "budget.execution", "projects.total",
                "three-public.budget", "three-public.budget-item", "three-public.counts", "indicator.placeholder",
                "indicator.reason",
                "indicator.over-target", "indicator.score", "indicator.qualitative", "indicator.weights",
                "scoring.item-range", "scoring.max-total", "scoring.total", "scoring.total-range", "scoring.grade",
                "scoring.target-achievement", "target.changed", "target.missing", "target.undeclared",
                "prose.figure", "prose.sum", "prose.share", "prose.change", "prose.rate");
    }

    @Test
    void every_rule_has_a_name_in_both_bundles() {
        for (Rule rule : Checker.standard().rules()) {
            assertThat(Bundles.CHINESE.getProperty("check.rule." + rule.id())).as(rule.id()).isNotBlank();
            assertThat(Bundles.ENGLISH.getProperty("check.rule." + rule.id())).as(rule.id()).isNotBlank();
        }
    }

    @Test
    void findings_come_errors_first_then_by_part_and_in_the_order_found_within_a_part() {
        Rule scrambled = new Rule() {
            @Override
            public String id() {
                return "test";
            }

            @Override
            public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
                out.add(finding(Severity.WARNING, "budget", "w1"));
                out.add(finding(Severity.ERROR, "scoring", "e1"));
                out.add(finding(Severity.ERROR, "income", "e2"));
                out.add(finding(Severity.WARNING, "income", "w2"));
                out.add(finding(Severity.ERROR, "totals", "e3"));
                out.add(finding(Severity.ERROR, "income", "e4"));
                out.add(finding(Severity.ERROR, "threePublicExpenses", "e5"));
            }
        };

        List<Finding> findings = new Checker(List.of(scrambled)).check(report().build(), CheckSettings.DEFAULTS);

        assertThat(findings).extracting(Finding::row).containsExactly("e2", "e4", "e3", "e5", "e1", "w2", "w1");
    }

    @Test
    void a_document_that_states_nothing_has_no_finding() {
        assertThat(Checker.standard().check(report().build(), CheckSettings.DEFAULTS)).isEmpty();
        ReportDocument empty = new ReportDocument(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
        assertThat(Checker.standard().check(empty, CheckSettings.DEFAULTS)).isEmpty();
    }

    @Test
    void the_approved_targets_in_the_settings_are_checked_and_without_them_nothing_is_compared() {
        var document = report().indicators(
                new ReportDocument.Indicator("产出指标", "数量指标", "资助参保人次数", "≥20000人", "21575人", null, null, null),
                new ReportDocument.Indicator("产出指标", "数量指标", "宣传活动场次", "≥3场", "3场", null, null, null))
                .build();
        var declared = new DeclaredTargets(11L, 2, List.of(
                new DeclaredTargets.Indicator("产出指标", "数量指标", "资助参保人次数", "≥21575人", new BigDecimal("20")),
                new DeclaredTargets.Indicator("产出指标", "质量指标", "住院救助比例", "≥70%", new BigDecimal("10"))));

        List<Finding> findings = Checker.standard().check(document, CheckSettings.DEFAULTS.withDeclared(declared));

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::row).containsExactly(
                tuple("target.changed", Severity.ERROR, "资助参保人次数"),
                tuple("target.missing", Severity.ERROR, "住院救助比例"),
                tuple("target.undeclared", Severity.WARNING, "宣传活动场次"));
        assertThat(Checker.standard().check(document, CheckSettings.DEFAULTS)).isEmpty();
    }

    @Test
    void rules_of_different_parts_are_ordered_together() {
        var document = report().income(in("208", null, "100.00", "90.00", "9.00"))
                .totals(totals("100.00", "91.00", "9.00", "101.00", null, null, "0", "0")).build();

        List<Finding> findings = Checker.standard().check(document, CheckSettings.DEFAULTS);

        assertThat(findings).extracting(Finding::rule, Finding::table).containsExactly(
                tuple("row.identity", "income"), tuple("totals.rows", "totals"), tuple("income.expenditure", "totals"),
                tuple("balance", "totals"));
        assertThat(findings).allMatch(Finding::blocks);
        assertThat(findings.get(2).expected()).isEqualByComparingTo(new BigDecimal("100.00"));
    }

    private static Finding finding(Severity severity, String table, String row) {
        return new Finding("test", severity, table, row, null, null, null, new LocalizedMessage("check.balance"));
    }
}
