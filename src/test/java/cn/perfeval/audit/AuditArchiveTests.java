package cn.perfeval.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.support.AsUser;
import cn.perfeval.support.MovableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** On a database of its own, whose clock the test moves 200 days on. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:perfeval-archive;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class AuditArchiveTests {

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
        assertThatThrownBy(() -> archive.archiveBefore(clock.instant().minus(Duration.ofDays(179)),
                Files.createTempFile("audit", ".jsonl"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("180");
    }

    @Test
    void the_archive_job_moves_old_lines_to_a_file_and_the_rest_of_the_chain_still_verifies() throws Exception {
        log.append("drafter", "127.0.0.1", "TEST", "old", "SUCCESS", "两百天前");
        clock.advance(Duration.ofDays(200));
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
