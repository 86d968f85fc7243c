package cn.perfeval.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.ReportService;
import cn.perfeval.report.ui.ReportSheet;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Submitting and withdrawing on the report page change the status line, the action bar and the
 * history where they stand, and switch the sheet between editable and read-only without building
 * it anew: the page keeps its sheet and the part the user had open.
 */
@ViewTest(properties = TestDocuments.SECOND_DATABASE)
class ActionsInPlaceViewTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;

    long id;

    @BeforeEach
    void a_report_in_drafting_and_a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
    }

    @Test
    @WithUserDetails("drafter")
    void after_submitting_the_same_sheet_shows_the_new_status_read_only_and_the_history_has_the_submission() {
        navigate("drafting/" + id, DraftView.class);
        ReportSheet sheet = find(ReportSheet.class).single();
        test(mainTasks()).setValue("1、做好困难群众参保资助。");
        int linesBefore = historyLines().size();

        test(find(Button.class).id("submit")).click();

        assertThat(find(ReportSheet.class).single()).isSameAs(sheet);
        assertThat(sheet.isEditable()).isFalse();
        assertThat(find(Span.class).id("report-status").getText()).isEqualTo("局审核中");
        assertThat(mainTasks().isReadOnly()).isTrue();
        assertThat(mainTasks().getValue()).isEqualTo("1、做好困难群众参保资助。");
        assertThat(find(Button.class).withId("save").exists()).isFalse();
        assertThat(find(Button.class).id("withdraw").isVisible()).isTrue();
        assertThat(historyLines()).hasSize(linesBefore + 1).last().isEqualTo("提交");
    }

    @Test
    @WithUserDetails("drafter")
    void after_withdrawing_the_same_sheet_is_editable_again_and_the_history_has_the_withdrawal() {
        navigate("drafting/" + id, DraftView.class);
        ReportSheet sheet = find(ReportSheet.class).single();
        test(find(Button.class).id("submit")).click();
        assertThat(mainTasks().isReadOnly()).isTrue();

        test(find(Button.class).id("withdraw")).click();

        assertThat(find(ReportSheet.class).single()).isSameAs(sheet);
        assertThat(sheet.isEditable()).isTrue();
        assertThat(find(Span.class).id("report-status").getText()).isEqualTo("填报中");
        assertThat(mainTasks().isReadOnly()).isFalse();
        assertThat(find(Button.class).id("save").isVisible()).isTrue();
        assertThat(historyLines()).last().isEqualTo("撤回");

        test(mainTasks()).setValue("撤回后修改");
        test(find(Button.class).id("save")).click();
        assertThat(as.call("drafter", () -> reports.export(id)).mainTasks()).isEqualTo("撤回后修改");
    }

    @Test
    @WithUserDetails("drafter")
    void a_part_built_before_the_submission_shows_what_was_saved_read_only_when_opened_again() {
        navigate("drafting/" + id, DraftView.class);
        test(mainTasks()).setValue("提交前的任务");
        test(find(Button.class).id("nav-texts")).click();
        test(find(Button.class).id("submit")).click();

        test(find(Button.class).id("nav-basic")).click();
        assertThat(mainTasks().getValue()).isEqualTo("提交前的任务");
        assertThat(mainTasks().isReadOnly()).isTrue();
    }

    private TextArea mainTasks() {
        return find(TextArea.class).withLabel("年度主要工作任务").single();
    }

    private List<String> historyLines() {
        return find(Span.class).withClassName("history-action").all().stream().map(Span::getText).toList();
    }
}
