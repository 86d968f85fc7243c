package cn.perfeval.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A part of an evidence file's bytes, at most {@link #SIZE} long, numbered from 0. */
@Entity
@Table(name = "evidence_chunk")
class EvidenceChunk {

    /** The largest chunk: 1 MB, sent as 2 MB of hex by Connector/J, well under any packet limit. */
    static final int SIZE = 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long fileId;

    @Column(name = "chunk_no")
    private int number;

    // Bound as plain bytes: a BLOB on H2, MEDIUMBLOB on MySQL, BYTEA on PostgreSQL (not a large object).
    @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
    @Column(name = "content")
    private byte[] content;

    protected EvidenceChunk() {
    }

    EvidenceChunk(long fileId, int number, byte[] content) {
        this.fileId = fileId;
        this.number = number;
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }
}
