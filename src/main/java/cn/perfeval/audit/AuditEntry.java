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
        this.object = object;
        this.outcome = outcome;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    AuditRecord record() {
        return new AuditRecord(occurredAt, username, sourceAddress, event, object, outcome, detail);
    }
}
