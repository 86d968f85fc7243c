package cn.perfeval.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An evidence file of a report; its bytes are kept in the database as {@link EvidenceChunk}s. */
@Entity
@Table(name = "evidence_file")
class EvidenceFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long reportId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;

    private String uploadedBy;
    private Instant uploadedAt;

    @Column(name = "round_no")
    private int round;

    private String note;

    protected EvidenceFile() {
    }

    EvidenceFile(long reportId, String fileName, String contentType, long size, String sha256,
            String uploadedBy, Instant uploadedAt, int round, String note) {
        this.reportId = reportId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = size;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.round = round;
        this.note = note;
    }

    EvidenceInfo info() {
        return new EvidenceInfo(id, reportId, fileName, contentType, sizeBytes, sha256, uploadedBy, uploadedAt, round,
                note);
    }

    Long getId() {
        return id;
    }
}
