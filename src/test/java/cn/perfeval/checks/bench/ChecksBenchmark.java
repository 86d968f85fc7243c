package cn.perfeval.checks.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Checker;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.BudgetLine;
import cn.perfeval.report.ReportDocument.Deduction;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.Funds;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportDocument.Project;
import cn.perfeval.report.ReportDocument.Scoring;
import cn.perfeval.report.ReportDocument.ScoringItem;
import cn.perfeval.report.ReportDocument.ThreeLines;
import cn.perfeval.report.ReportDocument.ThreePublicExpenses;
import cn.perfeval.report.ReportDocument.Totals;
import cn.perfeval.report.ReportKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long the standard checks take on a large, consistent report: 1,000 rows in each of the
 * income and expenditure tables (10 类, 90 款, 900 项), plus budget items, 三公经费, projects
 * with indicators and a scoring table. Run with {@code ./mvnw -Pbench test}; prints the mean
 * and the 99th percentile per run.
 */
@Tag("benchmark")
class ChecksBenchmark {

    private static final int LEI = 10;
    private static final int KUAN_PER_LEI = 9;
    private static final int XIANG_PER_KUAN = 10;
    private static final int WARM_UP_RUNS = 3_000;
    private static final int MEASURED_RUNS = 5_000;

    @Test
    void the_standard_checks_on_a_report_of_1000_rows() {
        ReportDocument document = generate(new Random(2022));
        assertThat(document.income()).hasSize(1_000);
        assertThat(document.expenditure()).hasSize(1_000);
        Checker checker = Checker.standard();

        List<Finding> findings = checker.check(document, CheckSettings.DEFAULTS);
        assertThat(findings).noneMatch(Finding::blocks);

        Timing.Result timing = Timing.measure(WARM_UP_RUNS, MEASURED_RUNS,
                () -> checker.check(document, CheckSettings.DEFAULTS).size());
        System.out.printf("checks on 1,000 rows per table: mean %.3f ms, p99 %.3f ms per run (%d runs, %d findings)%n",
                timing.mean(), timing.p99(), timing.runs(), timing.perRun());
    }

