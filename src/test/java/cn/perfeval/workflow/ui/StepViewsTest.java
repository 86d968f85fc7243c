package cn.perfeval.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.checks.core.Finding;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ui.ReportSheet;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import cn.perfeval.workflow.OpenTask;
import cn.perfeval.workflow.ReportWorkflow;
import cn.perfeval.workflow.ReturnTarget;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.json.JsonMapper;

@ViewTest(properties = TestDocuments.SECOND_DATABASE)
class StepViewsTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    AsUser as;
    @Autowired
    JsonMapper json;

    long id;

    @BeforeEach
    void a_report_in_drafting_and_a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
    }

    @Test
    @WithUserDetails("drafter")
    void the_workbench_lists_the_drafters_task_and_opens_the_report_page() {
        navigate(WorkbenchView.class);
        @SuppressWarnings("unchecked")
        Grid<OpenTask> tasks = find(Grid.class).id("tasks");
        var grid = test(tasks);
        int row = java.util.stream.IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).report().id() == id)
                .findFirst().orElseThrow();
        assertThat(grid.getCellText(row, 3)).isEqualTo("填报");
        test((Button) grid.getCellComponent(row, 8)).click();
        assertThat(getCurrentView()).isInstanceOf(DraftView.class);
        assertThat(find(Button.class).id("submit").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("drafter")
    void the_drafter_edits_figures_and_texts_saves_them_and_submits() {
        navigate("drafting/" + id, DraftView.class);
        test(find(TextArea.class).withLabel("年度主要工作任务").single()).setValue("1、做好困难群众参保资助。");
        test(find(Button.class).id("nav-expenditure")).click();
        @SuppressWarnings("unchecked")
        Grid<Object> expenditure = find(Grid.class).id("expenditure-table");
        test((BigDecimalField) test(expenditure).getCellComponent(0, 3)).setValue(new BigDecimal("300.25"));
        test((BigDecimalField) test(expenditure).getCellComponent(0, 4)).setValue(new BigDecimal("700.25"));

        test(find(Button.class).id("save")).click();
        assertThat(notifications()).anyMatch(t -> t.contains("已保存"));
        var saved = as.call("drafter", () -> reports.export(id));
        assertThat(saved.mainTasks()).isEqualTo("1、做好困难群众参保资助。");
        assertThat(saved.expenditure().get(0).basic()).isEqualByComparingTo("300.25");
        assertThat(saved.expenditure().get(0).project()).isEqualByComparingTo("700.25");
        assertThat(find(Span.class).id("findings-summary").getText()).isEqualTo("未发现问题。");

        test(find(Button.class).id("submit")).click();
        assertThat(status()).isEqualTo(ReportStatus.BUREAU_REVIEW);
        assertThat(find(Button.class).id("withdraw").isVisible()).isTrue();
        assertThat(find(Button.class).withId("submit").exists()).isFalse();
    }

    @Test
    @WithUserDetails("drafter")
    void a_figure_that_breaks_the_sums_is_saved_shown_as_an_error_and_blocks_submission() {
        navigate("drafting/" + id, DraftView.class);
        test(find(Button.class).id("nav-income")).click();
        @SuppressWarnings("unchecked")
        Grid<Object> income = find(Grid.class).id("income-table");
        test(moneyField(test(income).getCellComponent(0, 2))).setValue(new BigDecimal("1200.75"));
        test(find(Button.class).id("save")).click();
        assertThat(as.call("drafter", () -> reports.export(id)).income().get(0).total()).isEqualByComparingTo("1200.75");
        assertThat(find(Span.class).id("findings-summary").getText()).startsWith("发现").contains("项错误");

        test(find(Button.class).id("submit")).click();
        assertThat(notifications()).anyMatch(t -> t.contains("数据校验错误"));
        assertThat(status()).isEqualTo(ReportStatus.DRAFTING);
    }

    @Test
    @WithUserDetails("drafter")
    void a_click_on_a_finding_selects_its_row_in_the_table() {
        long miyi = as.call("drafter", () -> reports.importDocument(
                TestDocuments.fixture(json, "miyi-2022-department.json", TestDocuments.freshYear()))).id();
        navigate("drafting/" + miyi, DraftView.class);
        @SuppressWarnings("unchecked")
        Grid<Finding> findings = find(Grid.class).id("findings-table");
        var tester = test(findings);
        int row210 = java.util.stream.IntStream.range(0, tester.size())
                .filter(i -> "210".equals(tester.getRow(i).row())).findFirst().orElseThrow();
        Finding finding = tester.getRow(row210);
        tester.clickRow(row210);
        ReportSheet sheet = find(ReportSheet.class).single();
        assertThat(sheet.selectedRow(finding.table())).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("210"));
    }

    @Test
    @WithUserDetails("drafter")
    void a_save_over_someone_elses_newer_save_is_refused_naming_them_and_keeps_the_input() {
        navigate("drafting/" + id, DraftView.class);
        as.run("drafter", () -> reports.saveDraft(id, reports.summary(id).version(), reports.export(id)));

        TextArea tasks = find(TextArea.class).withLabel("年度主要工作任务").single();
        test(tasks).setValue("我的修改");
        test(find(Button.class).id("save")).click();

        assertThat(test(find(ConfirmDialog.class).id("conflict-dialog")).getText()).contains("drafter 于")
                .contains("保存了此报告");
        assertThat(tasks.getValue()).isEqualTo("我的修改");
        assertThat(as.call("drafter", () -> reports.export(id)).mainTasks()).isEqualTo("1、深入实施全民参保计划。");
    }

    @Test
    @WithUserDetails("drafter")
    void a_bad_code_is_refused_with_the_row_named_and_the_input_stays() {
        navigate("drafting/" + id, DraftView.class);
        test(find(Button.class).id("nav-income")).click();
        @SuppressWarnings("unchecked")
        Grid<Object> income = find(Grid.class).id("income-table");
        TextField code = (TextField) test(income).getCellComponent(1, 0);
        test(code).setValue("210130101");
        test(find(Button.class).id("save")).click();

        assertThat(notifications()).anyMatch(t -> t.contains("收入决算 第 2 行（科目 210130101）的科目编码") && !t.contains("income["));
        assertThat(code.getValue()).isEqualTo("210130101");
        assertThat(as.call("drafter", () -> reports.export(id)).income().get(1).code()).isEqualTo("21013");
    }

    @Test
    @WithUserDetails("bureau")
    void the_bureau_cannot_return_without_a_reason_and_returns_with_one() {
        as.run("drafter", () -> workflow.submit(id, null));
        navigate("bureau-review/" + id, BureauReviewView.class);
        test(find(Button.class).id("return")).click();
        assertThat(notifications()).anyMatch(t -> t.contains("退回必须填写退回原因"));
        assertThat(status()).isEqualTo(ReportStatus.BUREAU_REVIEW);

        test(find(TextArea.class).id("comment")).setValue("职能描述不完整");
        test(find(Button.class).id("return")).click();
        assertThat(status()).isEqualTo(ReportStatus.DRAFTING);
        assertThat(find(Button.class).withId("pass").exists()).isFalse();
    }

    @Test
    @WithUserDetails("bureau")
    void the_bureau_passes_a_submitted_report() {
        as.run("drafter", () -> workflow.submit(id, null));
        navigate("bureau-review/" + id, BureauReviewView.class);
        test(find(TextArea.class).id("comment")).setValue("同意报送");
        test(find(Button.class).id("pass")).click();
        assertThat(status()).isEqualTo(ReportStatus.FINANCE_REVIEW);
        assertThat(notifications()).anyMatch(t -> t.contains("财政审核中"));
    }

    @Test
    @WithUserDetails("finance")
    void finance_returns_to_bureau_review_or_approves() {
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));
        navigate("sign-off/" + id, SignOffView.class);
        test(find(TextArea.class).id("comment")).setValue("请复核执行率");
        test(find(Button.class).id("return")).click();
        assertThat(find(TextArea.class).id("return-reason").getValue()).isEqualTo("请复核执行率");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReturnTarget> target = find(RadioButtonGroup.class).id("return-to");
        target.setValue(ReturnTarget.BUREAU_REVIEW);
        test(find(Button.class).id("confirm-return")).click();
        assertThat(status()).isEqualTo(ReportStatus.BUREAU_REVIEW);

        as.run("bureau", () -> workflow.pass(id, null));
        navigate("sign-off/" + id, SignOffView.class);
        test(find(Button.class).id("approve")).click();
        assertThat(status()).isEqualTo(ReportStatus.APPROVED);
    }

    @Test
    @WithUserDetails("finance")
    void finance_gets_no_actions_on_a_report_still_in_drafting() {
        navigate("sign-off/" + id, SignOffView.class);
        assertThat(find(Button.class).withId("approve").exists()).isFalse();
        assertThat(find(Button.class).withId("return").exists()).isFalse();
    }

    @Test
    @WithUserDetails("drafter")
    void the_drafter_publishes_an_approved_report() {
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));
        as.run("finance", () -> workflow.approve(id, null));
        navigate("publish/" + id, PublishView.class);
        test(find(Button.class).id("publish")).click();
        test(find(Button.class).id("confirm-publish")).click();
        assertThat(status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(reports.published()).extracting(ReportSummary::id).contains(id);
    }

    private ReportStatus status() {
        return as.call("drafter", () -> reports.summary(id)).status();
    }

    /** The number field of a money cell (a parent's cell also shows the sum of its children). */
    private static BigDecimalField moneyField(com.vaadin.flow.component.Component cell) {
        if (cell instanceof BigDecimalField field) {
            return field;
        }
        return cell.getChildren().filter(BigDecimalField.class::isInstance).map(BigDecimalField.class::cast)
                .findFirst().orElseThrow();
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
