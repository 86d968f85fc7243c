package cn.perfeval.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the audit log. Never updated or deleted. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;
    private String username;
    private String sourceAddress;
    private String event;

    @Column(name = "object_ref")
    private String object;

    private String outcome;
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String username, String sourceAddress, String event, String object, String outcome,
            String detail) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.sourceAddress = sourceAddress;
        this.event = event;
        this.object = cut(object, 200);
        this.outcome = outcome;
        this.detail = cut(detail, 2000);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    AuditRecord record() {
        return new AuditRecord(occurredAt, username, sourceAddress, event, object, outcome, detail);
    }
}
