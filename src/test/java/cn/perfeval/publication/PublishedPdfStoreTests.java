package cn.perfeval.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.workflow.ReportWorkflow;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@PortalTest
class PublishedPdfStoreTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    AsUser as;
    @Autowired
    MeterRegistry meters;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PublishedPdfs pdfs;

    @Test
    void the_pdf_is_printed_once_the_publication_is_committed_and_later_requests_get_the_stored_bytes() throws Exception {
        double before = renders();
        long id = publish(TestDocuments.small());
        pdfs.awaitPrinted();
        assertThat(renders()).isEqualTo(before + 1);
        byte[] stored = storedContent(id);

        byte[] first = pdf(id).getResponse().getContentAsByteArray();
        byte[] second = pdf(id).getResponse().getContentAsByteArray();

        assertThat(first).isEqualTo(stored);
        assertThat(second).isEqualTo(stored);
        assertThat(renders()).isEqualTo(before + 1);
        assertThat(text(first)).contains("整体支出情况良好。");
    }

    @Test
    void the_pdf_carries_an_etag_and_a_matching_if_none_match_is_answered_304_without_a_body() throws Exception {
        long id = publish(TestDocuments.small());
        MvcResult first = pdf(id);
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).startsWith("\"").endsWith("\"").hasSize(66);
        assertThat(first.getResponse().getHeader("Cache-Control")).contains("max-age=600").contains("public");

        MvcResult again = mvc.perform(get("/public/reports/" + id + ".pdf").header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", etag))
                .andReturn();
        assertThat(again.getResponse().getContentAsByteArray()).isEmpty();

        mvc.perform(get("/public/reports/" + id + ".pdf").header("If-None-Match", "\"an-older-version\""))
                .andExpect(status().isOk());
    }

    @Test
    void a_report_published_before_pdfs_were_stored_is_printed_at_its_first_request_and_stored() throws Exception {
        long id = publish(TestDocuments.small());
        pdfs.awaitPrinted();
        jdbc.update("delete from published_pdf where report_id = ?", id); // as before the store existed
        double before = renders();

        byte[] first = pdf(id).getResponse().getContentAsByteArray();
        byte[] second = pdf(id).getResponse().getContentAsByteArray();

        assertThat(renders()).isEqualTo(before + 1);
        assertThat(storedContent(id)).isEqualTo(first);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void a_report_taken_back_from_publication_and_published_again_serves_its_new_content() throws Exception {
        long id = publish(TestDocuments.small());
        pdfs.awaitPrinted();
        MvcResult old = pdf(id);
        assertThat(text(old.getResponse().getContentAsByteArray())).contains("整体支出情况良好。");

        // The route offers no way back from publication; the report module records one as it would.
        as.run("drafter", () -> reports.recordTransition(id, ReportAction.RETURN, ReportStatus.DRAFTING, "更正"));
        assertThat(jdbc.queryForObject("select count(*) from published_pdf where report_id = ?", Long.class, id))
                .isZero();
        mvc.perform(get("/public/reports/" + id + ".pdf")).andExpect(status().isNotFound());
        ObjectNode changed = (ObjectNode) json.valueToTree(as.call("drafter", () -> reports.export(id)));
        changed.put("conclusion", "更正后的评价结论。");
        long version = as.call("drafter", () -> reports.summary(id)).version();
        as.run("drafter", () -> reports.saveDraft(id, version, json.treeToValue(changed, ReportDocument.class)));
        as.run("drafter", () -> reports.recordTransition(id, ReportAction.PUBLISH, ReportStatus.PUBLISHED, null));

        MvcResult renewed = pdf(id);
        assertThat(text(renewed.getResponse().getContentAsByteArray())).contains("更正后的评价结论。")
                .doesNotContain("整体支出情况良好。");
        assertThat(renewed.getResponse().getHeader("ETag")).isNotEqualTo(old.getResponse().getHeader("ETag"));
        mvc.perform(get("/public/reports/" + id + ".pdf")
                .header("If-None-Match", old.getResponse().getHeader("ETag")))
                .andExpect(status().isOk());
    }

    private MvcResult pdf(long id) throws Exception {
        return mvc.perform(get("/public/reports/" + id + ".pdf")).andExpect(status().isOk()).andReturn();
    }

    private byte[] storedContent(long id) {
        return jdbc.queryForObject("select content from published_pdf where report_id = ?", byte[].class, id);
    }

    private double renders() {
        return meters.counter("perfeval.public.pdf.renders").count();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private long publish(ReportDocument document) {
        long id = as.call("drafter", () -> reports.importDocument(document)).id();
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));
        as.run("finance", () -> workflow.approve(id, null));
        as.run("drafter", () -> workflow.publish(id));
        return id;
    }
}
