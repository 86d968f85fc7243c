package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.perfeval.audit.AuditFilter;
import cn.perfeval.audit.AuditLog;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * 从模板新建: a report of each kind started from a shipped template, for 米易县财政局 (not the demo's
 * department), its last year's overall report built here.
 */
@PortalTest(properties = TestDocuments.SECOND_DATABASE)
class ReportTemplateStartTests {

    static final String FINANCE = "米易县财政局";

    @Autowired
    ReportService reports;
    @Autowired
    AuditLog audit;
    @Autowired
    AsUser as;

    @Test
    void an_overall_report_from_the_department_template_has_the_scoring_table_the_indicator_levels_and_last_years_codes_without_figures() {
        int year = yearWithLastYearFree();
        long lastId = as.call("drafter2", () -> reports.importDocument(lastYearsOverall(year - 1))).id();
        List<ReportTemplate> offered = as.call("drafter2", () -> reports.templates(ReportKind.DEPARTMENT_OVERALL));
        assertThat(offered.getFirst().framework()).isEqualTo("县级部门整体支出绩效评价指标体系");
        assertThat(offered.getFirst().suited()).isTrue();
        assertThat(offered).hasSizeGreaterThan(1);

        ReportSummary started = as.call("drafter2", () -> reports.startFromTemplate(year,
                ReportKind.DEPARTMENT_OVERALL, null, "县级部门整体支出绩效评价指标体系"));

        assertThat(started.department()).isEqualTo(FINANCE);
        assertThat(started.kind()).isEqualTo(ReportKind.DEPARTMENT_OVERALL);
        assertThat(started.status()).isEqualTo(ReportStatus.DRAFTING);
        ReportDocument now = as.call("drafter2", () -> reports.export(started.id()));
        assertThat(now.department().name()).isEqualTo(FINANCE);
        assertThat(now.department().type()).isEqualTo("行政单位");
        assertThat(now.department().duties()).isEqualTo("统筹全县财政收支。");
        assertThat(now.income()).extracting(IncomeLine::code, IncomeLine::name)
                .containsExactly(tuple("201", "一般公共服务支出"), tuple("20106", "财政事务"));
        assertThat(now.income()).allSatisfy(r -> {
            assertThat(r.total()).isNull();
            assertThat(r.fiscal()).isNull();
        });
        assertThat(now.expenditure()).extracting(ExpenditureLine::code).containsExactly("201");
        assertThat(now.expenditure().getFirst().total()).isNull();
        assertThat(now.totals()).isNull();
        assertThat(now.indicators()).extracting(Indicator::level1, Indicator::level2)
                .contains(tuple("产出指标", "数量指标"), tuple("效益指标", "社会效益指标"),
                        tuple("满意度指标", "服务对象满意度指标"));
        assertThat(now.indicators()).allSatisfy(i -> {
            assertThat(i.name()).isEqualTo("（请填写三级指标名称）");
            assertThat(i.target()).isNull();
            assertThat(i.actual()).isNull();
            assertThat(i.weight()).isNull();
        });
        assertThat(now.scoring().framework()).isEqualTo("县级部门整体支出绩效评价指标体系");
        assertThat(now.scoring().items()).hasSize(14);
        assertThat(now.scoring().items().getFirst().path()).containsExactly("部门预算项目绩效管理", "目标管理", "目标制定");
        assertThat(now.scoring().items().getFirst().maxPoints()).isEqualByComparingTo("5");
        assertThat(now.scoring().items()).allSatisfy(i -> assertThat(i.selfScore()).isNull());
        assertThat(now.scoring().deductions()).singleElement()
                .satisfies(d -> assertThat(d.points()).isNull());
        assertThat(now.scoring().total()).isNull();
        assertThat(as.call("drafter2", () -> reports.export(lastId)).income().getFirst().total())
                .isEqualByComparingTo("500.00");
        assertThat(as.call("auditor", () -> audit.search(new AuditFilter("drafter2", "REPORT_CREATE", null, null, null),
                0, 50))).anySatisfy(line -> assertThat(line.object()).isEqualTo("report:" + started.id()));
    }

