package cn.perfeval.workflow.ui;

import cn.perfeval.support.TestDocuments;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportHistoryEntry;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.identity.Colleague;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.ViewTest;
import cn.perfeval.workflow.ReportWorkflow;
import cn.perfeval.workflow.ReturnTarget;
import cn.perfeval.workflow.RouteReports;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The review screens' actions: the return dialog, 委派 / 转办 / 办结委派, withdraw, and a reviewer who came second. */
@ViewTest(properties = TestDocuments.SECOND_DATABASE)
class ReviewActionsViewTest extends SpringBrowserlessTest {

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
    @WithUserDetails("finance")
    void finance_returns_in_the_dialog_asking_for_the_corrected_report_straight_back() {
        long id = route.atFinanceSignOff();
        navigate("sign-off/" + id, SignOffView.class);
        test(find(Button.class).id("return")).click();
        assertThat(find(Dialog.class).id("return-dialog").isOpened()).isTrue();

        test(find(Button.class).id("confirm-return")).click();
        assertThat(notifications()).anyMatch(t -> t.contains("退回必须填写退回原因"));
        assertThat(find(Dialog.class).id("return-dialog").isOpened()).isTrue();
        assertThat(status(id)).isEqualTo(ReportStatus.FINANCE_REVIEW);

        test(find(TextArea.class).id("return-reason")).setValue("收入表缺 2109999 行");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReturnTarget> target = find(RadioButtonGroup.class).id("return-to");
        assertThat(target.getValue()).isEqualTo(ReturnTarget.DRAFTING);
        test(find(Checkbox.class).id("back-to-me")).click();
        test(find(Button.class).id("confirm-return")).click();

        assertThat(status(id)).isEqualTo(ReportStatus.DRAFTING);
        assertThat(find(Dialog.class).all()).noneMatch(Dialog::isOpened);
        assertThat(historyActions()).last().isEqualTo("退回（修改后直接退回财政审核）");
        assertThat(as.call("drafter", () -> workflow.submit(id, null)).status()).isEqualTo(ReportStatus.FINANCE_REVIEW);
    }

    @Test
    @WithUserDetails("bureau")
    void the_bureau_delegates_to_a_colleague_chosen_in_the_dialog_and_then_waits() {
        long id = route.inBureauReview();
        navigate("bureau-review/" + id, BureauReviewView.class);
        test(find(Button.class).id("delegate")).click();
        @SuppressWarnings("unchecked")
        ComboBox<Colleague> colleague = find(ComboBox.class).id("colleague");
        assertThat(test(colleague).getSuggestionItems()).extracting(Colleague::username)
                .contains("bureau2").doesNotContain("bureau", "drafter", "finance");
        test(colleague).selectItem("陈审核（医疗保障局）（bureau2）");
        test(find(TextArea.class).id("handover-comment")).setValue("请核对支出表");
        test(find(Button.class).id("confirm-handover")).click();

        assertThat(find(Dialog.class).all()).noneMatch(Dialog::isOpened);
        assertThat(find(Span.class).id("holder").getText()).isEqualTo("bureau 已将此任务委派给 bureau2，待其办结委派。");
        assertThat(find(Button.class).withId("pass").exists()).isFalse();
        assertThat(historyActions()).last().isEqualTo("委派 → bureau2");
    }

