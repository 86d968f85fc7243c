package cn.perfeval.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Seeded malformed workbooks against the tables upload: a 4xx with a body, and the report's tables unchanged. */
@PortalTest
class FuzzedWorkbooksTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void truncated_flipped_and_bomb_workbooks_are_refused_and_leave_the_report_unchanged() throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/api/reports").with(httpBasic("drafter", "Perfeval#2026"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(TestDocuments.small(TestDocuments.freshYear())))).andReturn()
                .getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        long id = json.readTree(created.getContentAsString()).get("id").asLong();
        String path = "/api/reports/" + id + "/tables.xlsx";
        byte[] valid = mvc.perform(get(path).with(httpBasic("drafter", "Perfeval#2026"))).andReturn().getResponse()
                .getContentAsByteArray();
        String before = export(id);

        Random random = new Random(20261205L);
        List<String> wrong = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < 50; i++) {
            byte[] damaged = switch (i % 4) {
                case 0 -> Arrays.copyOf(valid, random.nextInt(valid.length));
                case 1 -> flip(valid, random);
                case 2 -> bomb(random);
                default -> random.ints(1 + random.nextInt(5_000)).collect(ByteArrayOutputStream::new,
                        (out, b) -> out.write(b), (a, b) -> { }).toByteArray();
            };
            MockHttpServletResponse response = mvc.perform(put(path).with(httpBasic("drafter", "Perfeval#2026"))
                    .contentType(MediaType.APPLICATION_OCTET_STREAM).content(damaged)).andReturn().getResponse();
            int status = response.getStatus();
            if (status == 200) {
                accepted++; // a flipped byte in a part the import does not read
                before = export(id);
                continue;
            }
            if (!export(id).equals(before)) {
                wrong.add("case " + i + ": refused with " + status + " but the report changed");
            }
            if (status >= 500 || status == 403 || response.getContentAsString().isBlank()) {
                wrong.add("case " + i + ": " + status + " " + response.getContentAsString());
            }
        }
        assertThat(wrong).as("5xx, 403, empty bodies, partial imports").isEmpty();
        System.out.printf("fuzzed 50 workbooks: accepted %d, 5xx 0, empty 403 0%n", accepted);
    }

    private String export(long id) throws Exception {
        return mvc.perform(get("/api/reports/" + id).with(httpBasic("drafter", "Perfeval#2026"))).andReturn()
                .getResponse().getContentAsString();
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
