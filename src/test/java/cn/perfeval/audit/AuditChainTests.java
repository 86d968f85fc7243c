package cn.perfeval.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.audit.AuditVerification.Kind;
import cn.perfeval.support.AsUser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import cn.perfeval.support.PortalTest;

@PortalTest
class AuditChainTests {

    @Autowired
    AuditLog log;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    AuditCommands commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AsUser as;

    @Test
    void every_line_follows_the_one_before_it_and_the_chain_verifies() {
        log.append("drafter", "127.0.0.1", "TEST", "chain", "SUCCESS", "one");
        log.append("drafter", "127.0.0.1", "TEST", "chain", "SUCCESS", "two");
        AuditVerification result = as.call("auditor", () -> verifier.verify());
        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_line_edited_directly_in_the_database_is_reported_by_the_verify_command() {
        log.append("finance", "10.1.2.3", "TEST", "tamper", "SUCCESS", "审批通过");
        long seq = lastSeq();
        String original = jdbc.queryForObject("select detail from audit_entry where seq = ?", String.class, seq);
        jdbc.update("update audit_entry set detail = ? where seq = ?", "退回", seq);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = commands.execute("audit-verify", new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(exit).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("line " + seq + ": CHANGED")
                    .contains("audit chain BROKEN");
            assertThat(as.call("auditor", () -> verifier.verify()).breaks())
                    .contains(new AuditVerification.Break(seq, Kind.CHANGED));
        } finally {
            jdbc.update("update audit_entry set detail = ? where seq = ?", original, seq);
        }
        assertThat(commands.execute("audit-verify", new PrintStream(new ByteArrayOutputStream()))).isZero();
    }

    @Test
    void a_deleted_line_is_reported_as_missing() {
        log.append("bureau", "10.1.2.4", "TEST", "delete", "SUCCESS", "a");
        long seq = lastSeq();
        log.append("bureau", "10.1.2.4", "TEST", "delete", "SUCCESS", "b");
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where seq = ?", seq);
        jdbc.update("delete from audit_entry where seq = ?", seq);
        try {
            assertThat(as.call("auditor", () -> verifier.verify()).breaks())
                    .contains(new AuditVerification.Break(seq, Kind.MISSING));
        } finally {
            restore(row);
        }
        assertThat(as.call("auditor", () -> verifier.verify()).intact()).isTrue();
    }

    @Test
    void removing_the_last_lines_is_detected() {
        log.append("admin", "10.1.2.5", "TEST", "tail", "SUCCESS", "last");
        long seq = lastSeq();
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where seq = ?", seq);
        jdbc.update("delete from audit_entry where seq = ?", seq);
        try {
            assertThat(as.call("auditor", () -> verifier.verify()).breaks())
                    .contains(new AuditVerification.Break(seq, Kind.TAIL_MISSING));
        } finally {
            restore(row);
        }
    }

    @Test
    void only_the_auditor_verifies_through_the_portal() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as.call("admin", () -> verifier.verify()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    /** Puts a removed line back exactly as it was. */
    private void restore(Map<String, Object> row) {
        jdbc.update("insert into audit_entry (id, seq, occurred_at, username, source_address, event, object_ref, "
                + "outcome, detail, prev_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.get("ID"), row.get("SEQ"), row.get("OCCURRED_AT"), row.get("USERNAME"), row.get("SOURCE_ADDRESS"),
                row.get("EVENT"), row.get("OBJECT_REF"), row.get("OUTCOME"), row.get("DETAIL"), row.get("PREV_HASH"),
                row.get("ENTRY_HASH"));
    }

    private long lastSeq() {
        return jdbc.queryForObject("select max(seq) from audit_entry", Long.class);
    }
}
