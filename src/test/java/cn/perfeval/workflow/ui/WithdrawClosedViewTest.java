package cn.perfeval.workflow.ui;

import cn.perfeval.support.TestDocuments;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.ReportAction;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.ViewTest;
import cn.perfeval.workflow.ReportWorkflow;
import cn.perfeval.workflow.RouteReports;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The drafter's page says why 撤回 is no longer offered, next to the actions, instead of a button that is simply gone. */
@ViewTest(properties = TestDocuments.SECOND_DATABASE)
class WithdrawClosedViewTest extends SpringBrowserlessTest {

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
    void while_no_reviewer_has_acted_the_button_shows_and_no_explanation() {
        long id = route.inBureauReview();
        navigate("drafting/" + id, DraftView.class);

        assertThat(find(Button.class).id("withdraw").isVisible()).isTrue();
        assertThat(find(Span.class).withId("withdraw-closed").exists()).isFalse();
    }

    @Test
    @WithUserDetails("drafter")
    void once_the_bureau_has_taken_the_submission_up_the_page_says_so_instead_of_the_button() {
        long id = route.inBureauReview();
        as.run("bureau", () -> workflow.transfer(id, "bureau2", null));
        navigate("drafting/" + id, DraftView.class);

        assertThat(find(Button.class).withId("withdraw").exists()).isFalse();
        String text = find(Span.class).id("withdraw-closed").getText();
        assertThat(text).startsWith("已不能撤回：").contains("审核人已开始办理此次提交").contains("局审核中")
                .endsWith("请联系审核人退回。");
    }

    @Test
    @WithUserDetails("drafter")
    void once_the_bureau_has_passed_it_the_page_says_the_submission_was_dealt_with() {
        long id = route.atFinanceSignOff();
        navigate("drafting/" + id, DraftView.class);

        assertThat(find(Button.class).withId("withdraw").exists()).isFalse();
        assertThat(find(Span.class).id("withdraw-closed").getText()).contains("审核人已处理过此次提交");
    }

    @Test
    @WithUserDetails("drafter")
    void a_report_still_in_drafting_has_nothing_to_explain() {
        long id = route.drafting();
        navigate("drafting/" + id, DraftView.class);

        assertThat(find(Span.class).withId("withdraw-closed").exists()).isFalse();
        assertThat(find(Button.class).id("submit").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("bureau")
    void once_the_bureau_reviewer_opens_the_review_screen_the_drafter_can_no_longer_withdraw() {
        long id = route.inBureauReview();
        assertThat(as.call("drafter", () -> workflow.withdrawClosedReason(id))).isEmpty();

        navigate("bureau-review/" + id, BureauReviewView.class);

        assertThat(find(Button.class).id("pass").isVisible()).isTrue();
        assertThat(as.call("drafter", () -> workflow.availableActions(id))).doesNotContain(ReportAction.WITHDRAW);
        assertThat(as.call("drafter", () -> workflow.withdrawClosedReason(id)).orElseThrow().key())
                .isEqualTo("error.withdraw.reviewer-acted");
    }

    @Test
    @WithUserDetails("drafter")
    void once_the_bureau_has_claimed_the_review_the_drafters_page_says_so() {
        long id = route.inBureauReview();
        as.run("bureau", () -> workflow.claimReview(id));
        navigate("drafting/" + id, DraftView.class);

        assertThat(find(Button.class).withId("withdraw").exists()).isFalse();
        assertThat(find(Span.class).id("withdraw-closed").getText()).contains("已签收").contains("不能撤回");
    }
}