    /** A report whose figures all agree: every total is the sum of its parts, income equals expenditure. */
    static ReportDocument generate(Random random) {
        List<IncomeLine> income = new ArrayList<>();
        List<ExpenditureLine> expenditure = new ArrayList<>();
        BigDecimal[] grand = zeros(4);
        for (int l = 0; l < LEI; l++) {
            String lei = String.valueOf(201 + l);
            BigDecimal[] leiSum = zeros(4);
            int leiAt = income.size();
            income.add(null);
            expenditure.add(null);
            for (int k = 0; k < KUAN_PER_LEI; k++) {
                String kuan = lei + String.format("%02d", k + 1);
                BigDecimal[] kuanSum = zeros(4);
                int kuanAt = income.size();
                income.add(null);
                expenditure.add(null);
                for (int x = 0; x < XIANG_PER_KUAN; x++) {
                    String xiang = kuan + String.format("%02d", x + 1);
                    BigDecimal fiscal = cents(random, 5_000_000);
                    BigDecimal other = random.nextInt(4) == 0 ? cents(random, 100_000) : BigDecimal.ZERO.setScale(2);
                    BigDecimal total = fiscal.add(other);
                    BigDecimal basic = total.multiply(BigDecimal.valueOf(random.nextInt(101)))
                            .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.DOWN);
                    BigDecimal project = total.subtract(basic);
                    income.add(new IncomeLine(xiang, "项" + xiang, total, fiscal, other));
                    expenditure.add(new ExpenditureLine(xiang, "项" + xiang, total, basic, project));
                    add(kuanSum, fiscal, other, basic, project);
                }
                set(income, expenditure, kuanAt, kuan, kuanSum);
                add(leiSum, kuanSum[0], kuanSum[1], kuanSum[2], kuanSum[3]);
            }
            set(income, expenditure, leiAt, lei, leiSum);
            add(grand, leiSum[0], leiSum[1], leiSum[2], leiSum[3]);
        }
        BigDecimal incomeTotal = grand[0].add(grand[1]);
        Totals totals = new Totals(incomeTotal, grand[0], grand[1], incomeTotal, grand[2], grand[3],
                BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

        List<BudgetLine> budget = List.of(
                new BudgetLine("人员类项目", new BigDecimal("3276800.00"), new BigDecimal("3449800.00"), new BigDecimal("3449800.00")),
                new BudgetLine("运转类项目", new BigDecimal("386800.00"), new BigDecimal("384800.00"), new BigDecimal("384800.00")),
                new BudgetLine("特定目标类项目", new BigDecimal("600000.00"), null, new BigDecimal("590000.00")));
        ThreePublicExpenses three = new ThreePublicExpenses(
                new ThreeLines(BigDecimal.ZERO, new BigDecimal("20000.00"), new BigDecimal("15000.00")),
                new ThreeLines(BigDecimal.ZERO, new BigDecimal("18000.00"), new BigDecimal("14300.00")), 9, 112);
        List<Indicator> indicators = List.of(
                new Indicator("产出指标", "数量指标", "资助参保人次数", "≥21575人", "21575人", new BigDecimal("20"), new BigDecimal("20"), null),
                new Indicator("产出指标", "质量指标", "住院救助比例", "≥70%", "80%", new BigDecimal("15"), new BigDecimal("15"), null),
                new Indicator("产出指标", "时效指标", "办结时限", "10个工作日内", "8个工作日", new BigDecimal("15"), new BigDecimal("15"), null),
                new Indicator("效益指标", "社会效益指标", "看病就医方便程度", "明显提高", "明显提高", new BigDecimal("30"), new BigDecimal("27"), null),
                new Indicator("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥95%", "98%", new BigDecimal("10"), new BigDecimal("10"), null));
        List<Project> projects = List.of(new Project("城乡医疗救助补助资金",
                new Funds(new BigDecimal("11468100.00"), new BigDecimal("0.00")),
                new Funds(new BigDecimal("11468100.00"), new BigDecimal("0.00")), "持续做好困难群众参保资助工作", indicators));
        List<ScoringItem> items = List.of(
                new ScoringItem(List.of("部门预算项目绩效管理"), new BigDecimal("40"), new BigDecimal("38"), null, null),
                new ScoringItem(List.of("专项预算项目绩效管理"), new BigDecimal("40"), new BigDecimal("39"), null, null),
                new ScoringItem(List.of("绩效结果应用"), new BigDecimal("10"), new BigDecimal("10"), null, null),
                new ScoringItem(List.of("自评质量"), new BigDecimal("10"), new BigDecimal("10"), null, null));
        Scoring scoring = new Scoring("县级部门整体支出绩效评价指标体系", items,
                List.of(new Deduction("被评价单位配合评价工作情况", new BigDecimal("10"), BigDecimal.ZERO)), new BigDecimal("97"), "优");

        return new ReportDocument(ReportDocument.FORMAT_VERSION, ReportKind.DEPARTMENT_OVERALL, 2022, MoneyUnit.YUAN,
                null, null, income, expenditure, totals, budget, three, null, indicators, projects, scoring, null, null,
                null, null, null);
    }

    private static BigDecimal cents(Random random, int maxYuan) {
        return BigDecimal.valueOf(random.nextLong(maxYuan * 100L), 2);
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] values = new BigDecimal[n];
        Arrays.fill(values, BigDecimal.ZERO.setScale(2));
        return values;
    }

    /** fiscal, other, basic, project */
    private static void add(BigDecimal[] sum, BigDecimal fiscal, BigDecimal other, BigDecimal basic, BigDecimal project) {
        sum[0] = sum[0].add(fiscal);
        sum[1] = sum[1].add(other);
        sum[2] = sum[2].add(basic);
        sum[3] = sum[3].add(project);
    }

    private static void set(List<IncomeLine> income, List<ExpenditureLine> expenditure, int at, String code,
            BigDecimal[] sum) {
        BigDecimal total = sum[0].add(sum[1]);
        income.set(at, new IncomeLine(code, "科目" + code, total, sum[0], sum[1]));
        expenditure.set(at, new ExpenditureLine(code, "科目" + code, total, sum[2], sum[3]));
    }
}
