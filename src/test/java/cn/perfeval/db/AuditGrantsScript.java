package cn.perfeval.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.Application;
import cn.perfeval.audit.AuditVerification;
import cn.perfeval.audit.AuditVerifier;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.workflow.ReportWorkflow;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;

/**
 * The grants scripts ({@code config/grants-*.sql}) as an operator runs them: the schema is made by
 * its owner with the {@code migrate} command in a JVM of its own, the script gives a fresh
 * application user its privileges, and the portal then runs as that user alone (the schema
 * changelog not run at its start, as in the compose stack). It works a whole route
 * and its audit chain verifies; the same user cannot edit, delete, empty, drop or alter the log.
 */
abstract class AuditGrantsScript {

    static final String APP_PASSWORD = "Grants#Script2026";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    AsUser as;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    ApplicationEventPublisher events;

    /** The application user's name as the database reports it ({@code current_user}). */
    abstract String applicationUser();

    /** A connection of the application user's own, outside the portal. */
    abstract Connection connectAsApplicationUser() throws SQLException;

    /** Statements the application user must be refused, the audit log unchanged after each. */
    abstract List<String> forbidden();

    @Test
    void the_portal_runs_a_whole_route_as_the_restricted_user_and_its_audit_chain_verifies() {
        assertThat(jdbc.queryForObject("select current_user", String.class)).startsWith(applicationUser());
        long before = jdbc.queryForObject("select count(*) from audit_entry", Long.class);

        events.publishEvent(new InteractiveAuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated("drafter", null, List.of()), getClass()));
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, "同意"));
        as.run("finance", () -> workflow.approve(id, null));
        assertThat(as.call("drafter", () -> workflow.publish(id)).status()).isEqualTo(ReportStatus.PUBLISHED);

        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isGreaterThanOrEqualTo(before + 6);
        AuditVerification chain = as.call("auditor", () -> verifier.verify());
        assertThat(chain.breaks()).isEmpty();
        assertThat(chain.intact()).isTrue();
    }

    @Test
    void the_restricted_user_cannot_update_delete_truncate_drop_or_alter_the_audit_log() throws SQLException {
        String fingerprint = "select count(*), max(seq), min(entry_hash), max(entry_hash) from audit_entry";
        Map<String, Object> log = jdbc.queryForMap(fingerprint);
        Map<String, Object> head = jdbc.queryForMap("select * from audit_chain");
        assertThat(((Number) log.values().iterator().next()).longValue()).isPositive();

        try (Connection app = connectAsApplicationUser()) {
            app.setAutoCommit(true);
            for (String sql : forbidden()) {
                assertThatThrownBy(() -> {
                    try (Statement s = app.createStatement()) {
                        s.execute(sql);
                    }
                }).as(sql).isInstanceOf(SQLException.class).satisfies(e -> assertThat(e.getMessage().toLowerCase())
                        .as(sql).containsAnyOf("denied", "permission", "must be owner"));
            }
            try (Statement s = app.createStatement()) {
                s.execute("update report set version = version where id = -1");
                s.execute("delete from user_notification where id = -1");
            }
        }
        assertThat(jdbc.queryForMap(fingerprint)).isEqualTo(log);
        assertThat(jdbc.queryForMap("select * from audit_chain")).isEqualTo(head);
    }

    /** Runs {@code java … Application migrate} with the arguments, as the deployment does; its output if it fails. */
    static void migrate(String... args) {
        try {
            Path out = Files.createTempFile("perfeval-migrate", ".txt");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xshare:off", "-XX:TieredStopAtLevel=1", "-cp", classPath(),
                    Application.class.getName(), "migrate"));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("PERFEVAL_"));
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            Files.delete(out);
            if (process.isAlive() || process.exitValue() != 0 || !output.contains("schema up to date")) {
                throw new IllegalStateException("migrate failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * This JVM's class path with absolute entries: the schema changelog records each change by its
     * path below the class path root, which must be the same for the owner's run and the portal's.
     */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
    }

    /**
     * Runs a script file as its command-line client would: statements end with the delimiter at the
     * end of a line ({@code DELIMITER} lines change it), dollar-quoted bodies are kept whole, and
     * comment lines between statements are skipped.
     */
    static void runScript(Connection connection, Path file) throws IOException, SQLException {
        String delimiter = ";";
        StringBuilder statement = new StringBuilder();
        boolean quoted = false;
        Pattern dollar = Pattern.compile("\\$[A-Za-z_]*\\$");
        try (Statement s = connection.createStatement()) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (!quoted && statement.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("--"))) {
                    continue;
                }
                if (!quoted && statement.isEmpty() && trimmed.toUpperCase().startsWith("DELIMITER ")) {
                    delimiter = trimmed.substring("DELIMITER ".length()).strip();
                    continue;
                }
                Matcher tags = dollar.matcher(line);
                while (tags.find()) {
                    quoted = !quoted;
                }
                statement.append(line).append('\n');
                if (!quoted && trimmed.endsWith(delimiter)) {
                    String sql = statement.toString().strip();
                    s.execute(sql.substring(0, sql.length() - delimiter.length()));
                    statement.setLength(0);
                }
            }
        }
        if (!statement.toString().isBlank()) {
            throw new IllegalStateException("statement without its delimiter at the end of " + file);
        }
    }
}
