package cn.perfeval.identity.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestAccounts;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * What authenticating an API call costs: the same small call ({@code GET /api/tokens}) with HTTP
 * Basic (bcrypt on every call) and with a personal access token (one SHA-256), in interleaved
 * blocks, through the whole filter chain and controller. Prints the mean wall time and the mean
 * CPU time of the calling thread per call. Run with {@code ./mvnw -Pbench test}.
 */
@Tag("benchmark")
@PortalTest
class ApiAuthenticationBenchmark {

    private static final int WARM_UP_CALLS = 50;
    private static final int BLOCKS = 10;
    private static final int CALLS_PER_BLOCK = 50;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JsonMapper json;

    @Test
    void an_api_call_with_basic_and_with_a_token() throws Exception {
        String user = accounts.drafter("bench");
        String token = json.readTree(mvc.perform(post("/api/tokens").with(httpBasic(user, TestAccounts.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"bench\", \"expiresInDays\": 1}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("token").asString();
        RequestBuilder basic = get("/api/tokens").with(httpBasic(user, TestAccounts.PASSWORD));
        RequestBuilder bearer = get("/api/tokens").header("Authorization", "Bearer " + token);

        measure(basic, WARM_UP_CALLS);
        measure(bearer, WARM_UP_CALLS);
        long[][] basicTimes = new long[2][0];
        long[][] bearerTimes = new long[2][0];
        for (int block = 0; block < BLOCKS; block++) {
            basicTimes = concat(basicTimes, measure(basic, CALLS_PER_BLOCK));
            bearerTimes = concat(bearerTimes, measure(bearer, CALLS_PER_BLOCK));
        }
        int n = BLOCKS * CALLS_PER_BLOCK;
        double basicWall = mean(basicTimes[0]);
        double basicCpu = mean(basicTimes[1]);
        double bearerWall = mean(bearerTimes[0]);
        double bearerCpu = mean(bearerTimes[1]);
        System.out.printf("API authentication, GET /api/tokens, %d calls each, interleaved in blocks of %d:%n", n,
                CALLS_PER_BLOCK);
        System.out.printf("  HTTP Basic (bcrypt):   mean %.3f ms wall, %.3f ms CPU, p99 %.3f ms wall%n", basicWall,
                basicCpu, p99(basicTimes[0]));
        System.out.printf("  Bearer access token:   mean %.3f ms wall, %.3f ms CPU, p99 %.3f ms wall%n", bearerWall,
                bearerCpu, p99(bearerTimes[0]));
        System.out.printf("  the token call costs %.1f%% of the Basic call's CPU%n", 100 * bearerCpu / basicCpu);
        assertThat(bearerCpu).isLessThan(basicCpu);
    }

    /** Wall and CPU nanoseconds of each call. */
    private long[][] measure(RequestBuilder request, int calls) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][] times = new long[2][calls];
        for (int i = 0; i < calls; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            mvc.perform(request).andExpect(status().isOk());
            times[0][i] = System.nanoTime() - wall;
            times[1][i] = threads.getCurrentThreadCpuTime() - cpu;
        }
        return times;
    }

    private static long[][] concat(long[][] a, long[][] b) {
        long[][] all = new long[2][];
        for (int k = 0; k < 2; k++) {
            all[k] = Arrays.copyOf(a[k], a[k].length + b[k].length);
            System.arraycopy(b[k], 0, all[k], a[k].length, b[k].length);
        }
        return all;
    }

    private static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElseThrow() / 1e6;
    }

    private static double p99(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6;
    }
}
