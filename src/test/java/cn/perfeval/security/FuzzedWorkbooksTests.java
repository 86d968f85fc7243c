package cn.perfeval.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeded malformed workbooks against the tables upload: a 4xx with a body, and the report's tables
 * unchanged after every refusal. Besides damaged files (truncated, bytes flipped, zip bombs, random
 * bytes), well-formed workbooks with formulas in the cells, a table's sheet hidden or very hidden,
 * extra sheets and cells of the wrong type. The larger run is {@code FuzzedImportsBenchmark}.
 */
@PortalTest
class FuzzedWorkbooksTests {

    static final long SEED = 20261205L;
    static final List<String> KINDS = List.of("truncated", "bytes-flipped", "zip-bomb", "random-bytes", "formula",
            "hidden-sheet", "extra-sheet", "wrong-cell-type");
    private static final String[] FORMULAS = {"1/0", "SUM(A1:Z5000)", "HYPERLINK(\"http://127.0.0.1:9/x\",\"点击\")",
        "WEBSERVICE(\"http://127.0.0.1:9/\")", "HYPERLINK(\"file:///etc/passwd\",\"附件\")", "INDIRECT(\"A\"&ROW())", "NOW()", "\"文字\"&A1"};
    private static final String PASSWORD = "Perfeval#2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void damaged_and_unusual_workbooks_are_refused_or_read_and_a_refusal_leaves_the_report_unchanged()
            throws Exception {
        Map<String, Integer> byKind = run(mvc, json, SEED, 64);
        assertThat(byKind.keySet()).containsAll(KINDS);
    }

    /** Uploads {@code count} seeded workbooks to one draft; returns the cases by kind. */
    static Map<String, Integer> run(MockMvc mvc, JsonMapper json, long seed, int count) throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/api/reports").with(httpBasic("drafter", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(TestDocuments.small(TestDocuments.freshYear())))).andReturn()
                .getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        long id = json.readTree(created.getContentAsString()).get("id").asLong();
        String path = "/api/reports/" + id + "/tables.xlsx";
        byte[] valid = download(mvc, path);
        String before = export(mvc, id);

        Random random = new Random(seed);
        Map<String, Integer> byKind = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < count; i++) {
            String kind = KINDS.get(i % KINDS.size());
            byKind.merge(kind, 1, Integer::sum);
            byte[] damaged = switch (kind) {
                case "truncated" -> Arrays.copyOf(valid, random.nextInt(valid.length));
                case "bytes-flipped" -> flip(valid, random);
                case "zip-bomb" -> bomb(random);
                case "random-bytes" -> random.ints(1 + random.nextInt(5_000)).collect(ByteArrayOutputStream::new,
                        (out, b) -> out.write(b), (a, b) -> { }).toByteArray();
                default -> reworked(valid, kind, random);
            };
            MockHttpServletResponse response = mvc.perform(put(path).with(httpBasic("drafter", PASSWORD))
                    .contentType(MediaType.APPLICATION_OCTET_STREAM).content(damaged)).andReturn().getResponse();
            int status = response.getStatus();
            if (status == 200) {
                accepted++; // a flipped byte in a part the import does not read, a hidden or extra sheet
                before = export(mvc, id);
                valid = download(mvc, path);
                continue;
            }
            if (!export(mvc, id).equals(before)) {
                wrong.add("case " + i + " (" + kind + ", seed " + seed + "): refused with " + status
                        + " but the report changed");
            }
            if (status >= 500 || status == 403 || response.getContentAsString().isBlank()) {
                wrong.add("case " + i + " (" + kind + ", seed " + seed + "): " + status + " "
                        + response.getContentAsString());
            }
        }
        assertThat(wrong).as("5xx, 403, empty bodies, partial imports").isEmpty();
        System.out.printf("fuzzed %d workbooks: %s; accepted %d; 5xx 0; empty 403 0; partial imports 0%n", count,
                byKind, accepted);
        return byKind;
    }

    private static byte[] download(MockMvc mvc, String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic("drafter", PASSWORD))).andReturn().getResponse()
                .getContentAsByteArray();
    }

    private static String export(MockMvc mvc, long id) throws Exception {
        return mvc.perform(get("/api/reports/" + id).with(httpBasic("drafter", PASSWORD))).andReturn()
                .getResponse().getContentAsString();
    }

    /** The valid workbook opened and changed: formulas, a hidden table, extra sheets or cells of the wrong type. */
    private static byte[] reworked(byte[] valid, String kind, Random random) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(valid));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet table = workbook.getSheetAt(random.nextInt(workbook.getNumberOfSheets()));
            switch (kind) {
                case "formula" -> {
                    for (int n = 0; n < 1 + random.nextInt(4); n++) {
                        cell(table, random).setCellFormula(FORMULAS[random.nextInt(FORMULAS.length)]);
                    }
                }
                case "hidden-sheet" -> workbook.setSheetVisibility(workbook.getSheetIndex(table),
                        random.nextBoolean() ? SheetVisibility.HIDDEN : SheetVisibility.VERY_HIDDEN);
                case "extra-sheet" -> {
                    for (int n = 0; n < 1 + random.nextInt(3); n++) {
                        Sheet extra = workbook.createSheet("附表" + n + "_" + random.nextInt(1000));
                        for (int r = 0; r < random.nextInt(200); r++) {
                            extra.createRow(r).createCell(random.nextInt(10)).setCellValue("=1+1 <b>" + r + "</b>");
                        }
                        if (random.nextBoolean()) {
                            workbook.setSheetOrder(extra.getSheetName(), 0);
                        }
                    }
                }
                case "wrong-cell-type" -> {
                    for (int n = 0; n < 1 + random.nextInt(4); n++) {
                        Cell cell = cell(table, random);
                        switch (random.nextInt(4)) {
                            case 0 -> cell.setCellValue(random.nextBoolean());
                            case 1 -> cell.setCellValue(java.time.LocalDateTime.of(2025, 1 + random.nextInt(12), 1, 0, 0));
                            case 2 -> cell.setCellValue("一百万");
                            default -> cell.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
                        }
                    }
                }
                default -> throw new IllegalArgumentException(kind);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A cell among the table's first rows and columns, created where missing. */
    private static Cell cell(Sheet sheet, Random random) {
        int r = random.nextInt(Math.max(1, sheet.getLastRowNum() + 1));
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        int c = random.nextInt(8);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }

    private static byte[] flip(byte[] valid, Random random) {
        byte[] copy = valid.clone();
        for (int n = 0; n < 1 + random.nextInt(20); n++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    /** A small zip whose one sheet inflates to hundreds of megabytes of zeros. */
    private static byte[] bomb(Random random) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 100 + random.nextInt(100); i++) {
                zip.write(zeros);
            }
        }
        return out.toByteArray();
    }
}
