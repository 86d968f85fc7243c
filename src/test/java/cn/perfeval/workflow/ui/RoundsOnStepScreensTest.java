package cn.perfeval.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ui.HistoryList;
import cn.perfeval.snapshot.ui.ChangesPanel;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import cn.perfeval.workflow.ReportWorkflow;
import cn.perfeval.workflow.ReturnTarget;
import cn.perfeval.workflow.Svg;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.beans.factory.annotation.Autowired;

@ViewTest(properties = TestDocuments.SECOND_DATABASE)
class RoundsOnStepScreensTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    AsUser as;

    long id;

    @BeforeEach
    void a_report_in_its_second_round_and_a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.returnReport(id, "结论过简", ReturnTarget.DRAFTING));
        as.run("drafter", () -> {
            ReportDocument d = reports.export(id);
            reports.saveDraft(id, reports.summary(id).version(), new ReportDocument(d.formatVersion(), d.kind(),
                    d.year(), d.unit(), d.department(), d.mainTasks(), d.income(), d.expenditure(), d.totals(),
                    d.budget(), d.threePublicExpenses(), d.assets(), d.indicators(), d.projects(), d.scoring(),
                    "整体支出情况良好，资金使用规范。", d.problems(), d.suggestions(), d.resultUse(), d.publication()));
            workflow.submit(id, "已补充");
        });
    }

    @Test
    @WithUserDetails("bureau")
    void the_bureau_review_shows_what_changed_since_round_one_the_route_and_the_timeline() {
        navigate("bureau-review/" + id, BureauReviewView.class);

        assertThat(find(ChangesPanel.class).single().isVisible()).isTrue();
        assertThat(find(H3.class).id("changes-title").getText()).isEqualTo("自第1轮以来的变化");
        Svg route = Svg.parse(find(RouteFigure.class).single().svg());
        assertThat(route.steps()).containsEntry("bureauReview", "current").containsEntry("draftReport", "passed");
        assertThat(find(HistoryList.class).single().getElement().getTextRecursively()).contains("结论过简", "第 2 轮");

        // Passing reloads the screen; the changes stay, the route moves on.
        test(find(TextArea.class).id("comment")).setValue("同意");
        test(find(Button.class).id("pass")).click();
        assertThat(find(H3.class).id("changes-title").getText()).isEqualTo("自第1轮以来的变化");
        assertThat(Svg.parse(find(RouteFigure.class).single().svg()).steps()).containsEntry("financeSignOff",
                "current");
    }

    @Test
    @WithUserDetails("finance")
    void the_finance_sign_off_compares_with_the_previous_round_for_a_reviewer_who_never_looked() {
        as.run("bureau", () -> workflow.pass(id, null));

        navigate("sign-off/" + id, SignOffView.class);

        assertThat(find(ChangesPanel.class).single().changes().fromRound()).isEqualTo(1);
        assertThat(find(ChangesPanel.class).single().changes().texts()).isNotEmpty();
    }

    @Test
    @WithUserDetails("drafter")
    void the_drafting_screen_shows_the_route_and_timeline_but_no_changes_panel() {
        as.run("drafter", () -> workflow.withdraw(id, null));

        navigate("drafting/" + id, DraftView.class);

        assertThat(find(ChangesPanel.class).exists()).isFalse();
        assertThat(Svg.parse(find(RouteFigure.class).single().svg()).steps()).containsEntry("draftReport", "current");
    }
}
