package cn.perfeval.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code config/grants-postgresql.sql} on the PostgreSQL test database: the test's database user owns
 * the schema and runs the script, a fresh application role ({@code <database>_app}, dropped and
 * created anew by the superuser at each run) runs the portal.
 */
@ExtendWith(PostgreSqlDatabase.class)
@SpringBootTest
@ActiveProfiles("postgresql")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgreSqlAuditGrantsTests extends AuditGrantsScript {

    static String appUser() {
        return PostgreSqlDatabase.database() + "_app";
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        PostgreSqlDatabase.recreate();
        migrate("--spring.profiles.active=postgresql", "--spring.datasource.url=" + PostgreSqlDatabase.url(),
                "--spring.datasource.username=" + PostgreSqlDatabase.USER,
                "--spring.datasource.password=" + PostgreSqlDatabase.PASSWORD);
        dropApplicationUser();
        try (Connection admin = DriverManager.getConnection(PostgreSqlDatabase.url(), PostgreSqlDatabase.ADMIN_USER,
                PostgreSqlDatabase.ADMIN_PASSWORD); Statement s = admin.createStatement()) {
            s.execute("CREATE ROLE " + appUser() + " LOGIN PASSWORD '" + APP_PASSWORD + "'");
        }
        try (Connection owner = DriverManager.getConnection(PostgreSqlDatabase.url(), PostgreSqlDatabase.USER,
                PostgreSqlDatabase.PASSWORD); Statement s = owner.createStatement()) {
            s.execute("SET perfeval.app_user = '" + appUser() + "'");
            runScript(owner, Path.of("config", "grants-postgresql.sql"));
        }
        registry.add("spring.datasource.url", PostgreSqlDatabase::url);
        registry.add("spring.datasource.username", PostgreSqlAuditGrantsTests::appUser);
        registry.add("spring.datasource.password", () -> APP_PASSWORD);
        registry.add("spring.liquibase.enabled", () -> "false");
        registry.add("perfeval.demo-data", () -> "true");
        registry.add("flowable.async-executor-activate", () -> "false");
    }

    /** The role of an earlier run, dropped before a fresh one is created (it keeps no privilege elsewhere). */
    static void dropApplicationUser() throws SQLException {
        try (Connection admin = DriverManager.getConnection(PostgreSqlDatabase.url(), PostgreSqlDatabase.ADMIN_USER,
                PostgreSqlDatabase.ADMIN_PASSWORD); Statement s = admin.createStatement()) {
            if (exists(s)) {
                s.execute("DROP OWNED BY " + appUser());
                s.execute("DROP ROLE " + appUser());
            }
        }
    }

    private static boolean exists(Statement s) throws SQLException {
        try (var rows = s.executeQuery("select count(*) from pg_roles where rolname = '" + appUser() + "'")) {
            return rows.next() && rows.getInt(1) > 0;
        }
    }

    @Override
    String applicationUser() {
        return appUser();
    }

    @Override
    Connection connectAsApplicationUser() throws SQLException {
        return DriverManager.getConnection(PostgreSqlDatabase.url(), appUser(), APP_PASSWORD);
    }

    @Override
    List<String> forbidden() {
        return List.of("update audit_entry set username = 'forged' where seq = 1",
                "delete from audit_entry where seq = 1",
                "truncate table audit_entry",
                "drop table audit_entry",
                "alter table audit_entry add column forged int",
                "insert into audit_chain (id, last_seq, last_hash, anchor_seq, anchor_hash) values (2, 0, 'x', 0, 'x')",
                "delete from audit_chain",
                "truncate table audit_chain",
                "create table forged_audit (id int)");
    }
}
