package cn.perfeval.checks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.report.ReportDocument;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published report of 米易县医疗保障局 for 2022, transcribed digit for digit with its own
 * arithmetic error kept: the expenditure side carries 21099/2109999 其他卫生健康支出 13.17 that
 * the income side lacks.
 */
class MiyiFixtureTest {

    private static final ReportDocument DEPARTMENT = Documents.resource("demo/miyi-2022-department.json");
    private static final ReportDocument TRANSFER = Documents.resource("demo/miyi-2022-transfer-payment.json");

    private final List<Finding> findings = Checker.standard().check(DEPARTMENT, CheckSettings.DEFAULTS);

    @Test
    void the_department_report_has_exactly_three_errors_all_from_the_missing_income_row() {
        List<Finding> errors = findings.stream().filter(Finding::blocks).toList();

        assertThat(errors).extracting(Finding::rule, Finding::table, Finding::row, Finding::column, Finding::expected,
                Finding::found).containsExactly(
                        tuple("income.expenditure", "expenditure", "210", "total", new BigDecimal("16975798.79"),
                                new BigDecimal("16975811.96")),
                        tuple("income.expenditure", "totals", null, "expenditure", new BigDecimal("20985528.71"),
                                new BigDecimal("20985541.88")),
                        tuple("balance", "totals", null, "closingBalance", new BigDecimal("20985528.71"),
                                new BigDecimal("20985541.88")));
    }

    @Test
    void the_row_finding_explains_the_difference_by_the_expenditure_rows_the_income_table_lacks() {
        Finding row = findings.getFirst();

        assertThat(Bundles.zh(row.message())).isEqualTo("年初、年末均无结转结余，收支应当一致：科目210 卫生健康支出的收入为"
                + "16,975,798.79元，支出为16,975,811.96元，相差13.17元。支出表有而收入表没有的科目：21099/2109999 其他卫生健康支出 "
                + "13.17（单位：元）。");
        assertThat(Bundles.en(row.message())).contains("code 210 卫生健康支出", "16,975,798.79", "16,975,811.96",
                "In the expenditure table but not in the income table: 21099/2109999 其他卫生健康支出 13.17");
    }

    @Test
    void the_total_finding_names_the_same_rows() {
        Finding total = findings.get(1);

        assertThat(Bundles.zh(total.message())).isEqualTo("年初、年末均无结转结余，收支应当一致：本年收入合计20,985,528.71元，"
                + "本年支出合计20,985,541.88元，相差13.17元。支出表有而收入表没有的科目：21099/2109999 其他卫生健康支出 13.17"
                + "（单位：元）。");
    }

    @Test
    void the_balance_finding_shows_both_sides_of_the_year() {
        assertThat(Bundles.zh(findings.get(2).message())).isEqualTo("收支不平衡：年初结转结余0.00元加本年收入20,985,528.71元为"
                + "20,985,528.71元，本年支出20,985,541.88元加年末结转结余0.00元为20,985,541.88元，相差13.17元。");
    }

    @Test
    void the_warnings_are_the_low_execution_of_the_specific_purpose_budget_and_the_figures_its_explanation_gets_wrong() {
        // The source says 执行进度100% for 特定目标类项目, but its figures are 384,800.00 of 600,000.00:
        // the paragraph was copied from 运转类项目. 64.13% is a genuine low execution rate.
        // The published explanation of the figures (narrative) types 财政拨款收入 1.00 yuan below the table, so its
        // 其中 no longer adds up to the income total; it adds the 13.17 the income table lacks to the expenditure it
        // breaks down (twice); and its 追减 of 1655.10万元 is more than the funds it lists (1651.74万元).
        List<Finding> warnings = findings.stream().filter(f -> !f.blocks()).toList();

        assertThat(warnings).extracting(Finding::rule, Finding::table, Finding::row, Finding::column, Finding::expected,
                Finding::found).containsExactly(tuple("budget.execution", "budget", "特定目标类项目", "executed",
                        new BigDecimal("600000.00"), new BigDecimal("384800.00")),
                        tuple("prose.figure", "texts", "narrative", null, new BigDecimal("20950528.71"),
                                new BigDecimal("20950527.71")),
                        tuple("prose.sum", "texts", "narrative", null, new BigDecimal("20985527.71"),
                                new BigDecimal("20985528.71")),
                        tuple("prose.sum", "texts", "narrative", null, new BigDecimal("20985541.88"),
                                new BigDecimal("20985528.71")),
                        tuple("prose.sum", "texts", "narrative", null, new BigDecimal("20950541.88"),
                                new BigDecimal("20950528.71")),
                        tuple("prose.sum", "texts", "narrative", null, new BigDecimal("16517400.00"),
                                new BigDecimal("16551000.00")));
        assertThat(Bundles.zh(warnings.getFirst().message()))
                .isEqualTo("特定目标类项目年初预算600,000.00元，执行数384,800.00元，执行率64.13%，低于90%，请说明原因。");
        assertThat(warnings.get(1).quote().figure()).isEqualTo("20,950,527.71元");
    }

    @Test
    void the_scoring_table_recomputes_to_97_and_grade_you_with_the_sichuan_template() {
        Framework sichuan = Documents.framework("frameworks/sichuan-county-department.json");

        Score score = Scorer.score(DEPARTMENT, sichuan).orElseThrow();

        assertThat(score.total()).isEqualByComparingTo("97");
        assertThat(score.grade()).isEqualTo("优");
        assertThat(DEPARTMENT.scoring().total()).isEqualByComparingTo(score.total());
    }

    @Test
    void the_transfer_payment_report_has_no_error_and_warns_of_other_funds_spent_above_budget() {
        List<Finding> transfer = Checker.standard().check(TRANSFER, CheckSettings.DEFAULTS);

        assertThat(transfer).noneMatch(Finding::blocks);
        assertThat(transfer).extracting(Finding::rule, Finding::table, Finding::row, Finding::column, Finding::expected,
                Finding::found).containsExactly(tuple("budget.execution", "projects", "城乡医疗救助", "executed.other",
                        new BigDecimal("390.78"), new BigDecimal("395.53")));
        assertThat(Bundles.zh(transfer.getFirst().message()))
                .isEqualTo("项目“城乡医疗救助”其他资金执行数395.53万元超过预算数390.78万元，超出4.75万元，请说明原因。");
    }
}
