package cn.perfeval.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application on MariaDB/MySQL through mysql-connector-j, from an empty database. */
@ExtendWith(MySqlDatabase.class)
@SpringBootTest
@ActiveProfiles({"mysql", "mariadb"})
class MySqlDatabaseTests extends DatabaseSuite {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MySqlDatabase.recreate();
        registry.add("spring.datasource.url", MySqlDatabase::url);
        registry.add("spring.datasource.username", () -> MySqlDatabase.USER);
        registry.add("spring.datasource.password", () -> MySqlDatabase.PASSWORD);
        registry.add("perfeval.demo-data", () -> "true");
        registry.add("flowable.async-executor-activate", () -> "false");
    }

    @Override
    long largeObjects() {
        return 0; // MySQL/MariaDB keep long texts in their LONGTEXT columns; there are no large objects.
    }

    /** Sends a time with microseconds and reads what the server received (as audit.StoredTimePrecision does). */
    @Override
    java.time.temporal.ChronoUnit storedTimePrecision() {
        String received = jdbc.queryForObject("select cast(? as char)", String.class,
                java.sql.Timestamp.from(java.time.Instant.parse("2000-01-01T00:00:00.123456Z")));
        return received != null && received.contains(".123456") ? java.time.temporal.ChronoUnit.MICROS
                : java.time.temporal.ChronoUnit.SECONDS;
    }

    @Override
    String currentSchema() {
        return "database()";
    }

    @Test
    void text_columns_are_four_byte_utf8() {
        assertThat(jdbc.queryForList("select distinct character_set_name from information_schema.columns where "
                + "table_schema = database() and table_name in ('report', 'audit_entry', 'report_snapshot')"
                + " and character_set_name is not null", String.class)).containsExactly("utf8mb4");
    }
}
