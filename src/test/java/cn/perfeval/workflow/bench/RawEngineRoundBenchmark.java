package cn.perfeval.workflow.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.support.TestAccounts;
import cn.perfeval.support.TestDocuments;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * CPU per round of the application against the engine alone, in the same JVM, on the same
 * database, interleaved: the raw round starts {@code bench/raw-round.bpmn20.xml} (the route's
 * four user tasks with their candidate groups and decisions, nothing else) and completes its four
 * tasks through {@link TaskService}, each after a task query, as a bare client of the engine would;
 * the application's round imports a small report and submits, passes, approves and publishes it
 * through the REST API with access tokens. After {@value #WARM_UP} warm-up rounds of each, the two
 * alternate for {@value #ROUNDS} rounds (which goes first alternates too). Printed per round: the
 * JVM's process CPU (all threads, so also garbage collection and work after a commit), the calling
 * thread's CPU, and, with {@code -Dbench.db-pid=PID} (a MariaDB or PostgreSQL server on the same
 * machine), that process's CPU from {@code /proc}; then statements and commits per action.
 * Run with {@code ./mvnw -Pbench test -Dtest=RawEngineRoundBenchmark}; against MariaDB add the
 * data source settings ({@code -Dspring.datasource.url=... -Dspring.datasource.username=...}).
 */
@Tag("benchmark")
@SpringBootTest(properties = "flowable.async-executor-activate=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(RoundStatementsBenchmark.Counting.class)
class RawEngineRoundBenchmark {

    private static final int WARM_UP = 5;
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);
    private static final String[] RAW = {"start", "draft", "review", "sign-off", "publish"};
    private static final String[] APP = {"import", "submit", "pass", "approve", "publish"};

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Long dbPid = Long.getLong("bench.db-pid");
    /** With {@code -Dbench.timers-per-task=true} the app's reports run on the route version with two timers per task. */
    private final boolean timersPerTask = Boolean.getBoolean("bench.timers-per-task");

    @Test
    void cpu_per_round_of_the_application_against_the_engine_alone() throws Exception {
        repository.createDeployment().name("raw round").addClasspathResource("bench/raw-round.bpmn20.xml").deploy();
        if (timersPerTask) {
            repository.createDeployment().name("route with timers per task")
                    .addClasspathResource("legacy/report-route-with-boundary-timers.bpmn20.xml").deploy();
        }
        String drafter = token("drafter");
        String bureau = token("bureau");
        String finance = token("finance");
        Round raw = new Round(RAW);
        Round app = new Round(APP);
        for (int i = 0; i < WARM_UP; i++) {
            rawRound(new Round(RAW));
            appRound(new Round(APP), drafter, bureau, finance);
        }
        for (int i = 0; i < ROUNDS; i++) {
            if (i % 2 == 0) {
                rawRound(raw);
                appRound(app, drafter, bureau, finance);
            } else {
                appRound(app, drafter, bureau, finance);
                rawRound(raw);
            }
        }
        System.out.printf("CPU per round, %d rounds of each, interleaved, after %d warm-up rounds (ms; median"
                + " [min-max])%s:%n", ROUNDS, WARM_UP, timersPerTask ? ", the app on the route with timers per task" : "");
        System.out.printf("  %-28s %26s %26s %8s%n", "", "raw Flowable", "the app (API, token)", "app/raw");
        print("JVM process CPU", raw.process, app.process);
        print("calling thread CPU", raw.thread, app.thread);
        if (dbPid != null) {
            print("database server CPU", raw.db, app.db);
            List<Double> rawBoth = sum(raw.process, raw.db);
            List<Double> appBoth = sum(app.process, app.db);
            print("JVM + database", rawBoth, appBoth);
        }
        print("wall time", raw.wall, app.wall);
        System.out.println("Statements / commits per action (mean per round):");
        raw.printCounts("raw Flowable");
        app.printCounts("the app");
    }

    private void rawRound(Round round) throws Exception {
        round.measure(() -> {
            String[] process = new String[1];
            round.count("start", () -> process[0] = runtime.startProcessInstanceByKey("rawRound", "raw",
                    Map.of("drafterGroup", "drafters", "bureauGroup", "bureau", "financeGroup", "finance"))
                    .getId());
            round.count("draft", () -> complete(process[0], Map.of()));
            round.count("review", () -> complete(process[0], Map.of("bureauDecision", "pass")));
            round.count("sign-off", () -> complete(process[0], Map.of("financeDecision", "approve")));
            round.count("publish", () -> complete(process[0], Map.of()));
        });
    }

    private void complete(String process, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceId(process).active().singleResult();
        tasks.complete(task.getId(), variables);
    }

    private void appRound(Round round, String drafter, String bureau, String finance) throws Exception {
        round.measure(() -> {
            long[] id = new long[1];
            round.count("import", () -> id[0] = json.readTree(mvc.perform(post("/api/reports")
                    .header("Authorization", "Bearer " + drafter).contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(TestDocuments.small())))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong());
            round.count("submit", () -> action(id[0], "submit", drafter));
            round.count("pass", () -> action(id[0], "pass", bureau));
            round.count("approve", () -> action(id[0], "approve", finance));
            round.count("publish", () -> action(id[0], "publish", drafter));
        });
    }

    private void action(long id, String action, String token) throws Exception {
        mvc.perform(post("/api/reports/" + id + "/" + action).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
    }

    private String token(String user) throws Exception {
        return json.readTree(mvc.perform(post("/api/tokens").with(httpBasic(user, TestAccounts.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"bench\", \"expiresInDays\": 1}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("token")
                .asString();
    }

    private interface Work {
        void run() throws Exception;
    }

    /** The figures of one kind of round: CPU and wall time per round, statements and commits per action. */
    private final class Round {

        final String[] actions;
        final List<Double> process = new ArrayList<>();
        final List<Double> thread = new ArrayList<>();
        final List<Double> db = new ArrayList<>();
        final List<Double> wall = new ArrayList<>();
        final Map<String, long[]> counts = new LinkedHashMap<>();
        int rounds;

        Round(String[] actions) {
            this.actions = actions;
        }

        void measure(Work work) throws Exception {
            long cpu = os.getProcessCpuTime();
            long own = threads.getCurrentThreadCpuTime();
            long database = dbTicks();
            long start = System.nanoTime();
            work.run();
            wall.add((System.nanoTime() - start) / 1e6);
            thread.add((threads.getCurrentThreadCpuTime() - own) / 1e6);
            process.add((os.getProcessCpuTime() - cpu) / 1e6);
            if (dbPid != null) {
                db.add((dbTicks() - database) * 10.0); // 100 ticks a second
            }
            rounds++;
        }

        void count(String action, Work work) throws Exception {
            long statements = RoundStatementsBenchmark.STATEMENTS.get();
            long commits = RoundStatementsBenchmark.COMMITS.get();
            work.run();
            long[] sum = counts.computeIfAbsent(action, a -> new long[2]);
            sum[0] += RoundStatementsBenchmark.STATEMENTS.get() - statements;
            sum[1] += RoundStatementsBenchmark.COMMITS.get() - commits;
        }

        void printCounts(String label) {
            StringBuilder line = new StringBuilder("  " + label + ":");
            long[] total = new long[2];
            for (String action : actions) {
                long[] c = counts.get(action);
                line.append(String.format(" %s %.0f / %.0f,", action, c[0] / (double) rounds, c[1] / (double) rounds));
                total[0] += c[0];
                total[1] += c[1];
            }
            line.append(String.format(" round %.0f / %.0f", total[0] / (double) rounds, total[1] / (double) rounds));
            System.out.println(line);
        }
    }

    private long dbTicks() {
        if (dbPid == null) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(dbPid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
        } catch (java.io.IOException e) {
            throw new IllegalStateException("No process " + dbPid, e);
        }
    }

    private static List<Double> sum(List<Double> a, List<Double> b) {
        List<Double> result = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            result.add(a.get(i) + b.get(i));
        }
        return result;
    }

    private static void print(String label, List<Double> raw, List<Double> app) {
        System.out.printf("  %-28s %26s %26s %7.1fx%n", label, figures(raw), figures(app), median(app) / median(raw));
    }

    private static String figures(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format("%.1f [%.1f-%.1f]", median(values), sorted[0], sorted[sorted.length - 1]);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
