package cn.perfeval.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.base.Messages;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.ProjectScore;
import cn.perfeval.checks.core.Score;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Funds;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportDocument.Project;
import cn.perfeval.report.ReportDocument.Scoring;
import cn.perfeval.report.ReportDocument.ScoringItem;
import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every kind of report gets a score by its framework: the one it names, its kind's, or its own table. */
@cn.perfeval.support.PortalTest
class ReportScoringTests {

    @Autowired
    ReportChecks checks;
    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;
    @Autowired
    Messages messages;

    private static BigDecimal d(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static Indicator indicator(String level1, String name, String target, String actual, String weight,
            String score) {
        return new Indicator(level1, null, name, target, actual, d(weight), d(score), null);
    }

    /** Execution 80 of 100 (8 of 10 points), 产出 50 met, 效益 30 scored 27, 满意度 10 met: 95. */
    private static Project project(String name) {
        return new Project(name, new Funds(d("100.00"), d("0")), new Funds(d("80.00"), d("0")), "目标",
                List.of(indicator("产出指标", "救助人次", "≥100人次", "120人次", "50", "50"),
                        indicator("效益指标", "就医负担", "有效缓解", "有效缓解", "30", "27"),
                        indicator("满意度指标", "满意度", "≥90%", "95%", "10", "10")));
    }

    private static ReportDocument document(ReportKind kind, Scoring scoring, Project... projects) {
        return new ReportDocument(1, kind, 2031, MoneyUnit.WAN_YUAN, null, null, null, null, null, null, null, null,
                null, List.of(projects), scoring, null, null, null, null, null);
    }

    @Test
    void a_project_report_naming_no_framework_is_scored_by_the_project_framework_of_the_settings() {
        CheckReport report = as.call("drafter", () -> checks.check(document(ReportKind.PROJECT, null, project("医疗救助"))));

        assertThat(report.score()).map(Score::total).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("95"));
        assertThat(report.score()).map(Score::grade).contains("优");
    }

    @Test
    void a_transfer_payment_report_naming_no_framework_is_scored_by_the_transfer_payment_framework() {
        CheckReport report = as.call("drafter",
                () -> checks.check(document(ReportKind.TRANSFER_PAYMENT, null, project("城乡医疗救助"))));

        assertThat(report.score()).map(Score::total).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("95"));
        assertThat(report.findings()).noneMatch(f -> f.rule().equals("scoring.framework"));
    }

    @Test
    void an_overall_report_naming_no_framework_is_judged_by_the_department_framework_of_the_settings() {
        Scoring table = new Scoring(null, List.of(item("部门预算项目绩效管理", "40", "38"), item("专项预算项目绩效管理", "40", "36"),
                item("绩效结果应用", "10", "8"), item("自评质量", "10", "3")), List.of(), d("85"), "优");

        CheckReport report = as.call("drafter", () -> checks.check(document(ReportKind.DEPARTMENT_OVERALL, table)));

        assertThat(report.score()).contains(new Score(d("85"), "良"));
        Finding grade = report.findings().stream().filter(f -> f.rule().equals("scoring.grade")).findFirst().orElseThrow();
        assertThat(messages.resolve(grade.message(), Messages.DEFAULT_LOCALE)).contains("按本评分框架的等级划分应为“良”");
    }

    @Test
    void a_document_may_name_its_framework_by_key() {
        Scoring byKey = new Scoring("national-project-2020", List.of(), List.of(), null, null);

        CheckReport report = as.call("drafter", () -> checks.check(document(ReportKind.PROJECT, byKey, project("p"))));

        assertThat(report.score()).map(Score::total).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("95"));
        assertThat(report.findings()).noneMatch(f -> f.rule().equals("scoring.framework"));
    }

    @Test
    void a_project_report_of_an_unknown_framework_is_scored_from_its_own_table_and_warned_of_it() {
        Scoring own = new Scoring("2020年部门整体支出绩效自评指标体系", List.of(item("决策", "20", "20"), item("过程", "20", "19"),
                item("产出", "30", "30"), item("效益", "30", "30")), List.of(), d("99"), "优");

        CheckReport report = as.call("drafter", () -> checks.check(document(ReportKind.PROJECT, own, project("p"))));

        assertThat(report.score()).contains(new Score(d("99"), "优"));
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("scoring.framework"))
                .extracting(Finding::severity, Finding::table, Finding::column)
                .containsExactly(tuple(Severity.WARNING, "scoring", "framework"));
        Finding unknown = report.findings().stream().filter(f -> f.rule().equals("scoring.framework")).findFirst()
                .orElseThrow();
        assertThat(messages.resolve(unknown.message(), Messages.DEFAULT_LOCALE))
                .startsWith("报告写明的评分框架“2020年部门整体支出绩效自评指标体系”未在本系统登记：已按报告自己的评分表计分");
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void a_report_of_several_projects_scores_each_and_their_average() {
        Project weaker = new Project("医保专项工作经费", new Funds(d("100.00"), d("0")), new Funds(d("50.00"), d("0")), "目标",
                List.of(indicator("产出指标", "稽核次数", "≥10次", "8次", "50", "40"),
                        indicator("效益指标", "基金安全", "有效", "有效", "30", "30"),
                        indicator("满意度指标", "满意度", "≥90%", "95%", "10", "10")));

        CheckReport report = as.call("drafter",
                () -> checks.check(document(ReportKind.PROJECT, null, project("医疗救助"), weaker)));

        // 95, and 5 (execution 50%) + 40 + 30 + 10 = 85
        assertThat(report.projectScores()).extracting(ProjectScore::project, p -> p.score().total().intValue(),
                p -> p.score().grade()).containsExactly(tuple("医疗救助", 95, "优"), tuple("医保专项工作经费", 85, "良"));
        assertThat(report.score()).map(Score::total).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("90"));
    }

    @Test
    void a_stored_project_report_without_a_scoring_table_has_a_score() {
        ReportDocument small = TestDocuments.small();
        ReportDocument project = new ReportDocument(1, ReportKind.PROJECT, small.year(), MoneyUnit.WAN_YUAN,
                small.department(), null, null, null, null, null, null, null, null, List.of(project("医疗救助")), null,
                null, null, null, null, null);
        long id = as.call("drafter", () -> reports.importDocument(project)).id();

        assertThat(as.call("bureau", () -> checks.score(id))).map(Score::grade).contains("优");
    }

    private static ScoringItem item(String first, String max, String score) {
        return new ScoringItem(List.of(first), d(max), d(score), null, null);
    }
}
