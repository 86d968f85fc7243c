package cn.perfeval.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL test database named by {@code PERFEVAL_TEST_PG_URL}, {@code _USER} and
 * {@code _PASSWORD} ({@code .ci/run} creates it, owned by its user). Tests using it are skipped
 * where it is not configured, except under CI, where they run and fail if it cannot be reached.
 */
final class PostgreSqlDatabase implements ExecutionCondition {

    static final String URL = System.getenv("PERFEVAL_TEST_PG_URL");
    static final String USER = System.getenv().getOrDefault("PERFEVAL_TEST_PG_USER", "perfeval_test");
    static final String PASSWORD = System.getenv().getOrDefault("PERFEVAL_TEST_PG_PASSWORD", "");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (URL != null || "true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("PostgreSQL test database configured, or running under CI");
        }
        return ConditionEvaluationResult.disabled("PERFEVAL_TEST_PG_URL not set (run .ci/run to create it)");
    }

    /** The database URL; under CI without one, the failure says what is missing. */
    static String url() {
        if (URL == null) {
            throw new IllegalStateException("CI=true but PERFEVAL_TEST_PG_URL is not set");
        }
        return URL;
    }

    /** A superuser that may create roles (postgres on our machines), for the grants script's test. */
    static final String ADMIN_USER = System.getenv().getOrDefault("PERFEVAL_TEST_PG_ADMIN_USER", "postgres");
    static final String ADMIN_PASSWORD = System.getenv().getOrDefault("PERFEVAL_TEST_PG_ADMIN_PASSWORD", "");

    /** The test database's name. */
    static String database() {
        String url = url();
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Empties the test database (its owner drops and recreates the public schema). */
    static void recreate() {
        try (Connection c = DriverManager.getConnection(url(), USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the PostgreSQL test database at " + url() + ": "
                    + e.getMessage(), e);
        }
    }
}
