package cn.perfeval.security;

import cn.perfeval.support.PortalTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The larger fuzz runs, only in the bench profile: {@code ./mvnw -Pbench test
 * -Dtest=FuzzedImportsBenchmark [-Dperfeval.fuzz.count=10000] [-Dperfeval.fuzz.workbooks=1000]
 * [-Dperfeval.fuzz.seed=N]}; each prints its cases by kind.
 */
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

    @Test
    void a_thousand_malformed_workbooks_get_no_5xx_no_empty_403_and_leave_the_report_unchanged() throws Exception {
        FuzzedWorkbooksTests.run(mvc, json, Long.getLong("perfeval.fuzz.seed", FuzzedWorkbooksTests.SEED),
                Integer.getInteger("perfeval.fuzz.workbooks", 1_000));
    }
}
