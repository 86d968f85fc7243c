package cn.perfeval.checks.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Checker;
import cn.perfeval.checks.core.prose.ProseRule;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.BudgetLine;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportDocument.ThreeLines;
import cn.perfeval.report.ReportDocument.ThreePublicExpenses;
import cn.perfeval.report.ReportDocument.Totals;
import cn.perfeval.report.ReportKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long the prose checks take on a report whose texts hold 20,000 characters, dense with
 * figures, breakdowns, shares, changes, rates and classification names. Each run checks a fresh
 * document (the texts are read once per document, so the same one again would skip the reading).
 * Run with {@code ./mvnw -Pbench test}; prints the mean and the 99th percentile per run.
 */
@Tag("benchmark")
class ProseChecksBenchmark {

    private static final int CHARACTERS = 20_000;
    private static final int WARM_UP_RUNS = 2_000;
    private static final int MEASURED_RUNS = 2_000;

    private static final String PARAGRAPHS = """
            2022年县医保局资金收入总额为20,985,528.71元。其中:财政拨款收入20,950,527.71元,其他收入(2019年市局拨基金监管经费)35,000元,明细请参见下表：
            2022年县医保局财政资金收入总额为20,985,528.71元。其中:基本支出3,834,539.09元,项目支出17,151,002.79元(含2019年市局拨基金监管经费-非本级财政拨款35,000元)。
            2022年人员类预算327.68万元，截至12月，共计追加预算17.30万元。其中:因调资等追加基本工资、津贴、奖金16.67万元，目标绩效及年终一次性奖金公务员奖励等2.03万元，乡镇工作补贴1.07万元，其他社会保障缴费0.49万元，其他对个人和家庭补助0.11万元，追减职工住房公积金3.07万元。年末支出执行344.98万元，严格执行相关政策。预算执行进度100%，全面完成预算目标。
            2022年 “三公”经费支出1.43万元，其中 ：公务接待费1.43万元，国内公务接待批次9批次，接待112人次。比上年增加443.75%。
            资助参保人数21575人，支出495.5万元；门诊救助2355人次，支出96.3万元；住院救助7881人次，支出486.91万元，合计医疗救助支出1078.71万元，剩余334.04万元（含省级下达2022年资助参保部分）。
            2022年本年支出合计2098.55万元，其中：基本支出383.45万元，占18.27%；项目支出1715.10万元，占81.73%。与2021年相比，支出合计减少867.8万元，下降74.6%。
            人员类项目年初预算327.68万元，调整预算344.98万元，执行344.98万元，预算执行率100.00%。项目全年预算数20万元，执行数为14.4万元，完成预算的72%。
            按功能分类，社会保障和就业支出181.11万元，卫生健康（类）支出1,697.58万元；2080501行政单位离退休 1.58万元，行政单位医疗（项）17.92万元。
            """;

    @Test
    void the_prose_checks_on_a_report_of_20000_characters_of_text() {
        StringBuilder text = new StringBuilder();
        while (text.length() < CHARACTERS) {
            text.append(PARAGRAPHS);
        }
        text.setLength(CHARACTERS);
        ReportDocument document = new ReportDocument(ReportDocument.FORMAT_VERSION, ReportKind.DEPARTMENT_OVERALL, 2022,
                MoneyUnit.YUAN, null, null,
                java.util.List.of(in("208", "社会保障和就业支出", "1811101.92"), in("2080501", "行政单位离退休", "15806.00"),
                        in("210", "卫生健康支出", "16975798.79")),
                java.util.List.of(out("208", "社会保障和就业支出", "1811101.92"), out("2080501", "行政单位离退休", "15806.00"),
                        out("210", "卫生健康支出", "16975811.96"), out("2101101", "行政单位医疗", "179147.97")),
                new Totals(new BigDecimal("20985528.71"), new BigDecimal("20950528.71"), new BigDecimal("35000.00"),
                        new BigDecimal("20985541.88"), new BigDecimal("3834539.09"), new BigDecimal("17151002.79"),
                        BigDecimal.ZERO, BigDecimal.ZERO),
                java.util.List.of(new BudgetLine("人员类项目", new BigDecimal("3276800.00"), new BigDecimal("3449800.00"),
                        new BigDecimal("3449800.00"))),
                new ThreePublicExpenses(null, new ThreeLines(BigDecimal.ZERO, BigDecimal.ZERO,
                        new BigDecimal("14300.00")), 9, 112),
                null, null, null, null, text.toString(), null, null, null, null);
        Checker checker = new Checker(ProseRule.all());
        int findings = checker.check(document, CheckSettings.DEFAULTS).size();
        assertThat(findings).isPositive();

        Timing.Result timing = Timing.measure(WARM_UP_RUNS, MEASURED_RUNS,
                () -> checker.check(copyOf(document), CheckSettings.DEFAULTS).size());
        System.out.printf("prose checks on %,d characters of text: mean %.3f ms, p99 %.3f ms per run (%d runs, %d findings)%n",
                CHARACTERS, timing.mean(), timing.p99(), timing.runs(), timing.perRun());
    }

    private static IncomeLine in(String code, String name, String total) {
        return new IncomeLine(code, name, new BigDecimal(total), new BigDecimal(total), BigDecimal.ZERO);
    }

    private static ExpenditureLine out(String code, String name, String total) {
        return new ExpenditureLine(code, name, new BigDecimal(total), new BigDecimal(total), BigDecimal.ZERO);
    }

    /** The same content as a new document: the checks read its texts again. */
    private static ReportDocument copyOf(ReportDocument d) {
        return new ReportDocument(d.formatVersion(), d.kind(), d.year(), d.unit(), d.department(), d.mainTasks(),
                d.income(), d.expenditure(), d.totals(), d.budget(), d.threePublicExpenses(), d.assets(), d.indicators(),
                d.projects(), d.scoring(), d.conclusion(), d.problems(), d.suggestions(), d.resultUse(), d.publication());
    }
}
