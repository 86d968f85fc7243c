package cn.perfeval.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a report's route: who did what, when, from which status to which. */
@Entity
@Table(name = "report_event")
class ReportEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long reportId;
    private Instant occurredAt;
    private String username;

    @Enumerated(EnumType.STRING)
    private ReportAction action;

    @Enumerated(EnumType.STRING)
    private ReportStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private ReportStatus toStatus;

    @Column(name = "round_no")
    private int round;

    @Column(name = "comment_text")
    private String comment;

    private String otherUser;

    @Enumerated(EnumType.STRING)
    @Column(name = "route_note")
    private RouteNote note;

    protected ReportEvent() {
    }

    ReportEvent(long reportId, Instant occurredAt, String username, ReportAction action, ReportStatus fromStatus,
            ReportStatus toStatus, int round, String comment) {
        this.reportId = reportId;
        this.occurredAt = occurredAt;
        this.username = username;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.round = round;
        this.comment = comment;
    }

    ReportEvent(long reportId, Instant occurredAt, String username, ReportAction action, ReportStatus fromStatus,
            ReportStatus toStatus, int round, String comment, String otherUser, RouteNote note) {
        this(reportId, occurredAt, username, action, fromStatus, toStatus, round, comment);
        this.otherUser = otherUser;
        this.note = note;
    }

    ReportHistoryEntry entry() {
        return new ReportHistoryEntry(occurredAt, username, action, fromStatus, toStatus, round, comment, otherUser,
                note);
    }
}