    @Test
    void a_project_report_from_the_national_project_template_names_its_project_and_sets_its_indicator_levels() {
        int year = TestDocuments.freshYear();
        List<ReportTemplate> offered = as.call("drafter2", () -> reports.templates(ReportKind.PROJECT));
        assertThat(offered.getFirst().framework()).isEqualTo("项目支出绩效自评指标体系（财预〔2020〕10号）");

        ReportSummary started = as.call("drafter2", () -> reports.startFromTemplate(year, ReportKind.PROJECT,
                " 乡村道路养护 ", offered.getFirst().framework()));

        assertThat(started.project()).isEqualTo("乡村道路养护");
        ReportDocument now = as.call("drafter2", () -> reports.export(started.id()));
        assertThat(now.kind()).isEqualTo(ReportKind.PROJECT);
        assertThat(now.department().name()).isEqualTo(FINANCE);
        assertThat(now.income()).isNullOrEmpty();
        assertThat(now.indicators()).isNullOrEmpty();
        assertThat(now.projects()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("乡村道路养护");
            assertThat(p.budget()).isNull();
            assertThat(p.indicators()).extracting(Indicator::level1, Indicator::level2)
                    .contains(tuple("产出指标", "质量指标"), tuple("效益指标", "经济效益指标"));
        });
        assertThat(now.scoring().items()).extracting(i -> i.path().getFirst(), i -> i.maxPoints().intValue())
                .containsExactly(tuple("预算执行率", 10), tuple("产出指标", 50), tuple("效益指标", 30),
                        tuple("满意度指标", 10));
    }

    @Test
    void a_transfer_payment_report_from_its_template_and_the_refusals() {
        int year = TestDocuments.freshYear();
        List<ReportTemplate> offered = as.call("drafter2", () -> reports.templates(ReportKind.TRANSFER_PAYMENT));
        assertThat(offered.getFirst().framework()).isEqualTo("转移支付区域（项目）绩效目标自评指标体系");

        ReportSummary started = as.call("drafter2", () -> reports.startFromTemplate(year,
                ReportKind.TRANSFER_PAYMENT, "城乡医疗救助", offered.getFirst().framework()));

        ReportDocument now = as.call("drafter2", () -> reports.export(started.id()));
        assertThat(now.kind()).isEqualTo(ReportKind.TRANSFER_PAYMENT);
        assertThat(now.projects()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("城乡医疗救助");
            assertThat(p.executed()).isNull();
            assertThat(p.indicators()).isNotEmpty().allSatisfy(i -> assertThat(i.actual()).isNull());
        });
        assertThat(now.scoring().framework()).isEqualTo("转移支付区域（项目）绩效目标自评指标体系");

        assertThatThrownBy(() -> as.call("drafter2", () -> reports.startFromTemplate(year, ReportKind.PROJECT, " ",
                offered.getFirst().framework()))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as.call("drafter2", () -> reports.startFromTemplate(year, ReportKind.PROJECT, "另一项目",
                "没有这个体系"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as.call("bureau", () -> reports.startFromTemplate(year, ReportKind.PROJECT, "另一项目",
                offered.getFirst().framework()))).isInstanceOf(AccessDeniedException.class);
        assertThat(as.call("drafter2", () -> reports.list(year, null, ReportKind.PROJECT))).isEmpty();
    }

    private static ReportDocument lastYearsOverall(int year) {
        return new ReportDocument(1, ReportKind.DEPARTMENT_OVERALL, year, MoneyUnit.YUAN,
                new ReportDocument.DepartmentPart(FINANCE, "米易县", "行政单位", null, "统筹全县财政收支。"),
                "1、保障重点支出。",
                List.of(new IncomeLine("201", "一般公共服务支出", new BigDecimal("500.00"), new BigDecimal("500.00"), null),
                        new IncomeLine("20106", "财政事务", new BigDecimal("500.00"), new BigDecimal("500.00"), null)),
                List.of(new ExpenditureLine("201", "一般公共服务支出", new BigDecimal("500.00"), new BigDecimal("100.00"),
                        new BigDecimal("400.00"))),
                new ReportDocument.Totals(new BigDecimal("500.00"), null, null, new BigDecimal("500.00"), null, null,
                        BigDecimal.ZERO, BigDecimal.ZERO),
                null, null, null, null, null, null, "良好。", null, null, null, "依申请公开。");
    }

    /** A year without an overall report of 米易县财政局 whose year before has none either. */
    private int yearWithLastYearFree() {
        for (int tries = 0; tries < 100; tries++) {
            int year = TestDocuments.freshYear();
            if (year > 2000 && as.call("drafter2", () -> reports.list(year - 1, null, ReportKind.DEPARTMENT_OVERALL))
                    .isEmpty() && as.call("drafter2", () -> reports.list(year, null, ReportKind.DEPARTMENT_OVERALL))
                    .isEmpty()) {
                return year;
            }
        }
        throw new IllegalStateException("no two free years in a row");
    }
}
