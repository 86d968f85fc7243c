package cn.perfeval.trials;

import cn.perfeval.trials.Trials.Answer;
import cn.perfeval.trials.Trials.Api;
import cn.perfeval.trials.Trials.Database;
import cn.perfeval.trials.Trials.Options;
import cn.perfeval.trials.Trials.Portal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The crash trial (issue 17, item 1): the packaged portal on MariaDB, several reports driven
 * concurrently through every action of the route, the JVM killed with SIGKILL at a random moment,
 * restarted, and every report checked after each restart:
 * <ul>
 * <li>its status column agrees with its process (the open task's definition key, the publication
 * timer, or the ended process for PUBLISHED), with one process and at most one open task;</li>
 * <li>its history has exactly one line per acknowledged (2xx) action, and at most one more for the
 * action that was in flight when the JVM died;</li>
 * <li>its audit lines match its history lines, and its snapshots its submissions;</li>
 * <li>the audit chain verifies ({@code audit-verify});</li>
 * <li>it can be moved on: the first action tried after the restart is accepted, and a scheduled
 * publication happens.</li>
 * </ul>
 * Run with {@code src/test/trials/run crash [--kills=100] [--reports=8] [--workers=3] ...} (docs/trials.md).
 */
final class CrashTrial {

    private static final Map<String, String> STATUS_OF_TASK = Map.of("draftReport", "DRAFTING", "bureauReview",
            "BUREAU_REVIEW", "financeSignOff", "FINANCE_REVIEW", "publishReport", "APPROVED");
    private static final List<String> BUREAU = List.of("bureau", "bureau2");
    private static final List<String> FINANCE = List.of("finance", "finance2");

    private final Options options;
    private final Database db;
    private final Portal portal;
    private final Random random;
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<Long, Tracked> reports = new ConcurrentHashMap<>();
    private final List<String> disagreements = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicInteger> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> refused = new ConcurrentHashMap<>();
    private final AtomicInteger inFlightAtKill = new AtomicInteger();
    private final AtomicInteger movedOn = new AtomicInteger();
    private final AtomicInteger projects = new AtomicInteger();
    private final AtomicBoolean driving = new AtomicBoolean();
    private Api api;
    private int verifications;
    private int verificationsFailed;

    /** What the trial knows of one report: the history lines reconciled, and what it did since. */
    static final class Tracked {
        final long id;
        int reconciledLines;
        final List<String> acknowledgedSince = new ArrayList<>();
        /** The action whose answer never came (the JVM died, or a 5xx): it may or may not have happened. */
        String uncertain;
        /** The first action after a restart must be accepted. */
        boolean mustMoveOn;
        /** Its route has ended and the worker has imported a new report in its place. */
        boolean published;
        /** A report that was there before the trial (the demo's): its lines are taken as they are. */
        boolean baseline;
        /** Checked but not driven: the demo's reports (one of them cannot be submitted, by its checks). */
        boolean foreign;
        /** The last audit or snapshot disagreement reported, so that one is not repeated at every check. */
        String lastMismatch;
        int worker;

        Tracked(long id, int worker) {
            this.id = id;
            this.worker = worker;
        }
    }

    /** The report's state in the database: its row and its process. */
    record State(String status, Timestamp scheduledFor, String taskId, String taskKey, String assignee, String owner,
            String delegation, boolean submission, int processes, boolean ended, boolean publicationTimer,
            int failedJobs) {
    }

    CrashTrial(Options options) throws Exception {
        this.options = options;
        this.db = Database.of(options, "perfeval_trials");
        this.portal = new Portal(options, db, Path.of(options.text("logs", "target/trials/crash")));
        long seed = Long.parseLong(options.text("seed", Long.toString(System.nanoTime() % 100_000)));
        this.random = new Random(seed);
        Trials.say("crash trial: seed %d, database %s, portal on %d (management %d), logs in %s", seed, db.name(),
                portal.port, portal.managementPort, portal.logs);
    }

    public static void main(String[] args) throws Exception {
        int failures = new CrashTrial(new Options(args)).run();
        System.exit(failures == 0 ? 0 : 1);
    }

