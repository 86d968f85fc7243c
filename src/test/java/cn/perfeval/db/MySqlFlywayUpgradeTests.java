package cn.perfeval.db;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A MySQL-protocol database (MariaDB here) made by the earlier Flyway migrations, with data, upgraded in place. */
@ExtendWith(MySqlDatabase.class)
@SpringBootTest
@ActiveProfiles("mysql")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MySqlFlywayUpgradeTests extends FlywayDatabaseUpgrade {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MySqlDatabase.recreate();
        buildWithFlyway(MySqlDatabase.url(), MySqlDatabase.USER, MySqlDatabase.PASSWORD, "mysql");
        registry.add("spring.datasource.url", MySqlDatabase::url);
        registry.add("spring.datasource.username", () -> MySqlDatabase.USER);
        registry.add("spring.datasource.password", () -> MySqlDatabase.PASSWORD);
        registry.add("perfeval.demo-data", () -> "false");
        registry.add("flowable.async-executor-activate", () -> "false");
    }
}
