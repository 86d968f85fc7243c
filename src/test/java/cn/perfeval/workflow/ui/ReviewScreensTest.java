package cn.perfeval.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.checks.ui.FindingsPanel;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ui.ReportSheet;
import cn.perfeval.review.PinAnchor;
import cn.perfeval.review.ReviewComment;
import cn.perfeval.review.ReviewComments;
import cn.perfeval.review.ui.CommentThreadPanel;
import cn.perfeval.review.ui.OpenPinsList;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import cn.perfeval.workflow.ReportWorkflow;
import cn.perfeval.workflow.ReturnTarget;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest(properties = TestDocuments.SECOND_DATABASE)
class ReviewScreensTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    ReviewComments comments;
    @Autowired
    AsUser as;

    long id;

    @BeforeEach
    void a_submitted_report_and_a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        as.run("drafter", () -> workflow.submit(id, null));
    }

    @Test
    @WithUserDetails("finance")
    void on_the_sign_off_screen_the_report_sits_beside_findings_and_thread_and_a_pin_goes_to_the_selected_row() {
        as.run("bureau", () -> workflow.pass(id, null));
        navigate("sign-off/" + id, SignOffView.class);

        SplitLayout split = find(SplitLayout.class).id("review-split");
        assertThat(descendants(split.getPrimaryComponent())).hasAtLeastOneElementOfType(ReportSheet.class);
        assertThat(descendants(split.getSecondaryComponent())).hasAtLeastOneElementOfType(FindingsPanel.class)
                .hasAtLeastOneElementOfType(CommentThreadPanel.class).hasAtLeastOneElementOfType(OpenPinsList.class);
        assertThat(find(Button.class).id("approve").isVisible()).isTrue();

        test(find(TextArea.class).id("new-comment")).setValue("医疗救助的财政拨款与批复不符");
        test(find(Button.class).id("pin-here")).click();
        assertThat(notifications()).anyMatch(t -> t.contains("请先在报告中选中一行"));
        assertThat(as.call("finance", () -> comments.thread(id)).comments()).isEmpty();

        test(find(Button.class).id("nav-income")).click();
        @SuppressWarnings("unchecked")
        Grid<ReportSheet.TableRow> income = find(Grid.class).id("income-table");
        test(income).select(1);
        test(find(Button.class).id("pin-here")).click();

        ReviewComment pin = as.call("finance", () -> comments.openPins(id)).getFirst();
        assertThat(pin.pin()).isEqualTo(PinAnchor.row("income", "21013"));
        assertThat(pin.text()).isEqualTo("医疗救助的财政拨款与批复不符");
        assertThat(find(TextArea.class).id("new-comment").getValue()).isEmpty();
        assertThat(find(H3.class).id("open-pins-title").getText()).isEqualTo("未解决的批注（1）");
        Button chip = find(Button.class).id("pin-" + pin.id());
        assertThat(chip.getText()).isEqualTo("收入表 · 21013");

        income.deselectAll();
        test(chip).click();
        ReportSheet sheet = find(ReportSheet.class).single();
        assertThat(sheet.selectedRow("income")).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("21013"));
    }

    @Test
    @WithUserDetails("finance")
    void a_reviewer_pins_a_whole_part_chosen_beside_the_button() {
        as.run("bureau", () -> workflow.pass(id, null));
        navigate("sign-off/" + id, SignOffView.class);
        test(find(TextArea.class).id("new-comment")).setValue("合计数请与决算报表核对");
        @SuppressWarnings("unchecked")
        Select<String> part = find(Select.class).id("pin-part");
        test(part).selectItem("报表合计");
        test(find(Button.class).id("pin-here")).click();
        assertThat(as.call("finance", () -> comments.openPins(id))).extracting(ReviewComment::pin)
                .containsExactly(PinAnchor.part("totals"));
        assertThat(find(Span.class).id("open-pins-count-totals").getText()).isEqualTo("报表合计 1");
    }

    @Test
    @WithUserDetails("drafter")
    void the_drafter_sees_the_open_pin_on_its_page_answers_it_and_resolves_it() {
        ReviewComment pin = as.call("bureau",
                () -> comments.pin(id, "21013 请核对", PinAnchor.row("income", "21013")));
        as.run("bureau", () -> workflow.returnReport(id, "见批注", ReturnTarget.DRAFTING));
        navigate("drafting/" + id, DraftView.class);

        assertThat(find(H3.class).id("open-pins-title").getText()).isEqualTo("未解决的批注（1）");
        assertThat(find(Span.class).id("open-pins-count-income").getText()).isEqualTo("收入表 1");
        assertThat(find(ReportSheet.class).single().selectedRow("income"))
                .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("21013"));
        assertThat(find(Button.class).withId("pin-here").exists()).isFalse();
        assertThat(find(Button.class).id("save").isVisible()).isTrue();

        test(find(Button.class).id("answer-" + pin.id())).click();
        test(find(TextArea.class).id("answer-text-" + pin.id())).setValue("已核对，与批复一致");
        test(find(Button.class).id("send-answer-" + pin.id())).click();
        assertThat(notifications()).anyMatch(t -> t.contains("回复已发送"));
        assertThat(find(Div.class).withText("已核对，与批复一致").exists()).isTrue();

        test(find(Button.class).id("resolve-" + pin.id())).click();
        assertThat(find(Span.class).id("state-" + pin.id()).getText()).startsWith("已解决（drafter，");
        assertThat(find(H3.class).id("open-pins-title").getText()).isEqualTo("未解决的批注（0）");
        assertThat(find(Button.class).withId("resolve-" + pin.id()).exists()).isFalse();
        assertThat(find(Button.class).id("reopen-" + pin.id()).isVisible()).isTrue();

        List<ReviewComment> thread = as.call("drafter", () -> comments.thread(id)).comments();
        assertThat(thread).singleElement().satisfies(c -> {
            assertThat(c.open()).isFalse();
            assertThat(c.answers()).extracting(ReviewComment::text).containsExactly("已核对，与批复一致");
        });
    }

    private static List<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(c -> descendants(c).stream())).toList();
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
