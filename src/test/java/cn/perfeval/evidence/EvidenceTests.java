package cn.perfeval.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.audit.AuditFilter;
import cn.perfeval.audit.AuditLog;
import cn.perfeval.audit.AuditRecord;
import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.Messages;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.workflow.ReportWorkflow;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class EvidenceTests {

    static final String PASSWORD = "Perfeval#2026";
    static final int TEN_MB = 10 * 1024 * 1024;

    @Autowired
    EvidenceService evidence;
    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    AuditLog audit;
    @Autowired
    Messages messages;
    @Autowired
    AsUser as;
    @Autowired
    MockMvc mvc;

    private long drafting() {
        return as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
    }

    private String refusal(long id, String name, byte[] content) {
        try {
            as.run("drafter", () -> evidence.upload(id, name, content, null));
            throw new AssertionError(name + " was accepted");
        } catch (InvalidInputException e) {
            assertThat(e.problems()).extracting(FieldProblem::field).containsOnly("file");
            return messages.resolve(e.problems().get(0).message(), Messages.DEFAULT_LOCALE);
        }
    }

    @Test
    void pdf_images_excel_and_word_files_are_accepted_and_typed_by_their_content() {
        long id = drafting();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("拨付记录.pdf", Samples.pdf());
        files.put("现场照片.png", Samples.image("png"));
        files.put("现场照片.JPG", Samples.image("jpeg"));
        files.put("签收单.gif", Samples.image("gif"));
        files.put("截图.webp", Samples.webp());
        files.put("资金明细.xlsx", Samples.xlsx());
        files.put("资金明细（旧）.xls", Samples.xls());
        files.put("情况说明.docx", Samples.docx());
        files.put("情况说明（旧）.doc", Samples.doc());
        files.forEach((name, content) -> as.run("drafter", () -> evidence.upload(id, name, content, null)));

        List<EvidenceInfo> listed = as.call("bureau", () -> evidence.list(id));
        assertThat(listed).extracting(EvidenceInfo::fileName).containsExactlyElementsOf(files.keySet());
        assertThat(listed).extracting(EvidenceInfo::contentType).containsExactly("application/pdf", "image/png",
                "image/jpeg", "image/gif", "image/webp",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword");
        EvidenceInfo pdf = listed.get(0);
        assertThat(pdf.size()).isEqualTo(Samples.pdf().length);
        assertThat(pdf.sha256()).isEqualTo(sha256(Samples.pdf()));
        assertThat(pdf.uploadedBy()).isEqualTo("drafter");
        assertThat(pdf.round()).isEqualTo(1);
        assertThat(as.call("drafter", () -> evidence.download(id, pdf.id())).content()).isEqualTo(Samples.pdf());
    }

    @Test
    void a_renamed_program_a_disguised_file_and_other_kinds_are_refused_with_the_reason() {
        long id = drafting();
        assertThat(refusal(id, "验收报告.pdf", Samples.executable()))
                .isEqualTo("文件“验收报告.pdf”是可执行程序，不能作为佐证材料上传。");
        assertThat(refusal(id, "照片.pdf", Samples.image("png")))
                .isEqualTo("文件“照片.pdf”的扩展名（.pdf）与内容不符：内容是 PNG 文件。");
        assertThat(refusal(id, "明细.xlsx", Samples.docx()))
                .isEqualTo("文件“明细.xlsx”的扩展名（.xlsx）与内容不符：内容是 Word (.docx) 文件。");
        assertThat(refusal(id, "说明", Samples.pdf())).contains("扩展名（—）与内容不符");
        assertThat(refusal(id, "明细.xlsx", Samples.zip())).contains("不是允许的类型");
        assertThat(refusal(id, "说明.txt", "资金已拨付".getBytes())).contains("不是允许的类型");
        assertThat(refusal(id, "页面.html", "<html><script>alert(1)</script></html>".getBytes()))
                .contains("不是允许的类型");
        assertThat(refusal(id, "空.pdf", new byte[0])).isEqualTo("文件“空.pdf”是空的。");
        assertThat(as.call("drafter", () -> evidence.list(id))).isEmpty();
    }

    @Test
    void a_file_above_the_size_limit_is_refused_and_a_body_far_above_it_gets_413() throws Exception {
        long id = drafting();
        byte[] big = new byte[TEN_MB + 1];
        System.arraycopy(Samples.pdf(), 0, big, 0, Samples.pdf().length);
        assertThat(refusal(id, "扫描件.pdf", big)).isEqualTo("文件“扫描件.pdf”为 10.1 MB，超过 10 MB 的上限。");

        byte[] exactly = new byte[TEN_MB];
        System.arraycopy(Samples.pdf(), 0, exactly, 0, Samples.pdf().length);
        mvc.perform(multipart("/api/reports/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "扫描件.pdf", "application/pdf", exactly))
                        .with(httpBasic("drafter", PASSWORD)))
                .andExpect(status().isCreated());
        mvc.perform(multipart("/api/reports/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "扫描件.pdf", "application/pdf", big))
                        .with(httpBasic("drafter", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("文件“扫描件.pdf”为 10.1 MB，超过 10 MB 的上限。"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/reports/" + id + "/evidence")
                        .contentType("multipart/form-data; boundary=perfeval").content(new byte[TEN_MB + 200_000])
                        .with(httpBasic("drafter", PASSWORD)))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail").value("请求内容超过 10 MB 的上限，未作处理。"));
        // Other API bodies keep their own, smaller limit.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/reports")
                        .contentType("application/json").content(new byte[6 * 1024 * 1024])
                        .with(httpBasic("drafter", PASSWORD)))
                .andExpect(status().isContentTooLarge());
        assertThat(as.call("drafter", () -> evidence.list(id))).hasSize(1);
    }

    @Test
    void another_departments_drafter_can_neither_list_nor_download_nor_delete() throws Exception {
        long id = drafting();
        EvidenceInfo file = as.call("drafter", () -> evidence.upload(id, "拨付记录.pdf", Samples.pdf(), null));

        assertThatThrownBy(() -> as.run("drafter2", () -> evidence.list(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as.run("drafter2", () -> evidence.download(id, file.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as.run("drafter2", () -> evidence.delete(id, file.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as.run("drafter2", () -> evidence.upload(id, "x.pdf", Samples.pdf(), null)))
                .isInstanceOf(NotFoundException.class);
        for (String path : List.of("/api/reports/" + id + "/evidence", "/api/reports/" + id + "/evidence/" + file.id())) {
            mvc.perform(get(path).with(httpBasic("drafter2", PASSWORD))).andExpect(status().isNotFound());
        }
        mvc.perform(delete("/api/reports/" + id + "/evidence/" + file.id()).with(httpBasic("drafter2", PASSWORD)))
                .andExpect(status().isNotFound());
        // A file id of another report is not found through this report either.
        long other = drafting();
        assertThatThrownBy(() -> as.run("drafter", () -> evidence.download(other, file.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as.call("drafter", () -> evidence.list(id))).hasSize(1);
    }

    @Test
    void the_bureau_reviewer_downloads_but_cannot_upload_or_delete() throws Exception {
        long id = drafting();
        EvidenceInfo file = as.call("drafter", () -> evidence.upload(id, "拨付记录.pdf", Samples.pdf(), null));

        assertThat(as.call("bureau", () -> evidence.download(id, file.id())).content()).isEqualTo(Samples.pdf());
        assertThat(as.call("finance", () -> evidence.list(id))).hasSize(1);
        assertThatThrownBy(() -> as.run("bureau", () -> evidence.upload(id, "x.pdf", Samples.pdf(), null)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as.run("bureau", () -> evidence.delete(id, file.id())))
                .isInstanceOf(AuthorizationDeniedException.class);
        mvc.perform(multipart("/api/reports/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", Samples.pdf()))
                        .with(httpBasic("bureau", PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(as.call("bureau", () -> evidence.list(id))).hasSize(1);
    }

    @Test
    void once_the_report_left_drafting_files_can_no_longer_be_added_or_removed_until_it_is_back() {
        long id = drafting();
        EvidenceInfo file = as.call("drafter", () -> evidence.upload(id, "拨付记录.pdf", Samples.pdf(), null));
        as.run("drafter", () -> workflow.submit(id, null));

        assertThatThrownBy(() -> as.run("drafter", () -> evidence.upload(id, "补充.pdf", Samples.pdf(), null)))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> assertThat(
                        messages.resolve(e.localized(), Messages.DEFAULT_LOCALE))
                        .isEqualTo("报告当前状态为“局审核中”，不能再上传或删除佐证材料。"));
        assertThatThrownBy(() -> as.run("drafter", () -> evidence.delete(id, file.id())))
                .isInstanceOf(ActionRefusedException.class);
        assertThat(as.call("drafter", () -> evidence.list(id))).extracting(EvidenceInfo::fileName)
                .containsExactly("拨付记录.pdf");

        as.run("drafter", () -> workflow.withdraw(id, null));
        // Back in drafting after a withdrawal, the drafter adds files again.
        EvidenceInfo second = as.call("drafter", () -> evidence.upload(id, "补充.pdf", Samples.pdf(), null));
        assertThat(second.round()).isEqualTo(as.call("drafter", () -> reports.summary(id).round()));
        assertThat(as.call("drafter", () -> evidence.list(id))).hasSize(2);
    }

    @Test
    void uploads_and_deletions_are_written_to_the_audit_log() {
        long id = drafting();
        EvidenceInfo file = as.call("drafter", () -> evidence.upload(id, "拨付记录.pdf", Samples.pdf(), "到位情况"));
        as.run("drafter", () -> evidence.delete(id, file.id()));

        List<AuditRecord> lines = as.call("auditor", () -> audit.search(AuditFilter.ALL, 0, 200)).stream()
                .filter(r -> ("report:" + id).equals(r.object()) && r.event().startsWith("EVIDENCE_")).toList();
        assertThat(lines).extracting(AuditRecord::event).containsExactlyInAnyOrder("EVIDENCE_ADD", "EVIDENCE_REMOVE");
        assertThat(lines).extracting(AuditRecord::user).containsOnly("drafter");
        assertThat(lines).filteredOn(r -> r.event().equals("EVIDENCE_ADD")).singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("拨付记录.pdf").contains(file.sha256())
                        .contains("round 1"));
        assertThat(as.call("drafter", () -> evidence.list(id))).isEmpty();
    }

    @Test
    void the_api_lists_uploads_downloads_as_an_attachment_and_deletes() throws Exception {
        long id = drafting();
        String location = mvc.perform(multipart("/api/reports/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "拨付记录.pdf", "text/html", Samples.pdf()))
                        .param("note", "到位情况")
                        .with(httpBasic("drafter", PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value("拨付记录.pdf"))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.note").value("到位情况"))
                .andReturn().getResponse().getHeader("Location");
        assertThat(location).matches("/api/reports/" + id + "/evidence/\\d+");

        mvc.perform(get("/api/reports/" + id + "/evidence").with(httpBasic("bureau", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].fileName").value("拨付记录.pdf"))
                .andExpect(jsonPath("$[0].size").value(Samples.pdf().length))
                .andExpect(jsonPath("$[0].sha256").value(sha256(Samples.pdf())));
        mvc.perform(get(location).with(httpBasic("bureau", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("attachment"),
                        org.hamcrest.Matchers.containsString(
                                "filename*=UTF-8''%E6%8B%A8%E4%BB%98%E8%AE%B0%E5%BD%95.pdf"))))
                .andExpect(content().bytes(Samples.pdf()));
        mvc.perform(multipart("/api/reports/" + id + "/evidence").with(httpBasic("drafter", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));

        mvc.perform(delete(location).with(httpBasic("drafter", PASSWORD))).andExpect(status().isNoContent());
        mvc.perform(get(location).with(httpBasic("drafter", PASSWORD))).andExpect(status().isNotFound());
    }

    @Test
    void the_demo_report_in_drafting_carries_a_real_pdf() throws Exception {
        ReportSummary demo = as.call("drafter", () -> reports.list(2022, null, ReportKind.DEPARTMENT_OVERALL))
                .getFirst();
        List<EvidenceInfo> files = as.call("drafter", () -> evidence.list(demo.id()));
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.fileName()).endsWith(".pdf");
            assertThat(f.contentType()).isEqualTo("application/pdf");
        });
        byte[] pdf = as.call("drafter", () -> evidence.download(demo.id(), files.get(0).id())).content();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("Miyi County Medical Security Bureau");
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
