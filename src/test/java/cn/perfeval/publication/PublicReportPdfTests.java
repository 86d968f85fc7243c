package cn.perfeval.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.workflow.ReportWorkflow;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@PortalTest
class PublicReportPdfTests {

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
    PublishedReports published;

    @Test
    void the_pdf_of_the_published_miyi_report_carries_its_department_year_and_income_table_as_text() throws Exception {
        int year = TestDocuments.freshYear();
        long id = publish(correctedMiyiReport(year));

        long started = System.nanoTime();
        MvcResult result = mvc.perform(get("/public/reports/" + id + ".pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn();
        long millis = (System.nanoTime() - started) / 1_000_000;
        byte[] pdf = result.getResponse().getContentAsByteArray();
        java.nio.file.Files.write(java.nio.file.Path.of("target/public-report-miyi.pdf"), pdf); // to look at
        long again = System.nanoTime();
        mvc.perform(get("/public/reports/" + id + ".pdf")).andExpect(status().isOk());
        System.out.printf("PDF of the 米易 overall report: %,d bytes, first in %d ms, again in %d ms%n", pdf.length,
                millis, (System.nanoTime() - again) / 1_000_000);

        String disposition = result.getResponse().getHeader("Content-Disposition");
        assertThat(disposition).startsWith("attachment;").contains("filename=\"report-" + id + ".pdf\"")
                .contains("filename*=UTF-8''");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
                .isEqualTo("米易县医疗保障局" + year + "年部门整体支出绩效自评报告.pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("米易县医疗保障局")
                    .contains(year + "年部门整体支出绩效自评报告")
                    .contains("一、部门基本情况").contains("二、部门资金收支情况").contains("三、部门整体绩效分析")
                    .contains("四、评价结论及建议")
                    .contains("卫生健康支出")
                    .contains("16,975,811.96")
                    .contains("20,985,541.88")
                    .contains("2109999")
                    .contains("单位：元")
                    .contains("优");
            String flat = text.replaceAll("\\s+", "");
            assertThat(flat.indexOf("收入支出及预算执行情况说明")).as("the report's own explanation, in section 二")
                    .isGreaterThan(flat.indexOf("二、部门资金收支情况"))
                    .isLessThan(flat.indexOf("三、部门整体绩效分析"));
            assertThat(flat).contains("2022年县医保局财政拨款无结转结余。")
                    .contains("财政拨款收入20,950,527.71元");
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).contains("WenQuanYiMicroHei");
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void the_explanation_of_the_figures_is_a_headed_part_of_section_two_one_paragraph_per_line() throws Exception {
        String first = "本年收入合计1,000.50元，其中：财政拨款收入1,000.50元。";
        String second = "预算执行率为100%，<未超支>。";
        long id = publish(TestDocuments.small().withNarrative(first + "\n\n" + second + "\r\n"));

        String page = published.page(id).html();
        String part = page.substring(page.indexOf("、部门资金收支情况</h2>"), page.indexOf("、评价结论及建议</h2>"));
        assertThat(part).containsPattern("<h3>（[一二三四五六]）收入支出及预算执行情况说明</h3><p>"
                + java.util.regex.Pattern.quote(first) + "</p><p>预算执行率为100%，&lt;未超支&gt;。</p>");
        try (PDDocument document = Loader.loadPDF(published.pdf(id).content())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("收入支出及预算执行情况说明" + first + second);
        }
    }

    @Test
    void the_pdf_of_a_report_that_is_not_published_is_not_found_without_and_with_a_login() throws Exception {
        long drafting = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();

        mvc.perform(get("/public/reports/" + drafting + ".pdf"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("未找到"))
                .andExpect(header().doesNotExist("Content-Disposition"));
        mvc.perform(get("/public/reports/" + drafting + ".pdf").with(httpBasic("drafter", "Perfeval#2026")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/public/reports/99999999.pdf")).andExpect(status().isNotFound());
    }

    /** The 2022 overall report of 米易 with the 13.17 yuan its income side lacks, so that it submits. */
    private ReportDocument correctedMiyiReport(int year) {
        ObjectNode doc = (ObjectNode) json.readTree(TestDocuments.fixtureText("miyi-2022-department.json"));
        doc.put("year", year);
        ArrayNode income = (ArrayNode) doc.get("income");
        for (JsonNode row : income) {
            if (row.get("code").asString().equals("210")) {
                ((ObjectNode) row).put("total", "16975811.96").put("fiscal", "16940811.96");
            }
        }
        income.add(json.createObjectNode().put("code", "21099").put("name", "其他卫生健康支出").put("total", "13.17")
                .put("fiscal", "13.17"));
        income.add(json.createObjectNode().put("code", "2109999").put("name", "其他卫生健康支出").put("total", "13.17")
                .put("fiscal", "13.17"));
        ((ObjectNode) doc.get("totals")).put("income", "20985541.88").put("incomeFiscal", "20950541.88");
        return json.treeToValue(doc, ReportDocument.class);
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
