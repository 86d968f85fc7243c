package cn.perfeval.trials;

import cn.perfeval.trials.Trials.Answer;
import cn.perfeval.trials.Trials.Api;
import cn.perfeval.trials.Trials.Database;
import cn.perfeval.trials.Trials.Options;
import cn.perfeval.trials.Trials.Portal;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.node.ObjectNode;

/**
 * The database outage trial (issue 17, item 2): under a steady, bounded load of saves, actions
 * and reads, the MariaDB server is paused with SIGSTOP (30 s by default) and, separately, shut
 * down and started again. It checks that the API answers 503 with a problem body while the
 * database is away (never 401 for valid credentials, never a page for the PDF), that no request
 * takes longer than the documented bound, that the portal recovers without a restart, and that
 * every save acknowledged with a 2xx is in the database afterwards; it prints acknowledged /
 * found / lost and the longest request. The server is always resumed and running at the end.
 * Run with {@code src/test/trials/run outage [--pause=30] [--down=20] [--clients=4]} (docs/trials.md).
 */
final class OutageTrial {

    private final Options options;
    private final Database db;
    private final Portal portal;
    private final AtomicReference<String> phase = new AtomicReference<>("warm-up");
    /** When each phase began, to file each request under the phase in which it was sent. */
    private final List<Map.Entry<Instant, String>> phases = Collections.synchronizedList(new ArrayList<>(
            List.of(Map.entry(Instant.MIN, "warm-up"))));
    private final AtomicBoolean loading = new AtomicBoolean(true);
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<Save> saves = Collections.synchronizedList(new ArrayList<>());
    private final Map<Long, List<String>> actionsAcknowledged = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> actionsUncertain = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private Api api;
    private String drafter;

    /** One request: what, in which phase, its answer and how long it took. */
    record Request(String kind, String phase, int status, boolean problem, String contentType, Duration took,
            Instant end, String brief) {
    }

    /** A save and its answer: acknowledged (2xx) or uncertain (no answer, or a 5xx). */
    record Save(long report, String conclusion, boolean acknowledged) {
    }

    OutageTrial(Options options) throws IOException {
        this.options = options;
        this.db = Database.of(options, "perfeval_trials");
        this.portal = new Portal(options, db, Path.of(options.text("logs", "target/trials/outage")));
    }

