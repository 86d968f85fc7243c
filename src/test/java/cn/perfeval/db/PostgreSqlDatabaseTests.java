package cn.perfeval.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application on PostgreSQL with the {@code postgresql} profile, from an empty database. */
@ExtendWith(PostgreSqlDatabase.class)
@SpringBootTest
@ActiveProfiles("postgresql")
class PostgreSqlDatabaseTests extends DatabaseSuite {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgreSqlDatabase.recreate();
        registry.add("spring.datasource.url", PostgreSqlDatabase::url);
        registry.add("spring.datasource.username", () -> PostgreSqlDatabase.USER);
        registry.add("spring.datasource.password", () -> PostgreSqlDatabase.PASSWORD);
        registry.add("perfeval.demo-data", () -> "true");
        registry.add("flowable.async-executor-activate", () -> "false");
    }

    @Override
    String currentSchema() {
        return "current_schema()";
    }

    @Test
    void the_database_stores_text_in_utf8() {
        assertThat(jdbc.queryForObject("select pg_encoding_to_char(encoding) from pg_database"
                + " where datname = current_database()", String.class)).isEqualTo("UTF8");
    }
}
