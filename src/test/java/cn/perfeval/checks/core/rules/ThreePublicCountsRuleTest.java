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

class ThreePublicCountsRuleTest {

    private final ThreePublicCountsRule rule = new ThreePublicCountsRule();

    private static ThreePublicExpenses reception(String amount, Integer batches, Integer persons) {
        return new ThreePublicExpenses(null, new ThreeLines(d("0"), d("0"), d(amount)), batches, persons);
    }

    @Test
    void reception_with_batches_and_persons_has_no_finding() {
        assertThat(run(rule, report().threePublicExpenses(reception("14300.00", 9, 112)).build())).isEmpty();
        assertThat(run(rule, report().threePublicExpenses(reception("0.00", 0, 0)).build())).isEmpty();
        assertThat(run(rule, report().threePublicExpenses(reception("14300.00", null, null)).build())).isEmpty();
    }

    @Test
    void reception_spending_with_no_batch_or_no_person_is_an_error() {
        List<Finding> findings = run(rule, report().threePublicExpenses(reception("14300.00", 0, 0)).build());

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::row, Finding::column,
                Finding::expected, Finding::found).containsExactly(
                        tuple("three-public.counts", Severity.ERROR, "reception", "receptionBatches", BigDecimal.ONE,
                                BigDecimal.ZERO),
                        tuple("three-public.counts", Severity.ERROR, "reception", "receptionPersons", BigDecimal.ONE,
                                BigDecimal.ZERO));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo("公务接待费支出14,300.00元，但接待批次填为0，请核对。");
    }

    @Test
    void more_batches_than_persons_is_an_error() {
        List<Finding> findings = run(rule, report().threePublicExpenses(reception("14300.00", 12, 9)).build());

        assertThat(findings).extracting(Finding::column, Finding::expected, Finding::found)
                .containsExactly(tuple("receptionBatches", new BigDecimal("9"), new BigDecimal("12")));
        assertThat(Bundles.zh(findings.getFirst().message()))
                .isEqualTo("公务接待12批次，但只接待9人次，批次不应多于人次，请核对。");
    }
}
