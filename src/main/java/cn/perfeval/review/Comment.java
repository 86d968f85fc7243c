package cn.perfeval.review;

import cn.perfeval.identity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A comment on a report, in the round it was written; pinned, an answer, or on the report as a whole. */
@Entity
@Table(name = "review_comment")
class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long reportId;

    @Column(name = "round_no")
    private int round;

    private Long replyTo;
    private String author;

    @Enumerated(EnumType.STRING)
    private Role authorRole;

    private Instant createdAt;
    private Instant editedAt;
    private String body;
    private String pinPart;
    private String pinRow;
    private String pinColumn;
    private String resolvedBy;
    private Instant resolvedAt;

    @Version
    private long version;

    protected Comment() {
    }

    Comment(long reportId, int round, Long replyTo, String author, Role authorRole, Instant at, String text,
            PinAnchor pin) {
        this.reportId = reportId;
        this.round = round;
        this.replyTo = replyTo;
        this.author = author;
        this.authorRole = authorRole;
        this.createdAt = at;
        this.body = text;
        if (pin != null) {
            this.pinPart = pin.part();
            this.pinRow = pin.row();
            this.pinColumn = pin.column();
        }
    }

    void edit(String text, Instant at) {
        this.body = text;
        this.editedAt = at;
    }

    void resolve(String by, Instant at) {
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    void reopen() {
        this.resolvedBy = null;
        this.resolvedAt = null;
    }

    Long getId() {
        return id;
    }

    long getReportId() {
        return reportId;
    }

    int getRound() {
        return round;
    }

    Long getReplyTo() {
        return replyTo;
    }

    String getAuthor() {
        return author;
    }

    Role getAuthorRole() {
        return authorRole;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getEditedAt() {
        return editedAt;
    }

    String getBody() {
        return body;
    }

    /** Where the comment is pinned; null when it is not. */
    PinAnchor getPin() {
        return pinPart == null ? null : new PinAnchor(pinPart, pinRow, pinColumn);
    }

    String getResolvedBy() {
        return resolvedBy;
    }

    Instant getResolvedAt() {
        return resolvedAt;
    }
}
