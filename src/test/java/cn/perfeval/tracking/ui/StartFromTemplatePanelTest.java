package cn.perfeval.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.perfeval.base.Formats;
import cn.perfeval.identity.Directory;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.report.ReportTemplate;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.MovableClock;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import cn.perfeval.tracking.Deadlines;
import cn.perfeval.tracking.RoundService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** 开始填报 → 从模板新建 on the 工作台 of 米易县财政局, whose last year's report is built here. */
@ViewTest
class StartFromTemplatePanelTest extends SpringBrowserlessTest {

    static final String FINANCE = "米易县财政局";

    @Autowired
    ReportService reports;
    @Autowired
    RoundService rounds;
    @Autowired
    Directory directory;
    @Autowired
    AsUser as;
    @Autowired
    MovableClock clock;

    int year;

    @BeforeEach
    void an_open_round_for_the_finance_bureau_and_its_last_years_report() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        year = yearWithLastYearFree();
        LocalDate due = LocalDate.ofInstant(clock.instant(), Formats.ZONE).plusDays(10);
        long finance = directory.departmentNamed(FINANCE).orElseThrow().id();
        as.run("admin", () -> rounds.open(year, year + "年度财政局评价", new Deadlines(due, null, null, null),
                List.of(finance)));
        as.run("drafter2", () -> reports.importDocument(new ReportDocument(1, ReportKind.DEPARTMENT_OVERALL, year - 1,
                MoneyUnit.YUAN, new ReportDocument.DepartmentPart(FINANCE, "米易县", "行政单位", null, null), null,
                List.of(new ReportDocument.IncomeLine("201", "一般公共服务支出", new BigDecimal("80.00"), null, null)),
                null, null, null, null, null, null, null, null, null, null, null, null, null)));
    }

    @Test
    @WithUserDetails("drafter2")
    void the_drafter_starts_an_overall_report_from_the_suited_template_and_lands_on_it_with_the_structure_and_no_figures() {
        UI.getCurrent().navigate("");
        test(find(Button.class).id("start-" + year)).click();
        RadioButtonGroup<StartReportPanel.Choice> from = choices();
        assertThat(find(Component.class).withId("start-template").exists()).isFalse();

        test(from).selectItem("从模板新建（评分表、绩效指标框架、部门基本信息）");

        assertThat(find(Component.class).id("start-template").isVisible()).isTrue();
        Select<ReportTemplate> framework = frameworks();
        assertThat(framework.getItemLabelGenerator().apply(framework.getValue()))
                .isEqualTo("县级部门整体支出绩效评价指标体系（本类报告适用）");
        assertThat(find(TextField.class).withId("start-template-project").exists()).isFalse();

        test(find(Button.class).id("start-confirm")).click();

        ReportSummary created = as.call("drafter2", () -> reports.list(year, null, null)).getFirst();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("drafting/" + created.id());
        ReportDocument doc = as.call("drafter2", () -> reports.export(created.id()));
        assertThat(doc.income()).extracting(ReportDocument.IncomeLine::code, ReportDocument.IncomeLine::total)
                .containsExactly(tuple("201", null));
        assertThat(doc.scoring().framework()).isEqualTo("县级部门整体支出绩效评价指标体系");
        assertThat(doc.indicators()).extracting(ReportDocument.Indicator::level2).contains("数量指标", "服务对象满意度指标");
    }

    @Test
    @WithUserDetails("drafter2")
    void a_project_report_from_a_template_asks_for_the_project_name_before_it_is_created() {
        UI.getCurrent().navigate("");
        test(find(Button.class).id("start-" + year)).click();
        test(choices()).selectItem("从模板新建（评分表、绩效指标框架、部门基本信息）");
        @SuppressWarnings("unchecked")
        Select<ReportKind> kind = find(Select.class).id("start-template-kind");
        test(kind).selectItem("项目支出绩效自评");
        TextField project = find(TextField.class).id("start-template-project");
        assertThat(project.isVisible()).isTrue();
        assertThat(frameworks().getValue().framework()).isEqualTo("项目支出绩效自评指标体系（财预〔2020〕10号）");

        test(find(Button.class).id("start-confirm")).click();
        assertThat(project.isInvalid()).isTrue();
        assertThat(project.getErrorMessage()).isEqualTo("请填写项目名称。");
        assertThat(as.call("drafter2", () -> reports.list(year, null, ReportKind.PROJECT))).isEmpty();

        test(project).setValue("乡村道路养护");
        test(find(Button.class).id("start-confirm")).click();

        ReportSummary created = as.call("drafter2", () -> reports.list(year, null, ReportKind.PROJECT)).getFirst();
        assertThat(created.project()).isEqualTo("乡村道路养护");
        assertThat(find(Notification.class).all()).anyMatch(n -> test(n).getText()
                .contains("项目支出绩效自评（乡村道路养护）已创建"));
    }

    @Test
    @WithUserDetails("drafter2")
    void every_control_of_the_dialog_can_be_reached_with_the_keyboard() {
        UI.getCurrent().navigate("");
        Button start = find(Button.class).id("start-" + year);
        assertThat(start.isEnabled()).isTrue();
        assertThat(start.getElement().getAttribute("tabindex")).isNotEqualTo("-1");
        test(start).click();
        test(choices()).selectItem("从模板新建（评分表、绩效指标框架、部门基本信息）");
        List<Component> controls = List.of(choices(), find(Select.class).id("start-template-kind"), frameworks(),
                find(Button.class).id("start-cancel"), find(Button.class).id("start-confirm"));
        assertThat(controls).allSatisfy(c -> {
            assertThat(c.isVisible()).isTrue();
            assertThat(c.getElement().isEnabled()).isTrue();
            assertThat(c.getElement().getAttribute("tabindex")).isNotEqualTo("-1");
        });
        assertThat(choices().getAriaLabel()).hasValueSatisfying(label -> assertThat(label).contains("开始填报"));
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<StartReportPanel.Choice> choices() {
        return find(RadioButtonGroup.class).id("start-from");
    }

    @SuppressWarnings("unchecked")
    private Select<ReportTemplate> frameworks() {
        return find(Select.class).id("start-template-framework");
    }

    private int yearWithLastYearFree() {
        for (int tries = 0; tries < 100; tries++) {
            int candidate = TestDocuments.freshYear();
            boolean roundFree = as.call("admin", () -> rounds.list()).stream().noneMatch(r -> r.year() == candidate);
            if (candidate > 2000 && roundFree
                    && as.call("drafter2", () -> reports.list(candidate - 1, null, null)).isEmpty()
                    && as.call("drafter2", () -> reports.list(candidate, null, null)).isEmpty()) {
                return candidate;
            }
        }
        throw new IllegalStateException("no two free years in a row");
    }
}
