package cn.perfeval.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.ThreeLines;
import cn.perfeval.report.ReportDocument.ThreePublicExpenses;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.report.ui.ReportSheet;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import cn.perfeval.workflow.OpenTask;
import cn.perfeval.workflow.ReportWorkflow;
import cn.perfeval.workflow.RouteReports;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The steps that cannot be taken back ask first: 公开 with the public page to look through,
 * 批量审批 with each report's findings, score and due date, 提交 with the warnings that stand;
 * and the bar's previous / next error buttons bring each error's place into view.
 */
@ViewTest(properties = TestDocuments.SECOND_DATABASE)
class ConfirmationsViewTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    AsUser as;
    @Autowired
    RouteReports route;

    @BeforeEach
    void a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    @WithUserDetails("drafter")
    void publishing_shows_the_public_page_and_its_address_and_publishes_only_once_confirmed() {
        long id = approved();
        navigate("publish/" + id, PublishView.class);

        test(find(Button.class).id("publish")).click();
        ConfirmDialog dialog = find(ConfirmDialog.class).id("publish-confirm");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(find(Paragraph.class).id("publish-confirm-summary").getText())
                .contains("部门整体支出绩效自评报告").contains("公开后不能撤回");
        assertThat(find(Paragraph.class).id("publish-confirm-address").getText())
                .isEqualTo("公开地址：/public/reports/" + id);
        String preview = find(Html.class).all().stream().map(Html::getInnerHtml)
                .filter(h -> h.contains("report-department")).findFirst().orElseThrow();
        assertThat(preview).contains("米易县医疗保障局").contains("卫生健康支出");
        assertThat(status(id)).isEqualTo(ReportStatus.APPROVED);

        test(find(Button.class).id("confirm-publish")).click();
        assertThat(status(id)).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    @WithUserDetails("drafter")
    void a_publication_called_off_in_the_dialog_leaves_the_report_unpublished() {
        long id = approved();
        navigate("publish/" + id, PublishView.class);
        test(find(Button.class).id("publish")).click();
        ConfirmDialog dialog = find(ConfirmDialog.class).id("publish-confirm");
        test(dialog).cancel();
        assertThat(status(id)).isEqualTo(ReportStatus.APPROVED);
        assertThat(find(Button.class).id("publish").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("finance")
    void batch_sign_off_lists_each_selected_reports_findings_score_and_due_date_before_approving_any() {
        long first = route.atFinanceSignOff();
        long second = route.atFinanceSignOff();
        navigate("sign-off/batch", BatchSignOffView.class);
        @SuppressWarnings("unchecked")
        Grid<OpenTask> waiting = find(Grid.class).id("batch-reports");
        var grid = test(waiting);
        IntStream.range(0, grid.size()).filter(i -> List.of(first, second).contains(grid.getRow(i).report().id()))
                .forEach(grid::select);
        List<OpenTask> chosen = List.copyOf(waiting.getSelectedItems());

        test(find(Button.class).id("approve-batch")).click();
        assertThat(find(ConfirmDialog.class).id("batch-confirm").isOpened()).isTrue();
        assertThat(find(Paragraph.class).id("batch-confirm-text").getText()).contains("以下 2 份报告")
                .contains("不能撤回");
        @SuppressWarnings("unchecked")
        Grid<BatchSignOffView.Selected> listed = find(Grid.class).id("batch-confirm-reports");
        var list = test(listed);
        assertThat(list.size()).isEqualTo(2);
        for (int row = 0; row < 2; row++) {
            OpenTask task = list.getRow(row).task();
            assertThat(chosen).contains(task);
            assertThat(list.getCellText(row, 0)).startsWith(task.report().department())
                    .contains(task.report().year() + "年度");
            assertThat(list.getCellText(row, 1)).isEqualTo("未发现问题");
            assertThat(list.getCellText(row, 2)).matches("[0-9.]+ 分（.+）|无法计算");
            assertThat(list.getCellText(row, 3)).isEqualTo(task.due() == null ? "无" : task.due().toString());
        }
        assertThat(status(first)).isEqualTo(ReportStatus.FINANCE_REVIEW);

        test(find(Button.class).id("confirm-batch")).click();
        for (int poll = 0; poll < 10 && find(Span.class).id("batch-summary").getText().isEmpty(); poll++) {
            ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        }
        assertThat(find(Span.class).id("batch-summary").getText()).isEqualTo("已审批 2 份，跳过 0 份。");
        assertThat(status(first)).isEqualTo(ReportStatus.APPROVED);
        assertThat(status(second)).isEqualTo(ReportStatus.APPROVED);
    }

    @Test
    @WithUserDetails("drafter")
    void submitting_while_warnings_stand_names_how_many_and_submits_only_once_confirmed() {
        ReportDocument small = TestDocuments.small();
        ReportDocument overspent = new ReportDocument(small.formatVersion(), small.kind(), small.year(), small.unit(),
                small.department(), small.mainTasks(), small.income(), small.expenditure(), small.totals(), null,
                new ThreePublicExpenses(new ThreeLines(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("1000.00")),
                        new ThreeLines(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("1200.00")), null, null),
                null, null, null, null, small.conclusion(), null, null, null, small.publication());
        long id = as.call("drafter", () -> reports.importDocument(overspent)).id();
        navigate("drafting/" + id, DraftView.class);

        test(find(Button.class).id("submit")).click();
        assertThat(find(ConfirmDialog.class).id("submit-confirm").isOpened()).isTrue();
        assertThat(find(Paragraph.class).id("submit-confirm-text").getText()).contains("发现 1 项提示");
        assertThat(find(UnorderedList.class).id("submit-confirm-warnings").getChildren()
                .map(c -> ((ListItem) c).getText())).singleElement().asString().contains("接待");
        assertThat(status(id)).isEqualTo(ReportStatus.DRAFTING);

        test(find(Button.class).id("confirm-submit")).click();
        assertThat(status(id)).isEqualTo(ReportStatus.BUREAU_REVIEW);
    }

    @Test
    @WithUserDetails("drafter")
    void a_report_without_findings_is_submitted_without_a_question() {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        navigate("drafting/" + id, DraftView.class);
        test(find(Button.class).id("submit")).click();
        assertThat(find(ConfirmDialog.class).withId("submit-confirm").exists()).isFalse();
        assertThat(status(id)).isEqualTo(ReportStatus.BUREAU_REVIEW);
    }

    @Test
    @WithUserDetails("drafter")
    void the_bar_counts_the_findings_and_its_buttons_go_from_error_to_error_showing_each_ones_part() {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        ReportDocument doc = as.call("drafter", () -> reports.export(id));
        var income = doc.income();
        ReportDocument broken = new ReportDocument(doc.formatVersion(), doc.kind(), doc.year(), doc.unit(),
                doc.department(), doc.mainTasks(),
                List.of(income.get(0), new ReportDocument.IncomeLine("21013", "医疗救助", new BigDecimal("900.50"),
                        new BigDecimal("900.50"), null)),
                doc.expenditure(), doc.totals(), doc.budget(), doc.threePublicExpenses(), doc.assets(),
                doc.indicators(), doc.projects(), doc.scoring(), doc.conclusion(), doc.problems(), doc.suggestions(),
                doc.resultUse(), doc.publication());
        as.run("drafter", () -> reports.saveDraft(id, reports.summary(id).version(), broken));
        navigate("drafting/" + id, DraftView.class);
        ReportSheet sheet = find(ReportSheet.class).single();
        assertThat(sheet.shownPart()).isEqualTo("basic");

        String summary = find(Span.class).id("findings-nav-summary").getText();
        assertThat(summary).startsWith("错误 ").doesNotStartWith("错误 0");
        assertThat(find(Span.class).id("findings-nav-position").getText()).startsWith("– / ");

        test(find(Button.class).id("findings-next")).click();
        assertThat(find(Span.class).id("findings-nav-position").getText()).startsWith("1 / ");
        assertThat(sheet.shownPart()).isIn("income", "totals");
        test(find(Button.class).id("findings-prev")).click();
        String position = find(Span.class).id("findings-nav-position").getText();
        String count = position.substring(position.indexOf("/ ") + 2);
        assertThat(position).isEqualTo(count + " / " + count);
    }

    @Test
    @WithUserDetails("drafter")
    void the_side_panel_folds_away_and_back_and_the_bar_keeps_the_findings() {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        navigate("drafting/" + id, DraftView.class);
        Button toggle = find(Button.class).id("side-toggle");
        VerticalLayout side = find(VerticalLayout.class).id("step-side");
        assertThat(toggle.getText()).isEqualTo("收起检查与意见");
        assertThat(side.isVisible()).isTrue();

        test(toggle).click();
        assertThat(side.isVisible()).isFalse();
        assertThat(toggle.getText()).isEqualTo("展开检查与意见");
        assertThat(find(Span.class).id("findings-nav-summary").getText()).isEqualTo("未发现问题");

        test(toggle).click();
        assertThat(side.isVisible()).isTrue();
        assertThat(toggle.getText()).isEqualTo("收起检查与意见");
    }

    private long approved() {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));
        as.run("finance", () -> workflow.approve(id, null));
        return id;
    }

    private ReportStatus status(long id) {
        return as.call("drafter", () -> reports.summary(id)).status();
    }
}
