package cn.perfeval.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on a running portal over its REST API (access tokens) and its public pages: drafters
 * import a transfer-payment report (a project name of its own each time) and submit it, and
 * publish those finance approved; bureau reviewers pass submitted reports; finance reviewers
 * approve passed ones; anonymous readers open the public pages and published PDFs. Every user
 * reads lists and reports between actions, and thinks 0.5 to 1.5 s between requests. The reports
 * move from one journey to the next through queues, so no two users act on the same report.
 *
 * <p>System properties: {@code baseUrl} (default {@code http://localhost:8140}), {@code users}
 * (all journeys together, default 20: 30% drafters, 20% bureau, 20% finance, 30% public),
 * {@code duration} (seconds each user keeps going, default 60), {@code rampSeconds} (default 10),
 * {@code password} (of the demo users). See docs/load.md.
 */
public class PortalSimulation extends Simulation {

    private static final String BASE = System.getProperty("baseUrl", "http://localhost:8140");
    private static final int USERS = Integer.getInteger("users", 20);
    private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("duration", 60));
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("rampSeconds", 10));
    private static final String PASSWORD = System.getProperty("password", "Perfeval#2026");
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    private static final Queue<Long> SUBMITTED = new ConcurrentLinkedQueue<>();
    private static final Queue<Long> PASSED = new ConcurrentLinkedQueue<>();
    private static final Queue<Long> APPROVED = new ConcurrentLinkedQueue<>();
    private static final Queue<Long> PUBLISHED = new ConcurrentLinkedQueue<>();
    private static final AtomicLong PROJECTS = new AtomicLong();
    private static final String DOCUMENT = fixture();

    private static final String DRAFTER = token("drafter");
    private static final String BUREAU = token("bureau");
    private static final String FINANCE = token("finance");

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("application/json")
            .contentTypeHeader("application/json").userAgentHeader("perfeval-load");

    private static ChainBuilder think() {
        return pause(Duration.ofMillis(500), Duration.ofMillis(1500));
    }

    private static ChainBuilder list(String name) {
        return exec(http(name).get("/api/reports?page=0&size=20").header("Authorization", "Bearer #{token}")
                .check(status().is(200)));
    }

    /** Takes a report from the queue into the session as {@code id}, or removes {@code id}. */
    private static Function<Session, Session> take(Queue<Long> from) {
        return session -> {
            Long id = from.poll();
            return id == null ? session.remove("id") : session.set("id", id);
        };
    }

    /** Acts on the report in the session, when there is one, and hands it on. */
    private static ChainBuilder act(String name, String action, Queue<Long> from, Queue<Long> to) {
        return exec(take(from)).doIf(session -> session.contains("id")).then(
                exec(http(name).post("/api/reports/#{id}/" + action).header("Authorization", "Bearer #{token}")
                        .body(StringBody("{}")).check(status().is(200)))
                        .exec(session -> {
                            if (!session.isFailed()) {
                                to.add(session.getLong("id"));
                            }
                            return session;
                        }));
    }

    private final ScenarioBuilder drafters = scenario("drafter").exec(session -> session.set("token", DRAFTER))
            .during(DURATION).on(
                    list("drafter: list").exec(think())
                            .exec(session -> session.set("document", DOCUMENT.replace("城乡医疗救助",
                                    "城乡医疗救助（负载" + RUN + "-" + PROJECTS.incrementAndGet() + "）")))
                            .exec(http("drafter: import").post("/api/reports").header("Authorization", "Bearer #{token}")
                                    .body(StringBody("#{document}")).check(status().is(201), jsonPath("$.id").saveAs("mine")))
                            .exec(think())
                            .doIf(session -> session.contains("mine")).then(
                                    exec(http("drafter: submit").post("/api/reports/#{mine}/submit")
                                            .header("Authorization", "Bearer #{token}").body(StringBody("{}"))
                                            .check(status().is(200)))
                                            .exec(session -> {
                                                if (!session.isFailed()) {
                                                    SUBMITTED.add(Long.valueOf(session.getString("mine")));
                                                }
                                                return session.remove("mine");
                                            }))
                            .exec(think())
                            .exec(act("drafter: publish", "publish", APPROVED, PUBLISHED))
                            .exec(think()));

    private final ScenarioBuilder bureau = scenario("bureau").exec(session -> session.set("token", BUREAU))
            .during(DURATION).on(
                    list("bureau: list").exec(think())
                            .exec(act("bureau: pass", "pass", SUBMITTED, PASSED))
                            .exec(think())
                            .doIf(session -> session.contains("id")).then(
                                    exec(http("bureau: history").get("/api/reports/#{id}/history")
                                            .header("Authorization", "Bearer #{token}").check(status().is(200)))
                                            .exec(think())));

    private final ScenarioBuilder finance = scenario("finance").exec(session -> session.set("token", FINANCE))
            .during(DURATION).on(
                    list("finance: list").exec(think())
                            .exec(act("finance: approve", "approve", PASSED, APPROVED))
                            .exec(think())
                            .doIf(session -> session.contains("id")).then(
                                    exec(http("finance: read report").get("/api/reports/#{id}")
                                            .header("Authorization", "Bearer #{token}").check(status().is(200)))
                                            .exec(think())));

    private final ScenarioBuilder readers = scenario("public").during(DURATION).on(
            exec(http("public: page").get("/public").header("Accept", "text/html").check(status().is(200)))
                    .exec(think())
                    .exec(session -> {
                        Long id = PUBLISHED.peek();
                        return session.set("pdf", id == null ? 3L : id);
                    })
                    .exec(http("public: pdf").get("/public/reports/#{pdf}.pdf").header("Accept", "application/pdf")
                            .check(status().in(200, 304)))
                    .exec(think()));

    {
        int drafterUsers = Math.max(1, USERS * 3 / 10);
        int bureauUsers = Math.max(1, USERS / 5);
        int financeUsers = Math.max(1, USERS / 5);
        int readerUsers = Math.max(1, USERS - drafterUsers - bureauUsers - financeUsers);
        PopulationBuilder[] populations = {
            drafters.injectOpen(rampUsers(drafterUsers).during(RAMP)),
            bureau.injectOpen(rampUsers(bureauUsers).during(RAMP)),
            finance.injectOpen(rampUsers(financeUsers).during(RAMP)),
            readers.injectOpen(rampUsers(readerUsers).during(RAMP))
        };
        setUp(populations).protocols(protocol);
    }

    /** The demo's transfer-payment report as one of 2023. */
    private static String fixture() {
        try (InputStream in = PortalSimulation.class.getResourceAsStream("/demo/miyi-2022-transfer-payment.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"year\": 2022", "\"year\": 2023");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A personal access token of the demo user, for a day, created once before the load with HTTP Basic. */
    private static String token(String user) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/api/tokens"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"load " + RUN + "\", \"expiresInDays\": 1}"))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
            if (response.statusCode() != 201 || !token.find()) {
                throw new IllegalStateException("No token for " + user + " at " + BASE + ": " + response.statusCode());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
