package cn.perfeval.workflow.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.support.TestAccounts;
import cn.perfeval.support.TestDocuments;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * SQL statements and commits per action of one round through the REST API with access tokens:
 * import, submit, pass, approve, publish (and the public PDF twice), counted at the data source,
 * so Hibernate's, Flowable's and plain JDBC's statements alike. The job executor is off, so only
 * the requests' own work is counted. Prints the first round and the mean of the later ones. Run
 * with {@code ./mvnw -Pbench test -Dtest=RoundStatementsBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(properties = "flowable.async-executor-activate=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RoundStatementsBenchmark {

    private static final int ROUNDS = 6;
    private static final String[] ACTIONS = {"import", "submit", "pass", "approve", "publish", "pdf", "pdf again",
        "list"};

    static final AtomicLong STATEMENTS = new AtomicLong();
    static final AtomicLong COMMITS = new AtomicLong();

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void statements_and_commits_per_action_of_a_round() throws Exception {
        String drafter = token("drafter");
        String bureau = token("bureau");
        String finance = token("finance");
        Map<String, long[]> first = new LinkedHashMap<>();
        Map<String, long[]> later = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            Map<String, long[]> into = round == 0 ? first : later;
            long[] id = new long[1];
            count(into, "import", () -> id[0] = json.readTree(mvc.perform(bearer(post("/api/reports"), drafter)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(TestDocuments.small())))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong());
            count(into, "submit", () -> action(id[0], "submit", drafter));
            count(into, "pass", () -> action(id[0], "pass", bureau));
            count(into, "approve", () -> action(id[0], "approve", finance));
            count(into, "publish", () -> action(id[0], "publish", drafter));
            count(into, "pdf", () -> mvc.perform(get("/public/reports/" + id[0] + ".pdf")).andExpect(status().isOk()));
            count(into, "pdf again", () -> mvc.perform(get("/public/reports/" + id[0] + ".pdf"))
                    .andExpect(status().isOk()));
            count(into, "list", () -> mvc.perform(bearer(get("/api/reports"), drafter)).andExpect(status().isOk()));
        }
        System.out.printf("Statements and commits per action through the API with a token (first round | mean of"
                + " the next %d):%n", ROUNDS - 1);
        System.out.printf("  %-10s %10s %8s   %10s %8s%n", "action", "statements", "commits", "statements", "commits");
        long[] totalFirst = new long[2];
        double[] totalLater = new double[2];
        for (String action : ACTIONS) {
            long[] f = first.get(action);
            long[] l = later.get(action);
            double n = ROUNDS - 1;
            System.out.printf("  %-10s %10d %8d   %10.1f %8.1f%n", action, f[0], f[1], l[0] / n, l[1] / n);
            if (Set.of("submit", "pass", "approve", "publish").contains(action)) {
                totalFirst[0] += f[0];
                totalFirst[1] += f[1];
                totalLater[0] += l[0] / n;
                totalLater[1] += l[1] / n;
            }
        }
        System.out.printf("  %-10s %10d %8d   %10.1f %8.1f%n", "4 actions", totalFirst[0], totalFirst[1],
                totalLater[0], totalLater[1]);
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void count(Map<String, long[]> into, String action, Step step) throws Exception {
        long statements = STATEMENTS.get();
        long commits = COMMITS.get();
        step.run();
        long[] sum = into.computeIfAbsent(action, a -> new long[2]);
        sum[0] += STATEMENTS.get() - statements;
        sum[1] += COMMITS.get() - commits;
    }

    private void action(long id, String action, String token) throws Exception {
        mvc.perform(bearer(post("/api/reports/" + id + "/" + action), token).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isOk());
    }

    private String token(String user) throws Exception {
        return json.readTree(mvc.perform(post("/api/tokens").with(httpBasic(user, TestAccounts.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"bench\", \"expiresInDays\": 1}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("token")
                .asString();
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    /** Wraps the data source so that every statement executed and every commit is counted. */
    @TestConfiguration
    static class Counting {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds ? proxy(DataSource.class, ds) : bean;
                }
            };
        }

        @SuppressWarnings("unchecked")
        static <T> T proxy(Class<T> type, T target) {
            InvocationHandler handler = (p, method, args) -> {
                String name = method.getName();
                if (target instanceof Statement && name.startsWith("execute")) {
                    STATEMENTS.incrementAndGet();
                } else if (target instanceof Connection && name.equals("commit")) {
                    COMMITS.incrementAndGet();
                }
                Object result = invoke(method, target, args);
                if (result instanceof Connection c && !(result instanceof Proxy)) {
                    return proxy(Connection.class, c);
                }
                if (result instanceof java.sql.CallableStatement s) {
                    return proxy(java.sql.CallableStatement.class, s);
                }
                if (result instanceof java.sql.PreparedStatement s) {
                    return proxy(java.sql.PreparedStatement.class, s);
                }
                if (result instanceof Statement s) {
                    return proxy(Statement.class, s);
                }
                return result;
            };
            return (T) Proxy.newProxyInstance(RoundStatementsBenchmark.class.getClassLoader(), new Class<?>[] {type},
                    handler);
        }

        private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
