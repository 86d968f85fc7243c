package cn.perfeval.audit;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the application's own database user can do to the audit log with plain SQL, and how a test
 * puts the log back afterwards. The forged line is exactly what someone who knows the hash
 * recipe (it is in the source) writes: a correct hash and link, but no seal, for the key is not
 * in the database.
 */
public final class AuditTampering {

    private final JdbcTemplate jdbc;
    private final AuditEntryRepository entries;

    public AuditTampering(JdbcTemplate jdbc, ApplicationContext context) {
        this.jdbc = jdbc;
        this.entries = context.getBean(AuditEntryRepository.class);
    }

    /**
     * Appends a line with a correct hash and link after the last one (its time copied from it) and
     * moves the head to it; its sequence number.
     */
    public long forgeAppend(String user, String event, String detail) {
        Map<String, Object> head = head();
        long last = ((Number) head.get("LAST_SEQ")).longValue();
        long seq = last + 1;
        jdbc.update("insert into audit_entry (seq, occurred_at, username, source_address, event, object_ref, outcome,"
                + " detail, prev_hash, entry_hash) select ?, occurred_at, ?, '10.9.9.9', ?, 'report:1', 'SUCCESS', ?,"
                + " ?, 'x' from audit_entry where seq = ?", seq, user, event, detail, head.get("LAST_HASH"), last);
        String hash = rehash(seq);
        jdbc.update("update audit_chain set last_seq = ?, last_hash = ?", seq, hash);
        return seq;
    }

    /** Edits a line and recomputes its hash and the links and hashes after it, as one who knows the recipe would. */
    public void editAndRehash(long seq, String detail) {
        jdbc.update("update audit_entry set detail = ? where seq = ?", detail, seq);
        String prev = rehash(seq);
        List<Long> after = jdbc.queryForList("select seq from audit_entry where seq > ? order by seq", Long.class, seq);
        for (long s : after) {
            jdbc.update("update audit_entry set prev_hash = ? where seq = ?", prev, s);
            prev = rehash(s);
        }
        jdbc.update("update audit_chain set last_hash = ?", prev);
    }

    /** Stores the hash of the line as the application reads it; the hash. */
    private String rehash(long seq) {
        AuditEntry line = entries.inChainOrder().stream().filter(e -> Long.valueOf(seq).equals(e.getSeq()))
                .findFirst().orElseThrow();
        String hash = AuditHash.of(line);
        jdbc.update("update audit_entry set entry_hash = ? where seq = ?", hash, seq);
        return hash;
    }

    public Map<String, Object> head() {
        return jdbc.queryForMap("select * from audit_chain");
    }

    /** Every line of the log as stored, to put back with {@link #restore}. */
    public List<Map<String, Object>> lines() {
        return jdbc.queryForList("select * from audit_entry order by id");
    }

    /** Puts the log and its head back exactly as they were. */
    public void restore(List<Map<String, Object>> lines, Map<String, Object> head) {
        jdbc.update("delete from audit_entry");
        jdbc.batchUpdate("insert into audit_entry (id, seq, occurred_at, username, source_address, event, object_ref,"
                + " outcome, detail, prev_hash, entry_hash, seal) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                lines.stream().map(row -> new Object[] {row.get("ID"), row.get("SEQ"), row.get("OCCURRED_AT"),
                    row.get("USERNAME"), row.get("SOURCE_ADDRESS"), row.get("EVENT"), row.get("OBJECT_REF"),
                    row.get("OUTCOME"), row.get("DETAIL"), row.get("PREV_HASH"), row.get("ENTRY_HASH"),
                    row.get("SEAL")}).toList());
        jdbc.update("update audit_chain set last_seq = ?, last_hash = ?, anchor_seq = ?, anchor_hash = ?, chain_id = ?,"
                + " seal_key_id = ?, unnumbered_count = ?, head_seal = ?", head.get("LAST_SEQ"), head.get("LAST_HASH"),
                head.get("ANCHOR_SEQ"), head.get("ANCHOR_HASH"), head.get("CHAIN_ID"), head.get("SEAL_KEY_ID"),
                head.get("UNNUMBERED_COUNT"), head.get("HEAD_SEAL"));
    }
}
