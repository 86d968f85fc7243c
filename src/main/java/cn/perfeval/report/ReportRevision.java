package cn.perfeval.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One transaction that changed reports, as the audit history ({@code *_aud} tables) records it:
 * when, and who was signed in.
 */
@Entity
@Table(name = "report_revision")
@RevisionEntity(ReportRevisionListener.class)
class ReportRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "revision_time")
    private long timestamp;

    private String username;

    protected ReportRevision() {
    }

    long getId() {
        return id;
    }

    Instant at() {
        return Instant.ofEpochMilli(timestamp);
    }

    String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }
}
