package cn.perfeval.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The PDF of a published report as it was printed at publication: the bytes the public is served,
 * their SHA-256 (the ETag) and the title the file is named after. One row per published report.
 */
@Entity
@Table(name = "published_pdf")
class PublishedPdf {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long reportId;

    private String title;

    // BYTEA on PostgreSQL, not a large object (as @Lob would make it), BLOB on H2 and MySQL.
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.LONG32VARBINARY)
    @Column(name = "content")
    private byte[] content;

    private String contentHash;

    private Instant renderedAt;

    protected PublishedPdf() {
    }

    PublishedPdf(long reportId, String title, byte[] content, String contentHash, Instant renderedAt) {
        this.reportId = reportId;
        this.title = title;
        this.content = content;
        this.contentHash = contentHash;
        this.renderedAt = renderedAt;
    }

    void replace(String newTitle, byte[] newContent, String newHash, Instant at) {
        this.title = newTitle;
        this.content = newContent;
        this.contentHash = newHash;
        this.renderedAt = at;
    }

    long getReportId() {
        return reportId;
    }

    String getTitle() {
        return title;
    }

    byte[] getContent() {
        return content;
    }

    String getContentHash() {
        return contentHash;
    }

    Instant getRenderedAt() {
        return renderedAt;
    }
}
