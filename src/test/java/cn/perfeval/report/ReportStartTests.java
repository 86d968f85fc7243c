package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.audit.AuditFilter;
import cn.perfeval.audit.AuditLog;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** 开始填报: a new report of the year from last year's report of the same kind, or empty. */
@PortalTest(properties = TestDocuments.SECOND_DATABASE)
class ReportStartTests {

    @Autowired
    ReportService reports;
    @Autowired
    AuditLog audit;
    @Autowired
    AsUser as;

    @Test
    void a_report_started_from_last_years_keeps_its_structure_and_leaves_the_figures_of_the_year_to_fill() {
        int year = yearWithLastYearFree();
        ReportDocument small = TestDocuments.small(year - 1);
        ReportDocument last = new ReportDocument(small.formatVersion(), small.kind(), small.year(), small.unit(),
                small.department(), small.mainTasks(), small.income(), small.expenditure(), small.totals(),
                List.of(new ReportDocument.BudgetLine("基本支出", new BigDecimal("10.00"), new BigDecimal("12.00"),
                        new BigDecimal("11.00"))),
                null, null,
                List.of(new Indicator("产出指标", "数量指标", "救助人次", "≥1000人次", "1200人次", new BigDecimal("10"),
                        new BigDecimal("9"), "无")),
                null, null, small.conclusion(), "问题", "建议", "应用", small.publication(), null,
                "本年收入合计1,000.50元。");
        long lastId = as.call("drafter", () -> reports.importDocument(last)).id();

        ReportSummary started = as.call("drafter", () -> reports.start(year, lastId));

        assertThat(started.year()).isEqualTo(year);
        assertThat(started.kind()).isEqualTo(ReportKind.DEPARTMENT_OVERALL);
        assertThat(started.status()).isEqualTo(ReportStatus.DRAFTING);
        ReportDocument now = as.call("drafter", () -> reports.export(started.id()));
        assertThat(now.department()).isEqualTo(last.department());
        assertThat(now.mainTasks()).isEqualTo(last.mainTasks());
        assertThat(now.income()).extracting(ReportDocument.IncomeLine::code, ReportDocument.IncomeLine::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("210", "卫生健康支出"),
                        org.assertj.core.groups.Tuple.tuple("21013", "医疗救助"));
        assertThat(now.income()).allSatisfy(r -> assertThat(r.total()).isNull());
        assertThat(now.expenditure()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("卫生健康支出");
            assertThat(r.total()).isNull();
        });
        assertThat(now.budget()).singleElement().satisfies(b -> {
            assertThat(b.item()).isEqualTo("基本支出");
            assertThat(b.executed()).isNull();
        });
        assertThat(now.indicators()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("救助人次");
            assertThat(i.target()).isEqualTo("≥1000人次");
            assertThat(i.actual()).isNull();
            assertThat(i.score()).isNull();
            assertThat(i.deviationReason()).isNull();
        });
        assertThat(now.conclusion()).isNull();
        assertThat(now.narrative()).as("last year's explanation of last year's figures").isNull();
        assertThat(as.call("drafter", () -> reports.export(lastId)).narrative()).isEqualTo("本年收入合计1,000.50元。");
        assertThat(now.problems()).isNull();
        assertThat(as.call("drafter", () -> reports.export(lastId)).income().getFirst().total())
                .isEqualByComparingTo("1000.50");
        assertThat(as.call("auditor", () -> audit.search(new AuditFilter("drafter", "REPORT_CREATE", null, null, null),
                0, 50))).anySatisfy(line -> assertThat(line.object()).isEqualTo("report:" + started.id()));
    }

    @Test
    void an_empty_start_is_a_department_overall_report_in_drafting_with_only_the_department_filled() {
        int year = TestDocuments.freshYear();
        ReportSummary started = as.call("drafter", () -> reports.start(year, null));

        assertThat(started.kind()).isEqualTo(ReportKind.DEPARTMENT_OVERALL);
        assertThat(started.department()).isEqualTo(TestDocuments.MEDICAL);
        ReportDocument now = as.call("drafter", () -> reports.export(started.id()));
        assertThat(now.department().name()).isEqualTo(TestDocuments.MEDICAL);
        assertThat(now.income()).isNullOrEmpty();
        assertThat(now.conclusion()).isNull();
    }

    @Test
    void another_departments_report_cannot_be_the_starting_point_and_only_drafters_start_reports() {
        int year = yearWithLastYearFree();
        long medical = as.call("drafter", () -> reports.importDocument(TestDocuments.small(year - 1))).id();

        assertThatThrownBy(() -> as.call("drafter2", () -> reports.start(year, medical)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as.call("bureau", () -> reports.start(year, medical)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as.call("drafter", () -> reports.list(year, null, null))).isEmpty();
        assertThat(as.call("drafter", () -> reports.startingPoints(year))).extracting(ReportSummary::id)
                .contains(medical);
        assertThat(as.call("drafter2", () -> reports.startingPoints(year))).extracting(ReportSummary::id)
                .doesNotContain(medical);
    }

    /** A year without a report of 米易县医疗保障局 whose year before has none either. */
    private int yearWithLastYearFree() {
        for (int tries = 0; tries < 100; tries++) {
            int year = TestDocuments.freshYear();
            if (year > 2000 && as.call("drafter", () -> reports.list(year - 1, null, null)).isEmpty()) {
                return year;
            }
        }
        throw new IllegalStateException("no two free years in a row");
    }
}
