package cn.perfeval.trials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the trials share: their options, the packaged portal as a process of its own on MariaDB,
 * the API over HTTP and the database over JDBC. The trials are programs, not tests: they start
 * and kill real processes for many minutes and print what they found (docs/trials.md).
 */
final class Trials {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PASSWORD = "Perfeval#2026";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Trials() {
    }

    /** Prints a line with the time of day (UTC), so a long run can be followed. */
    static synchronized void say(String format, Object... args) {
        System.out.println(LocalTime.now(ZoneOffset.UTC).format(CLOCK) + "  " + String.format(format, args));
        System.out.flush();
    }

    /** {@code --name=value} arguments; {@code --name} alone is {@code true}. */
    static final class Options {
        private final Map<String, String> values = new HashMap<>();

        Options(String[] args) {
            for (String arg : args) {
                if (!arg.startsWith("--")) {
                    throw new IllegalArgumentException("not an option: " + arg + " (options are --name=value)");
                }
                int eq = arg.indexOf('=');
                values.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
            }
        }

        String text(String name, String otherwise) {
            return values.getOrDefault(name, otherwise);
        }

        int number(String name, int otherwise) {
            return Integer.parseInt(text(name, Integer.toString(otherwise)));
        }

        double share(String name, double otherwise) {
            return Double.parseDouble(text(name, Double.toString(otherwise)));
        }

        boolean flag(String name) {
            return Boolean.parseBoolean(text(name, "false"));
        }
    }

    /** The database server and the trial's own database on it. */
    record Database(String host, int port, String name, String user, String password) {

        static Database of(Options o, String defaultName) {
            return new Database(o.text("db-host", "127.0.0.1"), o.number("db-port", 3306), o.text("db", defaultName),
                    o.text("db-user", "root"), o.text("db-password", ""));
        }

        /** The URL the portal is given: the production profile's, with its timeouts. */
        String url() {
            return "jdbc:mysql://" + host + ":" + port + "/" + name + "?useUnicode=true&characterEncoding=UTF-8"
                    + "&serverTimezone=UTC&allowPublicKeyRetrieval=true&nullCatalogMeansCurrent=true&useSSL=false"
                    + "&connectTimeout=5000&socketTimeout=20000";
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url(), user, password);
        }

