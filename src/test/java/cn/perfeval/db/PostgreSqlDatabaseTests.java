package cn.perfeval.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.support.TestDocuments;
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
    java.time.temporal.ChronoUnit storedTimePrecision() {
        return java.time.temporal.ChronoUnit.MICROS;
    }

    @Override
    long largeObjects() {
        return jdbc.queryForObject("select count(*) from pg_largeobject_metadata", Long.class);
    }

    @Override
    String currentSchema() {
        return "current_schema()";
    }

    @Test
    void a_long_text_left_in_a_large_object_by_the_former_mapping_is_moved_into_its_column_and_the_object_unlinked()
            throws java.io.IOException {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        long revision = jdbc.queryForObject("select max(rev) from report_aud where id = ?", Long.class, id);
        String conclusion = "𠀀𪚥 结论：项目按期完成，😀 资金使用合规。";
        String problems = "问题：个别指标值偏低。";
        long objectsBefore = largeObjects();
        // As the former mapping left them: the columns hold the oids of large objects with the texts.
        long conclusionObject = jdbc.queryForObject("select lo_from_bytea(0, convert_to(?, 'UTF8'))", Long.class,
                conclusion);
        long problemsObject = jdbc.queryForObject("select lo_from_bytea(0, convert_to(?, 'UTF8'))", Long.class,
                problems);
        jdbc.update("update report set conclusion = ?, problems = ?, suggestions = '4294967296', result_use = '7'"
                + " where id = ?", String.valueOf(conclusionObject), String.valueOf(problemsObject), id);
        jdbc.update("update report_aud set conclusion = ? where id = ? and rev = ?", String.valueOf(conclusionObject),
                id, revision);
        assertThat(largeObjects()).isEqualTo(objectsBefore + 2);

        assertThat(jdbc.queryForObject("select exectype from databasechangelog where id = ?", String.class,
                "0090-long-texts-out-of-large-objects")).isEqualTo("EXECUTED");
        String conversion;
        try (var in = new org.springframework.core.io.ClassPathResource(
                "db/changelog/sql/0090-long-texts-out-of-large-objects.sql").getInputStream()) {
            conversion = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        jdbc.execute(conversion);

        var stored = jdbc.queryForMap("select conclusion, problems, suggestions, result_use from report where id = ?",
                id);
        assertThat(stored.values()).containsExactly(conclusion, problems, "4294967296", "7");
        assertThat(jdbc.queryForObject("select conclusion from report_aud where id = ? and rev = ?", String.class, id,
                revision)).isEqualTo(conclusion);
        assertThat(largeObjects()).isEqualTo(objectsBefore);
        assertThat(as.call("drafter", () -> reports.export(id)).conclusion()).isEqualTo(conclusion);

        jdbc.execute(conversion);
        assertThat(jdbc.queryForMap("select conclusion, problems, suggestions, result_use from report where id = ?",
                id).values()).containsExactly(conclusion, problems, "4294967296", "7");
    }

    @Test
    void the_database_stores_text_in_utf8() {
        assertThat(jdbc.queryForObject("select pg_encoding_to_char(encoding) from pg_database"
                + " where datname = current_database()", String.class)).isEqualTo("UTF8");
    }
}
