package cn.perfeval.db;

import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An H2 database made by the earlier Flyway migrations, with data, upgraded in place. */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class H2FlywayUpgradeTests extends FlywayDatabaseUpgrade {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = "jdbc:h2:mem:flyway-upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        buildWithFlyway(url, "sa", "", "h2");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
        registry.add("perfeval.demo-data", () -> "false");
        registry.add("flowable.async-executor-activate", () -> "false");
    }
}
