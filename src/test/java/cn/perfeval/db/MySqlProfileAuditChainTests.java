package cn.perfeval.db;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application started as the README's production block shows, with the {@code mysql} profile
 * alone, on the MySQL-protocol test database (MariaDB on our machines).
 */
@ExtendWith(MySqlDatabase.class)
@SpringBootTest
@ActiveProfiles("mysql")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MySqlProfileAuditChainTests extends AuditChainAfterRoute {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MySqlDatabase.recreate();
        registry.add("spring.datasource.url", MySqlDatabase::url);
        registry.add("spring.datasource.username", () -> MySqlDatabase.USER);
        registry.add("spring.datasource.password", () -> MySqlDatabase.PASSWORD);
        registry.add("perfeval.demo-data", () -> "true");
        registry.add("flowable.async-executor-activate", () -> "false");
    }

    @Autowired
    EntityManagerFactory entityManagers;

    @Test
    void mariadb_is_recognised_without_its_profile() {
        String version = jdbc.queryForObject("select version()", String.class);
        var dialect = entityManagers.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
        if (version.contains("MariaDB")) {
            assertThat(dialect).isInstanceOf(MariaDBDialect.class);
            assertThat(dialect.getVersion().getMajor()).isGreaterThanOrEqualTo(10);
        } else {
            assertThat(dialect).isNotInstanceOf(MariaDBDialect.class);
        }
    }
}