    int run() throws Exception {
        int kills = options.number("kills", 100);
        int workers = options.number("workers", 3);
        int initialReports = options.number("reports", 8);
        Duration startTimeout = Duration.ofSeconds(options.number("start-timeout", 600));
        double minRun = options.share("min-run", 2);
        double maxRun = options.share("max-run", 12);
        int verifyEvery = options.number("verify-every", 1);
        int minutes = options.number("minutes", 0);
        Instant deadline = minutes > 0 ? Instant.now().plus(Duration.ofMinutes(minutes)) : Instant.MAX;

        db.recreate();
        portal.trainable = true;
        portal.prepare();
        portal.start(true);
        Instant started = Instant.now();
        if (!portal.awaitReady(startTimeout)) {
            throw new IllegalStateException("the portal did not become ready; see " + portal.logs);
        }
        Trials.say("first start (with the demo users) ready in %d s", Duration.between(started, Instant.now())
                .toSeconds());
        api = new Api(portal.base(), Duration.ofSeconds(60));
        for (String user : List.of("drafter", "bureau", "bureau2", "finance", "finance2")) {
            tokens.put(user, Trials.Api.bearer(api.token(user)));
        }
        for (int i = 0; i < initialReports; i++) {
            Tracked t = importReport(i % workers);
            if (t == null) {
                throw new IllegalStateException("could not import the trial's reports");
            }
        }
        adoptUnknownReports(workers);
        reports.values().stream().filter(t -> "CREATE".equals(t.uncertain)).forEach(t -> {
            t.baseline = true;
            t.foreign = true;
        });
        check("before the first kill");
        if (portal.training()) {
            Trials.say("stopping the first start to write its class cache");
            portal.stop();
            portal.start(false);
            started = Instant.now();
            if (!portal.awaitReady(startTimeout)) {
                throw new IllegalStateException("the portal did not become ready with its class cache; see "
                        + portal.logs);
            }
            Trials.say("second start (with the class cache) ready in %d s", Duration.between(started, Instant.now())
                    .toSeconds());
        }

        int kill = 0;
        List<Long> startSeconds = new ArrayList<>();
        while (kill < kills && Instant.now().isBefore(deadline)) {
            kill++;
            driving.set(true);
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int worker = w;
                Thread thread = new Thread(() -> drive(worker), "worker-" + w);
                thread.start();
                threads.add(thread);
            }
            long runMillis = (long) ((minRun + random.nextDouble() * (maxRun - minRun)) * 1000);
            Thread.sleep(runMillis);
            portal.kill();
            driving.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
            Trials.say("kill %d/%d after %.1f s of actions", kill, kills, runMillis / 1000.0);
            if (kill % verifyEvery == 0) {
                verifyChain("after kill " + kill);
            }
            portal.start(false);
            started = Instant.now();
            if (!portal.awaitReady(startTimeout)) {
                disagreements.add("kill " + kill + ": the portal did not become ready within "
                        + startTimeout.toSeconds() + " s after the restart (log: " + portal.logs + "/portal-"
                        + portal.starts() + ".log)");
                break;
            }
            startSeconds.add(Duration.between(started, Instant.now()).toSeconds());
            adoptUnknownReports(workers);
            check("after kill " + kill);
            reports.values().stream().filter(t -> !t.foreign).forEach(t -> t.mustMoveOn = true);
        }
        Trials.say("last round: moving every report on once more and waiting for scheduled publications");
        driving.set(true);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            Thread thread = new Thread(() -> drive(worker), "worker-" + w);
            thread.start();
            threads.add(thread);
        }
        Thread.sleep((long) (maxRun * 1000));
        driving.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        awaitScheduledPublications(Duration.ofSeconds(options.number("publication-wait", 420)));
        check("at the end");
        portal.stop();
        verifyChain("at the end");
        return report(kill, startSeconds);
    }

    private int report(int kills, List<Long> startSeconds) {
        long stuck = reports.values().stream().filter(t -> t.mustMoveOn).count();
        System.out.println();
        System.out.println("=== crash trial ===");
        System.out.printf("kills tried:                  %d (SIGKILL after %s-%s s of concurrent actions)%n", kills,
                options.text("min-run", "2"), options.text("max-run", "12"));
        System.out.printf("restarts to readiness:        %s s (min/median/max)%n", spread(startSeconds));
        System.out.printf("reports checked:              %d%n", reports.size());
        System.out.printf("actions acknowledged (2xx):   %d %s%n", total(acknowledged), new TreeMap<>(counts(acknowledged)));
        System.out.printf("actions refused (4xx):        %d %s%n", total(refused), new TreeMap<>(counts(refused)));
        System.out.printf("actions in flight at a kill:  %d%n", inFlightAtKill.get());
        System.out.printf("moved on after a restart:     %d (still waiting: %d)%n", movedOn.get(), stuck);
        System.out.printf("audit-verify:                 %d runs, %d failed%n", verifications, verificationsFailed);
        System.out.printf("disagreements:                %d%n", disagreements.size());
        disagreements.forEach(d -> System.out.println("  " + d));
        return disagreements.size() + verificationsFailed;
    }

    private static String spread(List<Long> values) {
        if (values.isEmpty()) {
            return "-";
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(0) + "/" + sorted.get(sorted.size() / 2) + "/" + sorted.get(sorted.size() - 1);
    }

    private static Map<String, Integer> counts(Map<String, AtomicInteger> map) {
        return map.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
    }

    private static int total(Map<String, AtomicInteger> map) {
        return map.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    private void verifyChain(String when) throws Exception {
        verifications++;
        int code = portal.command("audit-verify", Duration.ofMinutes(10));
        if (code != 0) {
            verificationsFailed++;
            disagreements.add(when + ": audit-verify exited with " + code + " (log: " + portal.logs + ")");
        }
        Trials.say("audit-verify %s: exit %d", when, code);
    }

    // ---- driving ----------------------------------------------------------------------------

    private void drive(int worker) {
        Random r = new Random(random.nextLong());
        while (driving.get()) {
            List<Tracked> mine = reports.values().stream().filter(t -> t.worker == worker && t.uncertain == null && !t.foreign)
                    .sorted(java.util.Comparator.comparingLong(t -> t.id)).toList();
            boolean acted = false;
            for (Tracked t : mine) {
                if (!driving.get()) {
                    return;
                }
                try {
                    acted |= step(t, r, worker);
                } catch (SQLException e) {
                    pause(500);
                }
            }
            if (!acted) {
                pause(300);
            }
        }
    }

    /** One action on the report, chosen from its state in the database; whether one was sent. */
    private boolean step(Tracked t, Random r, int worker) throws SQLException {
        State s = state(t.id);
        if (s == null) {
            return false;
        }
        String path = "/api/reports/" + t.id + "/";
        Action a = switch (s.status()) {
            case "DRAFTING" -> r.nextInt(10) == 0 ? new Action("REPLACE", "drafter", null, null)
                    : new Action("SUBMIT", "drafter", path + "submit", null);
            case "BUREAU_REVIEW" -> review(t, s, r, BUREAU, "PASS", path + "pass", false);
            case "FINANCE_REVIEW" -> review(t, s, r, FINANCE, "APPROVE", path + "approve", true);
            case "APPROVED" -> s.scheduledFor() != null ? null : r.nextInt(5) < 3
                    ? new Action("PUBLISH", r.nextBoolean() ? "drafter" : "bureau", path + "publish", null)
                    : new Action("SCHEDULE_PUBLICATION", r.nextBoolean() ? "drafter" : "bureau", path + "publish",
                            "{\"at\":\"" + Instant.now().plusSeconds(8 + r.nextInt(15)) + "\"}");
            case "PUBLISHED" -> null;
            default -> null;
        };
        if (s.status().equals("PUBLISHED")) {
            t.mustMoveOn = false;
            if (!t.published) {
                t.published = true;
                importReport(worker);
                return true;
            }
            return false;
        }
        if (a == null) {
            return false;
        }
        Answer answer = a.action().equals("REPLACE") ? replace(t) : api.post(a.path(), tokens.get(a.user()), a.body());
        if (answer.ok()) {
            String done = a.action();
            if (done.equals("SCHEDULE_PUBLICATION") && "PUBLISHED".equals(answer.json().path("status").asString(""))) {
                done = "PUBLISH"; // the date had passed by the time the portal read it
            }
            if (done.equals("CLAIM") && !answer.json().path("claimed").asBoolean(false)) {
                return true;
            }
            acknowledged.computeIfAbsent(done, k -> new AtomicInteger()).incrementAndGet();
            synchronized (t) {
                t.acknowledgedSince.add(done);
                if (t.mustMoveOn) {
                    t.mustMoveOn = false;
                    movedOn.incrementAndGet();
                }
            }
        } else if (answer.notSent()) {
            pause(200);
        } else if (answer.status() >= 400 && answer.status() < 500 || answer.status() == 503) {
            refused.computeIfAbsent(a.action() + " " + answer.status(), k -> new AtomicInteger()).incrementAndGet();
            if (t.mustMoveOn && answer.status() != 503) {
                disagreements.add("report " + t.id + " (" + s.status() + ", task " + s.taskKey() + ", assignee "
                        + s.assignee() + "): could not be moved on after the restart: " + a.action() + " by "
                        + a.user() + " answered " + answer.brief());
                t.mustMoveOn = false;
            }
        } else {
            synchronized (t) {
                t.uncertain = a.action();
            }
            if (driving.get() && answer.status() >= 500) {
                disagreements.add("report " + t.id + ": " + a.action() + " answered " + answer.brief());
            } else {
                inFlightAtKill.incrementAndGet();
            }
        }
        return true;
    }

    record Action(String action, String user, String path, String body) {
    }

    /** A review step: the holder decides, delegates, transfers or resolves; or the drafter withdraws. */
    private Action review(Tracked t, State s, Random r, List<String> reviewers, String decision, String decisionPath,
            boolean finance) {
        String path = "/api/reports/" + t.id + "/";
        if ("PENDING".equals(s.delegation())) {
            return new Action("RESOLVE", s.assignee(), path + "resolve", "{\"comment\":\"已核对\"}");
        }
        if (s.assignee() == null && s.owner() == null && s.submission() && r.nextInt(6) == 0) {
            return new Action("WITHDRAW", "drafter", path + "withdraw", null);
        }
        String holder = s.assignee() != null ? s.assignee() : reviewers.get(r.nextInt(2));
        String colleague = reviewers.get(0).equals(holder) ? reviewers.get(1) : reviewers.get(0);
        int roll = r.nextInt(20);
        if (roll < 2) {
            return new Action("DELEGATE", holder, path + "delegate", "{\"to\":\"" + colleague + "\",\"comment\":\"请核对\"}");
        }
        if (roll < 3) {
            return new Action("TRANSFER", holder, path + "transfer", "{\"to\":\"" + colleague + "\"}");
        }
        if (roll < 4 && s.assignee() == null && s.owner() == null && s.submission()) {
            return new Action("CLAIM", holder, path + "claim", null);
        }
        if (roll < 7) {
            String to = finance && r.nextBoolean() ? "BUREAU_REVIEW" : "DRAFTING";
            return new Action("RETURN", holder, path + "return", "{\"comment\":\"请修改\",\"to\":\"" + to
                    + "\",\"backToMe\":" + (finance && r.nextBoolean()) + "}");
        }
        return new Action(decision, holder, decisionPath, "{\"comment\":\"同意\"}");
    }

    /** Replaces the draft with its own export (a save through the API). */
    private Answer replace(Tracked t) {
        Answer export = api.get("/api/reports/" + t.id, tokens.get("drafter"));
        if (!export.ok()) {
            return export;
        }
        var document = (tools.jackson.databind.node.ObjectNode) export.json();
        long version = document.get("version").asLong();
        document.remove("version");
        document.put("conclusion", "第 " + version + " 次保存。");
        return api.send("PUT", "/api/reports/" + t.id, tokens.get("drafter"), Trials.JSON.writeValueAsString(document),
                Map.of("If-Match", "\"" + version + "\""));
    }

    private Tracked importReport(int worker) {
        String project = "城乡医疗救助（试验" + projects.incrementAndGet() + "）";
        Answer a = api.post("/api/reports", tokens.get("drafter"), Trials.transferDocument(project));
        if (!a.ok()) {
            if (a.status() >= 400 && a.status() < 500) {
                refused.computeIfAbsent("IMPORT " + a.status(), k -> new AtomicInteger()).incrementAndGet();
            }
            return null;
        }
        acknowledged.computeIfAbsent("CREATE", k -> new AtomicInteger()).incrementAndGet();
        Tracked t = new Tracked(a.json().get("id").asLong(), worker);
        t.acknowledgedSince.add("CREATE");
        reports.put(t.id, t);
        return t;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- checking -----------------------------------------------------------------------------

    /** Reports created by an import whose answer never came: tracked from now on, with their one CREATE line. */
    private void adoptUnknownReports(int workers) throws SQLException {
        try (Connection c = db.connect(); var s = c.createStatement();
                ResultSet rs = s.executeQuery("select id from report order by id")) {
            int next = 0;
            while (rs.next()) {
                long id = rs.getLong(1);
                if (!reports.containsKey(id)) {
                    Tracked t = new Tracked(id, next++ % workers);
                    t.uncertain = "CREATE";
                    reports.put(id, t);
                }
            }
        }
    }

    private void check(String when) throws SQLException {
        int before = disagreements.size();
        try (Connection c = db.connect()) {
            for (Tracked t : reports.values().stream().sorted(java.util.Comparator.comparingLong(x -> x.id)).toList()) {
                State s = state(c, t.id);
                String flowable = flowableStatus(s);
                if (!s.status().equals(flowable)) {
                    disagreements.add(when + ": report " + t.id + " status " + s.status() + " but the process says "
                            + flowable + " (task " + s.taskKey() + ", processes " + s.processes() + ", ended "
                            + s.ended() + ", publication timer " + s.publicationTimer() + ")");
                }
                if (s.failedJobs() > 0) {
                    disagreements.add(when + ": report " + t.id + " has " + s.failedJobs() + " dead-letter jobs");
                }
                List<String[]> lines = history(c, t.id);
                reconcile(when, t, lines);
                String mismatch = compareAudit(c, t.id, lines) + compareSnapshots(c, t.id, lines);
                if (!mismatch.isEmpty() && !mismatch.equals(t.lastMismatch)) {
                    disagreements.add(when + ": report " + t.id + mismatch);
                }
                t.lastMismatch = mismatch;
            }
        }
        Trials.say("checked %d reports %s: %d new disagreements", reports.size(), when, disagreements.size() - before);
    }

    /**
     * The history lines written since the last check must be the actions acknowledged since, in
     * order, plus possibly the one whose answer never came; a publication the timer made after a
     * scheduled publication is the engine's own line.
     */
    private void reconcile(String when, Tracked t, List<String[]> lines) {
        List<String> all = lines.stream().map(l -> l[0]).toList();
        if (t.baseline) {
            t.baseline = false;
            t.reconciledLines = all.size();
            t.uncertain = null;
            return;
        }
        List<String> fresh = new ArrayList<>();
        for (int i = t.reconciledLines; i < all.size(); i++) {
            boolean byTimer = all.get(i).equals("PUBLISH") && i > 0 && all.get(i - 1).equals("SCHEDULE_PUBLICATION");
            if (!byTimer) {
                fresh.add(all.get(i));
            }
        }
        List<String> expected = new ArrayList<>(t.acknowledgedSince);
        boolean agrees = fresh.equals(expected);
        if (!agrees && t.uncertain != null) {
            expected.add(t.uncertain);
            agrees = fresh.equals(expected);
        }
        if (!agrees) {
            disagreements.add(when + ": report " + t.id + " history since the last check " + fresh
                    + " but acknowledged " + t.acknowledgedSince + (t.uncertain == null ? ""
                            : " (+ maybe " + t.uncertain + ")"));
        }
        t.reconciledLines = all.size();
        t.acknowledgedSince.clear();
        t.uncertain = null;
    }

    /** Each history line has its audit line ({@code REPORT_<action>}; a replacement is {@code REPORT_SAVE}). */
    private static String compareAudit(Connection c, long id, List<String[]> lines) throws SQLException {
        Map<String, Long> fromHistory = lines.stream().map(l -> "REPORT_" + (l[0].equals("REPLACE") ? "SAVE" : l[0]))
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        Map<String, Long> fromAudit = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("select event, count(*) from audit_entry where object_ref = ?"
                + " and event like 'REPORT\\_%' group by event")) {
            ps.setString(1, "report:" + id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    fromAudit.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return fromHistory.equals(fromAudit) ? "" : " history lines " + fromHistory + " but audit lines " + fromAudit;
    }

    /** Each round that was submitted has its snapshot, and only those. */
    private static String compareSnapshots(Connection c, long id, List<String[]> lines) throws SQLException {
        var submitted = lines.stream().filter(l -> l[0].equals("SUBMIT")).map(l -> Integer.valueOf(l[1]))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        var snapshots = new java.util.TreeSet<Integer>();
        try (PreparedStatement ps = c.prepareStatement("select round_no from report_snapshot where report_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    snapshots.add(rs.getInt(1));
                }
            }
        }
        return submitted.equals(snapshots) ? "" : " submitted in rounds " + submitted + " but snapshots of " + snapshots;
    }

    private static List<String[]> history(Connection c, long id) throws SQLException {
        List<String[]> lines = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select action, round_no from report_event where report_id = ?"
                + " order by id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(new String[] {rs.getString(1), Integer.toString(rs.getInt(2))});
                }
            }
        }
        return lines;
    }

    private static String flowableStatus(State s) {
        if (s.processes() != 1) {
            return "(" + s.processes() + " processes)";
        }
        if (s.ended()) {
            return "PUBLISHED";
        }
        if (s.taskKey() != null) {
            return STATUS_OF_TASK.getOrDefault(s.taskKey(), "(task " + s.taskKey() + ")");
        }
        return s.publicationTimer() ? "APPROVED" : "(running, no task and no publication timer)";
    }

    private State state(long id) throws SQLException {
        try (Connection c = db.connect()) {
            return state(c, id);
        }
    }

    private static State state(Connection c, long id) throws SQLException {
        String status = null;
        Timestamp scheduled = null;
        try (PreparedStatement ps = c.prepareStatement("select status, publication_scheduled_for from report where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                status = rs.getString(1);
                scheduled = rs.getTimestamp(2);
            }
        }
        Map<String, Boolean> processes = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select PROC_INST_ID_, END_TIME_ from ACT_HI_PROCINST"
                + " where BUSINESS_KEY_ = ? and PROC_DEF_ID_ like 'reportRoute:%'")) {
            ps.setString(1, Long.toString(id));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    processes.put(rs.getString(1), rs.getTimestamp(2) != null);
                }
            }
        }
        String process = processes.keySet().stream().findFirst().orElse(null);
        String taskId = null;
        String key = null;
        String assignee = null;
        String owner = null;
        String delegation = null;
        int tasks = 0;
        boolean timer = false;
        boolean submission = false;
        int failed = 0;
        if (process != null) {
            try (PreparedStatement ps = c.prepareStatement("select ID_, TASK_DEF_KEY_, ASSIGNEE_, OWNER_, DELEGATION_"
                    + " from ACT_RU_TASK where PROC_INST_ID_ = ?")) {
                ps.setString(1, process);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tasks++;
                        taskId = rs.getString(1);
                        key = rs.getString(2);
                        assignee = rs.getString(3);
                        owner = rs.getString(4);
                        delegation = rs.getString(5);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select count(*) from ACT_RU_TIMER_JOB"
                    + " where PROCESS_INSTANCE_ID_ = ? and ELEMENT_ID_ = 'waitForPublicationDate'")) {
                ps.setString(1, process);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    timer = rs.getInt(1) > 0;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select count(*) from ACT_RU_DEADLETTER_JOB"
                    + " where PROCESS_INSTANCE_ID_ = ?")) {
                ps.setString(1, process);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    failed = rs.getInt(1);
                }
            }
            if (taskId != null) {
                try (PreparedStatement ps = c.prepareStatement("select LONG_ from ACT_RU_VARIABLE where TASK_ID_ = ?"
                        + " and NAME_ = 'submission'")) {
                    ps.setString(1, taskId);
                    try (ResultSet rs = ps.executeQuery()) {
                        submission = rs.next() && rs.getLong(1) == 1;
                    }
                }
            }
        }
        if (tasks > 1) {
            key = tasks + " tasks";
        }
        return new State(status, scheduled, taskId, key, assignee, owner, delegation, submission, processes.size(),
                process != null && processes.get(process), timer, failed);
    }

    /** Waits until every report whose publication was scheduled is published (the timer fired after restarts). */
    private void awaitScheduledPublications(Duration timeout) throws Exception {
        Instant until = Instant.now().plus(timeout);
        Instant from = Instant.now();
        while (true) {
            List<Long> waiting = new ArrayList<>();
            for (Tracked t : reports.values()) {
                State s = state(t.id);
                if (s != null && "APPROVED".equals(s.status()) && s.scheduledFor() != null) {
                    waiting.add(t.id);
                }
            }
            if (waiting.isEmpty()) {
                Trials.say("every scheduled publication happened (waited %d s)",
                        Duration.between(from, Instant.now()).toSeconds());
                return;
            }
            if (Instant.now().isAfter(until)) {
                for (long id : waiting) {
                    State s = state(id);
                    disagreements.add("report " + id + ": its publication scheduled for " + s.scheduledFor()
                            + " had not happened " + timeout.toSeconds() + " s after the last restart");
                }
                return;
            }
            Thread.sleep(2000);
        }
    }
}