    @Test
    @WithUserDetails("bureau2")
    void the_colleague_resolves_a_delegated_review_and_it_goes_back_to_the_delegator() {
        long id = route.inBureauReview();
        as.run("bureau", () -> workflow.delegate(id, "bureau2", "请核对"));
        navigate("bureau-review/" + id, BureauReviewView.class);
        assertThat(find(Button.class).withId("pass").exists()).isFalse();
        assertThat(find(Button.class).withId("delegate").exists()).isFalse();
        assertThat(find(Span.class).id("holder").getText()).contains("由 bureau 委派给您");

        test(find(TextArea.class).id("comment")).setValue("已核对，无误");
        test(find(Button.class).id("resolve")).click();

        assertThat(status(id)).isEqualTo(ReportStatus.BUREAU_REVIEW);
        assertThat(find(Button.class).withId("resolve").exists()).isFalse();
        assertThat(find(Span.class).id("holder").getText()).isEqualTo("此任务现由 bureau 办理。");
        assertThat(as.call("bureau", () -> workflow.availableActions(id))).contains(ReportAction.PASS);
        ReportHistoryEntry last = as.call("bureau", () -> reports.history(id)).getLast();
        assertThat(last.action()).isEqualTo(ReportAction.RESOLVE);
        assertThat(last.comment()).isEqualTo("已核对，无误");
    }

    @Test
    @WithUserDetails("finance")
    void finance_transfers_a_review_to_a_colleague() {
        long id = route.atFinanceSignOff();
        navigate("sign-off/" + id, SignOffView.class);
        test(find(Button.class).id("transfer")).click();
        @SuppressWarnings("unchecked")
        ComboBox<Colleague> colleague = find(ComboBox.class).id("colleague");
        test(colleague).selectItem("周审核（财政局绩效股）（finance2）");
        test(find(Button.class).id("confirm-handover")).click();

        assertThat(find(Button.class).withId("approve").exists()).isFalse();
        assertThat(find(Span.class).id("holder").getText()).isEqualTo("此任务现由 finance2 办理。");
        assertThat(as.call("finance2", () -> workflow.availableActions(id))).contains(ReportAction.APPROVE);
    }

    @Test
    @WithUserDetails("drafter")
    void the_withdraw_button_shows_only_while_no_reviewer_has_acted_and_a_late_click_is_refused() {
        long id = route.inBureauReview();
        navigate("drafting/" + id, DraftView.class);
        assertThat(find(Button.class).id("withdraw").isVisible()).isTrue();

        as.run("bureau", () -> workflow.transfer(id, "bureau2", null));
        test(find(Button.class).id("withdraw")).click();
        assertThat(notifications()).anyMatch(t -> t.contains("不能撤回"));
        assertThat(find(Button.class).withId("withdraw").exists()).isFalse();
        assertThat(status(id)).isEqualTo(ReportStatus.BUREAU_REVIEW);
    }

    @Test
    @WithUserDetails("finance")
    void a_reviewer_who_acts_second_is_told_why_and_sees_the_report_as_it_is_now() {
        long id = route.atFinanceSignOff();
        navigate("sign-off/" + id, SignOffView.class);
        as.run("finance2", () -> workflow.approve(id, "同意"));

        test(find(Button.class).id("approve")).click();

        assertThat(notifications()).anyMatch(t -> t.contains("报告当前状态为“已审批待公开”"));
        assertThat(find(Button.class).withId("approve").exists()).isFalse();
        assertThat(historyActions()).last().isEqualTo("审批通过");
        assertThat(as.call("finance", () -> reports.history(id))).filteredOn(e -> e.action() == ReportAction.APPROVE)
                .extracting(ReportHistoryEntry::user).containsExactly("finance2");
    }

    /** The actions of the timeline, oldest first, as the user reads them. */
    private List<String> historyActions() {
        cn.perfeval.report.ui.HistoryList history = find(cn.perfeval.report.ui.HistoryList.class).id("history");
        List<String> actions = new java.util.ArrayList<>();
        collectActions(history, actions);
        return actions;
    }

    private static void collectActions(com.vaadin.flow.component.Component c, List<String> actions) {
        if (c instanceof com.vaadin.flow.component.html.Span span && span.hasClassName("history-action")) {
            actions.add(span.getText());
        }
        c.getChildren().forEach(child -> collectActions(child, actions));
    }

    private ReportStatus status(long id) {
        return as.call("drafter", () -> reports.summary(id)).status();
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
