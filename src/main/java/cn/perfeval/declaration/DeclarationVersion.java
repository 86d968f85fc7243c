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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a declaration's document, kept for good once submitted: the first one, and one
 * more for each adjustment, with the adjustment's reason and who approved it and when.
 */
@Entity
@Table(name = "declaration_version")
class DeclarationVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long declarationId;

    @Column(name = "version_no")
    private int number;

    /** The document as JSON: TEXT on PostgreSQL, never a large object (decision 0034). */
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String document;

    @Enumerated(EnumType.STRING)
    private VersionState state = VersionState.DRAFT;

    @Column(name = "adjustment_reason")
    private String reason;

    private String createdBy;
    private Instant createdAt;
    private String approvedBy;
    private Instant approvedAt;

    protected DeclarationVersion() {
    }

    DeclarationVersion(long declarationId, int number, String document, VersionState state, String reason,
            String user, Instant now) {
        this.declarationId = declarationId;
        this.number = number;
        this.document = document;
        this.state = state;
        this.reason = reason;
        this.createdBy = user;
        this.createdAt = now;
    }

    void replace(String newDocument) {
        this.document = newDocument;
    }

    void moveTo(VersionState to) {
        this.state = to;
    }

    void approve(String user, Instant now) {
        this.state = VersionState.APPROVED;
        this.approvedBy = user;
        this.approvedAt = now;
    }

    long getDeclarationId() {
        return declarationId;
    }

    int getNumber() {
        return number;
    }

    String getDocument() {
        return document;
    }

    VersionState getState() {
        return state;
    }

    String getReason() {
        return reason;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getApprovedBy() {
        return approvedBy;
    }

    Instant getApprovedAt() {
        return approvedAt;
    }
}
