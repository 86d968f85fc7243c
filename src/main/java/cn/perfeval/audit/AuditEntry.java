package cn.perfeval.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One line of the audit log. Never updated or deleted (the archive job aside); each line carries
 * the hash of the line before it and its own, so a changed, removed or inserted line is detected.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long seq;
    private Instant occurredAt;
    private String username;
    private String sourceAddress;
    private String event;

    @Column(name = "object_ref")
    private String object;

    private String outcome;
    private String detail;
    private String prevHash;
    private String entryHash;
    private String seal;

    protected AuditEntry() {
    }

    AuditEntry(long seq, Instant occurredAt, String username, String sourceAddress, String event, String object,
            String outcome, String detail, String prevHash) {
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.username = cut(username, 64);
        this.sourceAddress = cut(sourceAddress, 64);
        this.event = cut(event, 64);
        this.object = cut(object, 200);
        this.outcome = cut(outcome, 16);
        this.detail = cut(detail, 2000);
        this.prevHash = prevHash;
        this.entryHash = AuditHash.of(this);
    }

    /** Cut to the column's length, never between the two halves of a four-byte character. */
    private static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
        return text.substring(0, end);
    }

    AuditRecord record() {
        return new AuditRecord(seq, occurredAt, username, sourceAddress, event, object, outcome, detail);
    }

    Long getId() {
        return id;
    }

    Long getSeq() {
        return seq;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    String getUsername() {
        return username;
    }

    String getSourceAddress() {
        return sourceAddress;
    }

    String getEvent() {
        return event;
    }

    String getObject() {
        return object;
    }

    String getOutcome() {
        return outcome;
    }

    String getDetail() {
        return detail;
    }

    String getPrevHash() {
        return prevHash;
    }

    String getEntryHash() {
        return entryHash;
    }

    String getSeal() {
        return seal;
    }

    /** Sets the seal of a new line, before it is stored (stored lines are never updated). */
    void seal(String value) {
        seal = value;
    }
}
