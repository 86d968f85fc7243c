package cn.perfeval.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The MySQL-protocol test database named by {@code PERFEVAL_TEST_MYSQL_URL}, {@code _USER} and
 * {@code _PASSWORD} ({@code .ci/run} creates it on the MariaDB server). Tests using it are skipped
 * where it is not configured, except under CI, where they run and fail if it cannot be reached.
 */
final class MySqlDatabase implements ExecutionCondition {

    static final String URL = System.getenv("PERFEVAL_TEST_MYSQL_URL");
    static final String USER = System.getenv().getOrDefault("PERFEVAL_TEST_MYSQL_USER", "perfeval_test");
    static final String PASSWORD = System.getenv().getOrDefault("PERFEVAL_TEST_MYSQL_PASSWORD", "");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (URL != null || "true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("MySQL test database configured, or running under CI");
        }
        return ConditionEvaluationResult.disabled("PERFEVAL_TEST_MYSQL_URL not set (run .ci/run to create it)");
    }

    /** The database URL; under CI without one, the failure says what is missing. */
    static String url() {
        if (URL == null) {
            throw new IllegalStateException("CI=true but PERFEVAL_TEST_MYSQL_URL is not set");
        }
        return URL;
    }

    /** An account that may create users and grant (root on our machines), for the grants script's test. */
    static final String ADMIN_USER = System.getenv().getOrDefault("PERFEVAL_TEST_MYSQL_ADMIN_USER", "root");
    static final String ADMIN_PASSWORD = System.getenv().getOrDefault("PERFEVAL_TEST_MYSQL_ADMIN_PASSWORD", "");

    /** The test database's name. */
    static String database() {
        String url = url();
        int slash = url.indexOf('/', "jdbc:mysql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(slash + 1, query < 0 ? url.length() : query);
    }

    /** The URL of the server without a database. */
    static String server() {
        String url = url();
        int slash = url.indexOf('/', "jdbc:mysql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + (query < 0 ? "" : url.substring(query));
    }

    /** Drops and recreates the test database, so that every schema is created from empty. */
    static void recreate() {
        String database = database();
        String server = server();
        try (Connection c = DriverManager.getConnection(server, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the MySQL test database at " + server + ": " + e.getMessage(),
                    e);
        }
    }
}
