package cn.perfeval.declaration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a declaration's history: who did what, when, from which status to which, on which version. */
@Entity
@Table(name = "declaration_event")
class DeclarationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long declarationId;
    private Instant occurredAt;
    private String username;

    @Enumerated(EnumType.STRING)
    private DeclarationAction action;

    @Enumerated(EnumType.STRING)
    private DeclarationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private DeclarationStatus toStatus;

    @Column(name = "version_no")
    private int version;

    @Column(name = "comment_text")
    private String comment;

    protected DeclarationEvent() {
    }

    DeclarationEvent(long declarationId, Instant occurredAt, String username, DeclarationAction action,
            DeclarationStatus fromStatus, DeclarationStatus toStatus, int version, String comment) {
        this.declarationId = declarationId;
        this.occurredAt = occurredAt;
        this.username = username;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.version = version;
        this.comment = comment;
    }

    DeclarationHistoryEntry entry() {
        return new DeclarationHistoryEntry(occurredAt, username, action, fromStatus, toStatus, version, comment);
    }
}
