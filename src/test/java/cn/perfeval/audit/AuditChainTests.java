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
    @Autowired
    org.springframework.context.ApplicationContext context;

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
    void a_line_forged_by_the_database_user_with_a_correct_hash_is_reported_as_inserted_by_the_verify_command() {
        log.append("finance", "10.1.2.6", "TEST", "forge", "SUCCESS", "before");
        AuditTampering tampering = new AuditTampering(jdbc, context);
        var lines = tampering.lines();
        var head = tampering.head();
        long forged = tampering.forgeAppend("finance", "APPROVE", "审批通过");
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = commands.execute("audit-verify", new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(exit).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .contains("line " + forged + ": INSERTED (inserted: a line the application never wrote")
                    .contains("line " + forged + ": HEAD_FORGED (the chain's head was moved by someone without the"
                            + " seal key)")
                    .doesNotContain("CHANGED").contains("audit chain BROKEN");
        } finally {
            tampering.restore(lines, head);
        }
        assertThat(commands.execute("audit-verify", new PrintStream(new ByteArrayOutputStream()))).isZero();
    }

    @Test
    void a_line_without_a_sequence_number_added_after_sealing_is_reported_by_its_row() {
        log.append("finance", "10.1.2.7", "TEST", "unnumbered", "SUCCESS", "before");
        jdbc.update("insert into audit_entry (occurred_at, username, event, outcome, detail) values (?, 'admin',"
                + " 'LOGIN', 'SUCCESS', 'from before the chain, supposedly')",
                java.sql.Timestamp.valueOf("2020-01-01 08:00:00"));
        long id = jdbc.queryForObject("select max(id) from audit_entry where seq is null", Long.class);
        try {
            assertThat(as.call("auditor", () -> verifier.verify()).breaks())
                    .containsExactly(new AuditVerification.Break(id, Kind.UNNUMBERED_INSERTED));
        } finally {
            jdbc.update("delete from audit_entry where id = ?", id);
        }
        assertThat(as.call("auditor", () -> verifier.verify()).intact()).isTrue();
    }

    @Test
    void the_log_is_sealed_once_on_the_first_start_and_the_sealing_is_recorded_with_the_key_id() {
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event = 'AUDIT_SEALED'", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select detail from audit_entry where event = 'AUDIT_SEALED'", String.class))
                .contains("with key " + jdbc.queryForObject("select seal_key_id from audit_chain", String.class))
                .contains("hash chain before sealing: intact");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where seal is null", Long.class)).isZero();
    }

    @Test
    void a_key_other_than_the_one_that_sealed_the_log_is_refused() {
        String sealedBy = jdbc.queryForObject("select seal_key_id from audit_chain", String.class);
        jdbc.update("update audit_chain set seal_key_id = '0123456789abcdef'");
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> log.sealIfNeeded())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not the key that sealed");
        } finally {
            jdbc.update("update audit_chain set seal_key_id = ?", sealedBy);
        }
        log.sealIfNeeded();
    }

    @Test
    void only_the_auditor_verifies_through_the_portal() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as.call("admin", () -> verifier.verify()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    /** Puts a removed line back exactly as it was. */
    private void restore(Map<String, Object> row) {
        jdbc.update("insert into audit_entry (id, seq, occurred_at, username, source_address, event, object_ref, "
                + "outcome, detail, prev_hash, entry_hash, seal) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.get("ID"), row.get("SEQ"), row.get("OCCURRED_AT"), row.get("USERNAME"), row.get("SOURCE_ADDRESS"),
                row.get("EVENT"), row.get("OBJECT_REF"), row.get("OUTCOME"), row.get("DETAIL"), row.get("PREV_HASH"),
                row.get("ENTRY_HASH"), row.get("SEAL"));
    }

    private long lastSeq() {
        return jdbc.queryForObject("select max(seq) from audit_entry", Long.class);
    }
}
