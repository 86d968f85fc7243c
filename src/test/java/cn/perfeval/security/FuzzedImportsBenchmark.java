package cn.perfeval.security;

import cn.perfeval.support.PortalTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The larger fuzz run, only in the bench profile: {@code ./mvnw -Pbench test -Dtest=FuzzedImportsBenchmark}. */
@PortalTest
@Tag("benchmark")
class FuzzedImportsBenchmark {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void ten_thousand_malformed_documents_get_no_5xx_no_empty_403_and_create_no_report() throws Exception {
        FuzzedImportsTests.run(mvc, json, Long.getLong("perfeval.fuzz.seed", FuzzedImportsTests.SEED),
                Integer.getInteger("perfeval.fuzz.count", 10_000));
    }
}
