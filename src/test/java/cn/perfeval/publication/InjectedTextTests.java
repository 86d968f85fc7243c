package cn.perfeval.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.base.InvalidInputException;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportWorkbooks;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.workflow.ReportWorkflow;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A report whose every free text carries markup, scripts, CSS {@code url()}, images, links and
 * frames pointing at a listener on loopback, and {@code javascript:} links is published: the
 * public page and the PDF show it as text, the PDF renderer fetches nothing, and the tables
 * workbook keeps texts that start like a formula as text.
 */
@PortalTest
class InjectedTextTests {

    @Autowired
    AsUser as;
    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    PublishedReports published;
    @Autowired
    ReportWorkbooks workbooks;
    @Autowired
    JsonMapper json;

    private ServerSocket listener;
    private final AtomicInteger fetched = new AtomicInteger();

    @BeforeEach
    void a_listener_on_loopback() throws Exception {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!listener.isClosed()) {
                try (Socket ignored = listener.accept()) {
                    fetched.incrementAndGet();
                } catch (Exception e) {
                    return;
                }
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        listener.close();
    }

    private String payload() {
        String at = "http://127.0.0.1:" + listener.getLocalPort();
        return "<script>alert(1)</script><img src=\"" + at + "/img.png\" onerror=\"alert(2)\">"
                + "<link rel=\"stylesheet\" href=\"" + at + "/x.css\"><iframe src=\"" + at + "/frame\"></iframe>"
                + "<a href=\"javascript:alert(3)\">点我</a><span style=\"background:url(" + at + "/bg.png)\">背景</span>"
                + "<style>@import url(" + at + "/i.css);</style>";
    }

    @Test
    void every_text_of_a_published_report_is_shown_as_text_on_the_page_and_in_the_pdf_and_nothing_is_fetched()
            throws Exception {
        String payload = payload();
        long id = publish(carrying(payload));

        String page = published.page(id).html();
        assertThat(page).doesNotContainPattern("(?i)<(script|img|iframe|link|style|object)[\\s>]")
                .doesNotContain("href=\"javascript:").doesNotContain("style=\"background:url(")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        int shown = count(page, "&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(shown).as("texts carrying the payload on the page (the small report has five)")
                .isGreaterThanOrEqualTo(5);

        byte[] pdf = published.pdf(id).content();
        Thread.sleep(300); // a connection, had there been one, is counted by then
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("<script>alert(1)</script>").contains("javascript:alert(3)");
        }
        assertThat(fetched.get()).as("connections to the listener").isZero();
    }

    @Test
    void the_pdf_renderer_refuses_every_external_resource_even_in_markup_it_is_given() throws Exception {
        String at = "http://127.0.0.1:" + listener.getLocalPort();
        String xhtml = "<html><head><link rel=\"stylesheet\" href=\"" + at + "/x.css\"/><style>@import url(\"" + at
                + "/i.css\"); body { background: url(\"" + at + "/bg.png\"); }</style></head><body><p>正文</p>"
                + "<img src=\"" + at + "/img.png\"/><img src=\"file:///etc/passwd\"/>"
                + "<object data=\"" + at + "/o\"></object></body></html>";
        byte[] pdf = new ReportPdf().render(xhtml, "测试");
        assertThat(pdf).isNotEmpty();
        Thread.sleep(300); // a connection, had there been one, is counted by then
        assertThat(fetched.get()).as("connections to the listener").isZero();
    }

    @Test
    void texts_starting_like_a_formula_are_written_to_the_tables_workbook_as_text() throws Exception {
        ObjectNode doc = (ObjectNode) json.readTree(TestDocuments.fixtureText("miyi-2022-department.json"));
        doc.put("year", TestDocuments.freshYear());
        String[] starts = {"=HYPERLINK(\"http://127.0.0.1:9/\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1+1",
            "\r=1+1"};
        ArrayNode indicators = doc.putArray("indicators");
        List<String> written = new ArrayList<>();
        for (String start : starts) {
            indicators.addObject().put("level1", "产出指标").put("level2", "数量指标").put("name", start)
                    .put("target", start).put("actual", "100%").put("weight", 10).put("score", 10)
                    .put("deviationReason", start);
            written.add(start);
        }
        long id = importAdapting(doc);
        byte[] file = as.call("drafter", () -> workbooks.export(id)).content();
        List<String> stripped = written.stream().map(String::strip).toList();
        List<String> found = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING && stripped.contains(cell.getStringCellValue().strip())) {
                            found.add(cell.getStringCellValue().strip());
                        }
                    }
                }
            }
        }
        assertThat(found).as("texts starting with = + - @ tab CR, kept as text").containsAll(stripped);
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** A small report with the payload appended to every free text (those with Chinese in them). */
    private ObjectNode carrying(String payload) {
        ObjectNode doc = (ObjectNode) json.valueToTree(TestDocuments.small().withNarrative("本年收支平衡。"));
        append(doc, payload);
        return doc;
    }

    private static void append(JsonNode node, String payload) {
        if (node instanceof ObjectNode o) {
            for (var property : List.copyOf(o.properties())) {
                String name = property.getKey();
                JsonNode value = property.getValue();
                if (value.isString() && value.asString().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)) {
                    o.put(name, value.asString() + payload);
                } else {
                    append(value, payload);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                JsonNode value = a.get(i);
                if (value.isString() && value.asString().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)) {
                    a.set(i, JsonNodeFactory.instance.stringNode(value.asString() + payload));
                } else {
                    append(value, payload);
                }
            }
        }
    }

    /**
     * Imports the document; a text the validator will not take with the payload (a name that must
     * match the department, a length limit) is put back as it was, so that every other text keeps it.
     */
    private long importAdapting(ObjectNode doc) {
        ObjectNode original = (ObjectNode) json.valueToTree(TestDocuments.small(doc.get("year").asInt()));
        for (int attempt = 0; ; attempt++) {
            ReportDocument document = json.treeToValue(doc, ReportDocument.class);
            try {
                return as.call("drafter", () -> reports.importDocument(document)).id();
            } catch (InvalidInputException e) {
                if (attempt > 5) {
                    throw e;
                }
                for (var problem : e.problems()) {
                    String pointer = "/" + problem.field().replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
                    JsonNode before = original.at(pointer);
                    JsonNode parent = doc.at(pointer.substring(0, pointer.lastIndexOf('/')));
                    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
                    if (parent instanceof ObjectNode o && !before.isMissingNode()) {
                        o.set(last, before);
                    } else if (parent instanceof ArrayNode a && !before.isMissingNode()) {
                        a.set(Integer.parseInt(last), before);
                    }
                }
            }
        }
    }

    private long publish(ObjectNode doc) {
        long id = importAdapting(doc);
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));
        as.run("finance", () -> workflow.approve(id, null));
        as.run("drafter", () -> workflow.publish(id));
        return id;
    }
}
