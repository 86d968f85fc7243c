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
 * {@code config/grants-mysql.sql} on the MySQL-protocol test database (MariaDB on our machines): the
 * test's database user owns the schema, a fresh application user ({@code <database>_app}, dropped and
 * created anew by the administrator account at each run) runs the portal.
 */
@ExtendWith(MySqlDatabase.class)
@SpringBootTest
@ActiveProfiles("mysql")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MySqlAuditGrantsTests extends AuditGrantsScript {

    static String appUser() {
        return MySqlDatabase.database() + "_app";
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        MySqlDatabase.recreate();
        migrate("--spring.profiles.active=mysql", "--spring.datasource.url=" + MySqlDatabase.url(),
                "--spring.datasource.username=" + MySqlDatabase.USER,
                "--spring.datasource.password=" + MySqlDatabase.PASSWORD);
        try (Connection admin = DriverManager.getConnection(MySqlDatabase.url(), MySqlDatabase.ADMIN_USER,
                MySqlDatabase.ADMIN_PASSWORD); Statement s = admin.createStatement()) {
            s.execute("DROP USER IF EXISTS '" + appUser() + "'@'%'");
            s.execute("CREATE USER '" + appUser() + "'@'%' IDENTIFIED BY '" + APP_PASSWORD + "'");
            s.execute("SET @app_user = '" + appUser() + "'");
            runScript(admin, Path.of("config", "grants-mysql.sql"));
        }
        registry.add("spring.datasource.url", MySqlDatabase::url);
        registry.add("spring.datasource.username", MySqlAuditGrantsTests::appUser);
        registry.add("spring.datasource.password", () -> APP_PASSWORD);
        registry.add("spring.liquibase.enabled", () -> "false");
        registry.add("perfeval.demo-data", () -> "true");
        registry.add("flowable.async-executor-activate", () -> "false");
    }

    @Override
    String applicationUser() {
        return appUser() + "@";
    }

    @Override
    Connection connectAsApplicationUser() throws SQLException {
        return DriverManager.getConnection(MySqlDatabase.url(), appUser(), APP_PASSWORD);
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