    public static void main(String[] args) throws Exception {
        OutageTrial trial = new OutageTrial(new Options(args));
        Runtime.getRuntime().addShutdownHook(new Thread(OutageTrial::resumeDatabase));
        int failures;
        try {
            failures = trial.run();
        } finally {
            resumeDatabase();
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    int run() throws Exception {
        int pause = options.number("pause", 30);
        int down = options.number("down", 20);
        int clients = options.number("clients", 4);
        int warmUp = options.number("warm-up", 15);
        int recovery = options.number("recovery", 40);
        int bound = options.number("max-request", 25);

        db.recreate();
        portal.prepare();
        portal.start(true);
        if (!portal.awaitReady(Duration.ofSeconds(options.number("start-timeout", 600)))) {
            throw new IllegalStateException("the portal did not become ready; see " + portal.logs);
        }
        long pid = portal.pid();
        api = new Api(portal.base(), Duration.ofSeconds(120));
        drafter = Api.bearer(api.token("drafter"));
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long saved = create("停库试验保存" + c);
            long moved = create("停库试验动作" + c);
            int client = c;
            threads.add(new Thread(() -> load(client, saved, moved), "client-" + c));
        }
        Trials.say("outage trial: %d clients, each saving one report and moving another, portal pid %d", clients, pid);
        threads.forEach(Thread::start);

        Thread.sleep(warmUp * 1000L);
        long server = mariadbPid();
        enter("paused");
        Trials.say("SIGSTOP mariadbd (pid %d) for %d s", server, pause);
        signal("-STOP", server);
        try {
            Thread.sleep(pause * 1000L);
        } finally {
            signal("-CONT", server);
        }
        Instant resumed = Instant.now();
        enter("after the pause");
        Trials.say("SIGCONT mariadbd; load goes on for %d s", recovery);
        Thread.sleep(recovery * 1000L);
        Duration firstAfterPause = firstSuccessAfter(resumed);

        enter("shut down");
        Trials.say("shutting mariadbd down (SIGTERM, pid %d) for %d s", server, down);
        Instant restarted;
        try {
            signal("-TERM", server);
            awaitExit(server, Duration.ofSeconds(120));
            Thread.sleep(down * 1000L);
        } finally {
            startDatabase();
            awaitDatabase(Duration.ofSeconds(120));
            restarted = Instant.now();
        }
        enter("after the restart");
        Trials.say("mariadbd running again (pid %d); load goes on for %d s", mariadbPid(), recovery);
        Thread.sleep(recovery * 1000L);
        Duration firstAfterRestart = firstSuccessAfter(restarted);

        loading.set(false);
        for (Thread t : threads) {
            t.join();
        }
        boolean samePortal = portal.alive() && portal.pid() == pid;
        int[] found = verifySaves();
        verifyActions();
        portal.stop();
        return report(found, bound, samePortal, firstAfterPause, firstAfterRestart);
    }

    private void enter(String name) {
        phase.set(name);
        phases.add(Map.entry(Instant.now(), name));
    }

    private long create(String project) {
        Answer a = api.post("/api/reports", drafter, Trials.transferDocument(project));
        if (!a.ok()) {
            throw new IllegalStateException("could not import " + project + ": " + a.brief());
        }
        return a.json().get("id").asLong();
    }

    // ---- load ---------------------------------------------------------------------------------

    private void load(int client, long saved, long moved) {
        String basic = Api.basic("drafter");
        long version = -1;
        String status = "DRAFTING";
        int n = 0;
        long think = options.number("think", 250);
        while (loading.get()) {
            n++;
            if (version < 0) {
                Answer a = record("export", api.get("/api/reports/" + saved, drafter));
                version = a.ok() ? a.json().get("version").asLong() : -1;
            } else {
                String conclusion = "停库试验：客户 " + client + " 第 " + n + " 次保存。";
                Answer export = record("export", api.get("/api/reports/" + saved, drafter));
                if (export.ok()) {
                    ObjectNode document = (ObjectNode) export.json();
                    document.remove("version");
                    document.put("conclusion", conclusion);
                    Answer a = record("save", api.send("PUT", "/api/reports/" + saved, drafter,
                            Trials.JSON.writeValueAsString(document), Map.of("If-Match", "\"" + version + "\"")));
                    if (a.ok()) {
                        saves.add(new Save(saved, conclusion, true));
                        version = a.json().get("version").asLong();
                    } else if (a.status() == 412 || a.status() < 0 || a.status() >= 500) {
                        if (!(a.status() == 503 && a.problem()) || a.status() < 0) {
                            saves.add(new Save(saved, conclusion, false));
                        }
                        version = -1; // read it again
                    }
                }
            }
            if (status == null) {
                Answer h = record("history", api.get("/api/reports/" + moved + "/history", drafter));
                status = h.ok() ? h.json().get(h.json().size() - 1).get("toStatus").asString() : null;
            } else {
                String action = status.equals("DRAFTING") ? "submit" : "withdraw";
                Answer a = record(action, api.post("/api/reports/" + moved + "/" + action, drafter, null));
                if (a.ok()) {
                    actionsAcknowledged.computeIfAbsent(moved, k -> Collections.synchronizedList(new ArrayList<>()))
                            .add(action.toUpperCase(java.util.Locale.ROOT));
                    status = a.json().get("status").asString();
                } else if (a.status() < 0 || a.status() >= 500 && !(a.status() == 503 && a.problem())) {
                    actionsUncertain.computeIfAbsent(moved, k -> new AtomicInteger()).incrementAndGet();
                    status = null;
                } else if (a.status() != 503) {
                    status = null;
                }
            }
            if (n % 3 == 0) {
                record("list (Basic)", api.get("/api/reports?size=5", basic));
            }
            if (n % 4 == 0) {
                record("public PDF", api.get("/public/reports/3.pdf", null));
            }
            try {
                Thread.sleep(think);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Answer record(String kind, Answer a) {
        Instant end = Instant.now();
        Instant sent = end.minus(a.took());
        String when;
        synchronized (phases) {
            when = phases.stream().filter(e -> !e.getKey().isAfter(sent)).reduce((x, y) -> y).orElseThrow().getValue();
        }
        requests.add(new Request(kind, when, a.status(), a.problem(), a.contentType(), a.took(), end, a.brief()));
        return a;
    }

    /** How long after the database came back the first request succeeded; null when none did. */
    private Duration firstSuccessAfter(Instant from) {
        synchronized (requests) {
            return requests.stream().filter(r -> r.status() >= 200 && r.status() < 300 && !r.end().isBefore(from))
                    .map(r -> Duration.between(from, r.end())).min(Duration::compareTo).orElse(null);
        }
    }

    // ---- verification -------------------------------------------------------------------------

    /** Each acknowledged save must be in the report's revisions; returns acknowledged, found, lost. */
    private int[] verifySaves() throws SQLException {
        int acknowledged = 0;
        int found = 0;
        try (Connection c = db.connect();
                PreparedStatement ps = c.prepareStatement("select count(*) from report_aud where id = ? and conclusion = ?")) {
            for (Save s : saves) {
                if (!s.acknowledged()) {
                    continue;
                }
                acknowledged++;
                ps.setLong(1, s.report());
                ps.setString(2, s.conclusion());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        found++;
                    } else {
                        failures.add("acknowledged save lost: report " + s.report() + " \"" + s.conclusion() + "\"");
                    }
                }
            }
        }
        return new int[] {acknowledged, found, acknowledged - found};
    }

    /** The moved report's history holds every acknowledged action, and at most the uncertain ones more. */
    private void verifyActions() throws SQLException {
        try (Connection c = db.connect();
                PreparedStatement ps = c.prepareStatement("select action from report_event where report_id = ?"
                        + " and action in ('SUBMIT', 'WITHDRAW') order by id")) {
            for (var e : actionsAcknowledged.entrySet()) {
                ps.setLong(1, e.getKey());
                List<String> lines = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                }
                int uncertain = actionsUncertain.getOrDefault(e.getKey(), new AtomicInteger()).get();
                int acked = e.getValue().size();
                if (lines.size() < acked || lines.size() > acked + uncertain) {
                    failures.add("report " + e.getKey() + ": " + acked + " actions acknowledged, " + uncertain
                            + " uncertain, " + lines.size() + " history lines");
                }
            }
        }
    }

    private int report(int[] saved, int bound, boolean samePortal, Duration afterPause, Duration afterRestart) {
        List<Request> all;
        synchronized (requests) {
            all = new ArrayList<>(requests);
        }
        Duration longest = all.stream().map(Request::took).max(Duration::compareTo).orElse(Duration.ZERO);
        long overBound = all.stream().filter(r -> r.took().toSeconds() >= bound).count();
        long unauthorized = all.stream().filter(r -> r.status() == 401).count();
        long pdfPages = all.stream().filter(r -> r.kind().equals("public PDF") && r.status() == 200
                && (r.contentType() == null || !r.contentType().startsWith("application/pdf"))).count();
        long errorsWithoutProblem = all.stream().filter(r -> r.status() >= 400 && !r.problem()).count();
        long serverErrors = all.stream().filter(r -> r.status() >= 500 && r.status() != 503).count();
        if (unauthorized > 0) {
            failures.add(unauthorized + " answers 401 for valid credentials");
        }
        if (pdfPages > 0) {
            failures.add(pdfPages + " public PDF answers 200 without a PDF");
        }
        if (overBound > 0) {
            failures.add(overBound + " requests took " + bound + " s or longer");
        }
        if (errorsWithoutProblem > 0) {
            failures.add(errorsWithoutProblem + " error answers without a problem body");
        }
        if (serverErrors > 0) {
            failures.add(serverErrors + " answers 5xx other than 503");
        }
        if (!samePortal) {
            failures.add("the portal did not survive (it was restarted or died)");
        }
        System.out.println();
        System.out.println("=== outage trial ===");
        Map<String, Map<String, Integer>> byPhase = new TreeMap<>();
        for (Request r : all) {
            String answer = r.status() < 0 ? "no answer" : r.status() + (r.status() >= 400 && r.problem() ? " problem" : "");
            byPhase.computeIfAbsent(r.phase(), k -> new TreeMap<>()).merge(answer, 1, Integer::sum);
        }
        byPhase.forEach((p, m) -> System.out.printf("%-18s %s%n", p + ":", m));
        System.out.printf("requests:            %d, longest %.1f s, %d of %d s or longer%n", all.size(),
                longest.toMillis() / 1000.0, overBound, bound);
        System.out.printf("saves:               acknowledged %d / found %d / lost %d%n", saved[0], saved[1], saved[2]);
        System.out.printf("actions:             acknowledged %d, uncertain %d%n",
                actionsAcknowledged.values().stream().mapToInt(List::size).sum(),
                actionsUncertain.values().stream().mapToInt(AtomicInteger::get).sum());
        System.out.printf("401 for valid users: %d; PDF answered with a page: %d; 5xx other than 503: %d%n",
                unauthorized, pdfPages, serverErrors);
        System.out.printf("recovered:           %s (same portal process: %s)%n",
                afterPause + " after the pause, " + afterRestart + " after the restart", samePortal);
        System.out.printf("failures:            %d%n", failures.size());
        failures.forEach(f -> System.out.println("  " + f));
        all.stream().sorted(java.util.Comparator.comparing(Request::took).reversed()).limit(5)
                .forEach(r -> System.out.printf("  longest: %.1f s, %s sent %s: %s%n", r.took().toMillis() / 1000.0,
                        r.kind(), r.phase(), r.brief()));
        all.stream().filter(r -> r.status() >= 500 && r.status() != 503 || r.status() == 401).limit(5)
                .forEach(r -> System.out.println("  e.g. " + r.kind() + " in " + r.phase() + ": " + r.brief()));
        return failures.size();
    }

    // ---- the database server ------------------------------------------------------------------

    private static long mariadbPid() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pidof", "mariadbd").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor();
        if (out.isEmpty()) {
            throw new IllegalStateException("mariadbd is not running");
        }
        return Long.parseLong(out.split("\\s+")[0]);
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        new ProcessBuilder("kill", signal, Long.toString(pid)).inheritIO().start().waitFor();
    }

    private static void awaitExit(long pid, Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
    }

    private static void startDatabase() {
        try {
            new ProcessBuilder("start-stop-daemon", "--start", "--oknodo", "--background", "--exec",
                    "/usr/sbin/mariadbd").inheritIO().start().waitFor();
        } catch (IOException e) {
            System.err.println("could not start mariadbd: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitDatabase(Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            try (Connection c = db.connect()) {
                return;
            } catch (SQLException e) {
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("mariadbd did not accept connections within " + timeout.toSeconds() + " s");
    }

    /** Resumes a paused server and starts a stopped one: the server is shared and must end up running. */
    static void resumeDatabase() {
        try {
            Process p = new ProcessBuilder("pidof", "mariadbd").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            p.waitFor();
            if (out.isEmpty()) {
                startDatabase();
            } else {
                for (String pid : out.split("\\s+")) {
                    new ProcessBuilder("kill", "-CONT", pid).inheritIO().start().waitFor();
                }
            }
        } catch (IOException e) {
            System.err.println("could not resume mariadbd: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
