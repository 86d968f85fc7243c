package cn.perfeval.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.support.AsUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/** On a database of its own, whose history starts 200 days ago. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:perfeval-archive;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class AuditArchiveTests {

    /** A clock the test can move. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.now().minus(Duration.ofDays(200));

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void set(Instant instant) {
            now = instant;
        }
    }

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    MovableClock clock;
    @Autowired
    AuditLog log;
    @Autowired
    AuditArchive archive;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    AsUser as;

    @Test
    void lines_within_the_retention_period_cannot_be_archived() {
        clock.set(Instant.now());
        assertThatThrownBy(() -> archive.archiveBefore(Instant.now().minus(Duration.ofDays(179)),
                Files.createTempFile("audit", ".jsonl"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("180");
    }

    @Test
    void the_archive_job_moves_old_lines_to_a_file_and_the_rest_of_the_chain_still_verifies() throws Exception {
        clock.set(Instant.now().minus(Duration.ofDays(200)));
        log.append("drafter", "127.0.0.1", "TEST", "old", "SUCCESS", "两百天前");
        clock.set(Instant.now());
        log.append("drafter", "127.0.0.1", "TEST", "new", "SUCCESS", "今天");
        long before = as.call("auditor", () -> log.count(AuditFilter.ALL));

        Path file = Files.createTempFile("audit-archive", ".jsonl");
        int archived = archive.archiveBefore(clock.instant().minus(Duration.ofDays(180)), file);

        List<String> lines = Files.readAllLines(file);
        assertThat(archived).isPositive().isEqualTo(lines.size());
        assertThat(lines).anyMatch(l -> l.contains("两百天前") && l.contains("\"hash\""));
        assertThat(lines).noneMatch(l -> l.contains("今天"));
        assertThat(as.call("auditor", () -> log.count(AuditFilter.ALL))).isEqualTo(before - archived);
        AuditVerification result = as.call("auditor", () -> verifier.verify());
        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isPositive();
    }
}
