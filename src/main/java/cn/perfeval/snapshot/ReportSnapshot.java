package cn.perfeval.snapshot;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The report as it was submitted in one round: its document (money in yuan) and attachment names. */
@Entity
@Table(name = "report_snapshot")
class ReportSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long reportId;

    @Column(name = "round_no")
    private int round;

    private Instant takenAt;
    private String takenBy;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "document_json")
    private String document;

    @ElementCollection
    @CollectionTable(name = "report_snapshot_attachment", joinColumns = @JoinColumn(name = "snapshot_id"))
    @OrderColumn(name = "line_no")
    @Column(name = "name")
    private List<String> attachments = new ArrayList<>();

    protected ReportSnapshot() {
    }

    ReportSnapshot(long reportId, int round, Instant takenAt, String takenBy, String document,
            List<String> attachments) {
        this.reportId = reportId;
        this.round = round;
        this.takenAt = takenAt;
        this.takenBy = takenBy;
        this.document = document;
        this.attachments.addAll(attachments);
    }

    /** Takes the round again: a second submission within the same round replaces the first. */
    void retake(Instant at, String by, String newDocument, List<String> newAttachments) {
        this.takenAt = at;
        this.takenBy = by;
        this.document = newDocument;
        this.attachments.clear();
        this.attachments.addAll(newAttachments);
    }

    long getReportId() {
        return reportId;
    }

    int getRound() {
        return round;
    }

    Instant getTakenAt() {
        return takenAt;
    }

    String getTakenBy() {
        return takenBy;
    }

    String getDocument() {
        return document;
    }

    List<String> getAttachments() {
        return List.copyOf(attachments);
    }

    SnapshotInfo info() {
        return new SnapshotInfo(round, takenAt, takenBy, attachments.size());
    }
}
