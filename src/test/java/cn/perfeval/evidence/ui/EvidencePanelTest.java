package cn.perfeval.evidence.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.evidence.EvidenceInfo;
import cn.perfeval.evidence.EvidenceService;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import cn.perfeval.workflow.ReportWorkflow;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class EvidencePanelTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    EvidenceService evidence;
    @Autowired
    AsUser as;

    long id;
    byte[] pdf;

    @BeforeEach
    void a_report_in_drafting_and_a_chinese_browser() throws IOException {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        pdf = new ClassPathResource("demo/miyi-2022-evidence.pdf").getInputStream().readAllBytes();
    }

    @Test
    @WithUserDetails("drafter")
    void the_drafter_uploads_a_pdf_with_a_note_sees_it_listed_and_deletes_it_after_confirming() {
        navigate("drafting/" + id, Component.class);
        EvidencePanel panel = find(EvidencePanel.class).single();
        assertThat(panel.isEditable()).isTrue();
        assertThat(find(Span.class).id("evidence-empty").isVisible()).isTrue();

        test(find(TextField.class).id("evidence-note")).setValue("资金到位凭证");
        test(find(Upload.class).id("evidence-upload")).upload("拨付记录.pdf", "application/pdf", pdf);
        roundTrip();

        assertThat(notifications()).anyMatch(t -> t.contains("已上传“拨付记录.pdf”"));
        @SuppressWarnings("unchecked")
        Grid<EvidenceInfo> files = find(Grid.class).id("evidence-files");
        assertThat(test(files).size()).isEqualTo(1);
        EvidenceInfo listed = test(files).getRow(0);
        assertThat(listed.fileName()).isEqualTo("拨付记录.pdf");
        assertThat(listed.note()).isEqualTo("资金到位凭证");
        assertThat(test(files).getCellText(0, 2)).isEqualTo("drafter");
        assertThat(find(TextField.class).id("evidence-note").getValue()).isEmpty();

        ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
        Anchor link = (Anchor) test(files).getCellComponent(0, 0);
        assertThat(link.getId()).hasValue("evidence-download-" + listed.id());
        test(link).download(downloaded);
        assertThat(downloaded.toByteArray()).isEqualTo(pdf);

        test((Button) test(files).getCellComponent(0, 5)).click();
        test(find(ConfirmDialog.class).id("evidence-delete-confirm")).confirm();
        assertThat(notifications()).anyMatch(t -> t.contains("已删除“拨付记录.pdf”"));
        assertThat(as.call("drafter", () -> evidence.list(id))).isEmpty();
        assertThat(find(Span.class).id("evidence-empty").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("drafter")
    void a_program_renamed_as_a_pdf_is_refused_with_the_reason_and_not_listed() {
        navigate("drafting/" + id, Component.class);
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        test(find(Upload.class).id("evidence-upload")).upload("验收报告.pdf", "application/pdf", exe);
        roundTrip();

        assertThat(notifications()).anyMatch(t -> t.startsWith("文件“验收报告.pdf”是可执行程序，不能作为佐证材料上传。"));
        assertThat(as.call("drafter", () -> evidence.list(id))).isEmpty();
        assertThat(find(Span.class).id("evidence-status").getText()).isEmpty();
    }

    @Test
    @WithUserDetails("bureau")
    void the_bureau_reviewer_sees_the_files_read_only_and_downloads_them() {
        EvidenceInfo file = as.call("drafter", () -> evidence.upload(id, "拨付记录.pdf", pdf, null));
        as.run("drafter", () -> workflow.submit(id, null));

        navigate("bureau-review/" + id, Component.class);
        EvidencePanel panel = find(EvidencePanel.class).single();
        assertThat(panel.isEditable()).isFalse();
        assertThat(find(Upload.class).withId("evidence-upload").exists()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<EvidenceInfo> files = find(Grid.class).id("evidence-files");
        assertThat(files.getColumns()).hasSize(5);
        ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
        test((Anchor) test(files).getCellComponent(0, 0)).download(downloaded);
        assertThat(downloaded.toByteArray()).isEqualTo(pdf);

        navigate("reports/" + id, Component.class);
        assertThat(find(EvidencePanel.class).single().isEditable()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<EvidenceInfo> onReportPage = find(Grid.class).id("evidence-files");
        assertThat(test(onReportPage).getRow(0).fileName()).isEqualTo("拨付记录.pdf");
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