        /** Drops and creates the database: every run starts from an empty schema. */
        void recreate() throws SQLException {
            try (Connection c = DriverManager.getConnection("jdbc:mysql://" + host + ":" + port
                    + "/?allowPublicKeyRetrieval=true&useSSL=false&connectTimeout=5000", user, password);
                    var s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + name + "`");
                s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        }
    }

    /** The packaged portal (the production jar under the {@code mysql} profile) as a process of its own. */
    static final class Portal {
        final Path jar;
        final int port;
        final int managementPort;
        final Database db;
        final String heap;
        final Path logs;
        private final HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private Process process;
        private int starts;
        /** The jar extracted (its classes in plain jars) and its ahead-of-time cache, for faster starts. */
        private final Path extracted;
        private final Path cache;
        private final boolean aot;
        private boolean training;
        /** Whether a start without a cache records one (the crash trial, which starts the portal many times). */
        boolean trainable;

        Portal(Options o, Database db, Path logs) throws IOException {
            this.jar = Path.of(o.text("jar", "target/perfeval-0.1.0-SNAPSHOT.jar"));
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: ./mvnw -DskipTests package first");
            }
            this.port = o.number("port", 8150);
            this.managementPort = o.number("management-port", 8151);
            this.heap = o.text("heap", "640m");
            this.db = db;
            this.logs = Files.createDirectories(logs);
            this.aot = !o.flag("no-aot");
            this.extracted = logs.resolveSibling("app");
            this.cache = extracted.resolve("portal.aot");
        }

        /**
         * Extracts the jar (a class cache needs plain jars on the class path) unless done for this
         * very jar; the first start then records which classes the portal loads, and the cache
         * written when that start is stopped makes every later start load them faster.
         */
        void prepare() throws IOException, InterruptedException {
            if (!aot) {
                return;
            }
            Path stamp = extracted.resolve("source");
            String source = jar.toAbsolutePath() + " " + Files.getLastModifiedTime(jar).toMillis();
            if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(source)) {
                return;
            }
            Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Djarmode=tools",
                    "-jar", jar.toString(), "extract", "--force", "--destination", extracted.toString())
                    .redirectErrorStream(true).redirectOutput(logs.resolve("extract.log").toFile()).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("could not extract " + jar + "; see " + logs.resolve("extract.log"));
            }
            Files.deleteIfExists(cache);
            Files.writeString(stamp, source);
        }

        /** Whether this start records the class cache (it is written when the portal is stopped, not killed). */
        boolean training() {
            return training;
        }

        String base() {
            return "http://127.0.0.1:" + port;
        }

        /** Starts the portal; with the demo data on the first start of an empty database (its users). */
        void start(boolean demoData) throws IOException {
            starts++;
            List<String> command = java(List.of("--spring.profiles.active=mysql", "--server.port=" + port));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logs.resolve("portal-" + starts + ".log").toFile());
            environment(builder, demoData);
            process = builder.start();
        }

        /** Runs an operator's command (e.g. {@code audit-verify}) beside or instead of the portal; its exit code. */
        int command(String name, Duration timeout) throws IOException, InterruptedException {
            ProcessBuilder builder = new ProcessBuilder(java(List.of(name))).redirectErrorStream(true)
                    .redirectOutput(logs.resolve(name + "-" + starts + ".log").toFile());
            environment(builder, false);
            Process p = builder.start();
            if (!p.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                return -1;
            }
            return p.exitValue();
        }

        private List<String> java(List<String> arguments) {
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx" + heap, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"));
            training = false;
            if (aot) {
                if (Files.isRegularFile(cache)) {
                    command.add("-XX:AOTCache=" + cache);
                } else if (trainable && arguments.getFirst().startsWith("--")) {
                    command.add("-XX:AOTCacheOutput=" + cache);
                    training = true;
                }
                command.addAll(List.of("-jar", extracted.resolve(jar.getFileName()).toString()));
            } else {
                command.addAll(List.of("-jar", jar.toString()));
            }
            command.addAll(arguments);
            return command;
        }

        private void environment(ProcessBuilder builder, boolean demoData) {
            Map<String, String> env = builder.environment();
            env.put("PERFEVAL_DB_URL", db.url());
            env.put("PERFEVAL_DB_USER", db.user());
            env.put("PERFEVAL_DB_PASSWORD", db.password());
            env.put("PERFEVAL_DEMO_DATA", Boolean.toString(demoData));
            env.put("PERFEVAL_MANAGEMENT_PORT", Integer.toString(managementPort));
        }

        /** Waits until readiness answers 200; false when the process died or the time ran out. */
        boolean awaitReady(Duration timeout) throws InterruptedException {
            Instant until = Instant.now().plus(timeout);
            while (Instant.now().isBefore(until)) {
                if (!process.isAlive()) {
                    return false;
                }
                try {
                    HttpResponse<Void> r = probe.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + managementPort + "/actuator/health/readiness")).timeout(Duration.ofSeconds(3)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return true;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            return false;
        }

        boolean alive() {
            return process != null && process.isAlive();
        }

        long pid() {
            return process.pid();
        }

        /** SIGKILL: the JVM gets no chance to finish anything. */
        void kill() throws InterruptedException {
            if (process != null) {
                process.destroyForcibly();
                process.waitFor();
            }
        }

        /** A normal stop (SIGTERM): at the end of a trial, and after the start that records the class cache. */
        void stop() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroy();
                if (!process.waitFor(training ? 600 : 60, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        }

        int starts() {
            return starts;
        }
    }

    /** An answer of the API, or the failure to get one ({@code status} -1). */
    record Answer(int status, String body, String contentType, Duration took, Exception failure) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The request never reached the server (refused connection): nothing can have happened. */
        boolean notSent() {
            return failure instanceof ConnectException;
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        boolean problem() {
            return contentType != null && contentType.startsWith("application/problem+json") && body != null
                    && body.contains("\"status\"");
        }

        String brief() {
            if (failure != null) {
                return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": "
                        + failure.getMessage());
            }
            String text = body == null ? "" : body.replace('\n', ' ');
            return status + " " + (text.length() > 200 ? text.substring(0, 200) + "…" : text);
        }
    }

    /** The API with a caller's credentials: a bearer token, or HTTP Basic. */
    static final class Api {
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();
        private final String base;
        private final Duration timeout;

        Api(String base, Duration timeout) {
            this.base = base;
            this.timeout = timeout;
        }

        static String basic(String user) {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
        }

        static String bearer(String token) {
            return "Bearer " + token;
        }

        Answer get(String path, String auth) {
            return send("GET", path, auth, null, Map.of());
        }

        Answer post(String path, String auth, String json) {
            return send("POST", path, auth, json, Map.of());
        }

        Answer send(String method, String path, String auth, String json, Map<String, String> headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                    .header("Accept", "application/json, application/problem+json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            if (auth != null) {
                request.header("Authorization", auth);
            }
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            headers.forEach(request::header);
            long start = System.nanoTime();
            try {
                HttpResponse<String> r = client.send(request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(null),
                        Duration.ofNanos(System.nanoTime() - start), null);
            } catch (IOException e) {
                return new Answer(-1, null, null, Duration.ofNanos(System.nanoTime() - start), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer(-1, null, null, Duration.ofNanos(System.nanoTime() - start), e);
            }
        }

        /** A personal access token for the user, asked for with its password. */
        String token(String user) {
            Answer a = post("/api/tokens", basic(user), "{\"name\":\"trial\",\"expiresInDays\":30}");
            if (!a.ok()) {
                throw new IllegalStateException("no token for " + user + ": " + a.brief());
            }
            return a.json().get("token").asString();
        }
    }

    /** The demo's transfer-payment report as a new project of the drafter's department. */
    static String transferDocument(String project) {
        try (var in = Trials.class.getResourceAsStream("/demo/miyi-2022-transfer-payment.json")) {
            String document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return document.replace("\"name\": \"城乡医疗救助\"", "\"name\": \"" + project + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
