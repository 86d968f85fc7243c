-- Evidence files (佐证材料) of a report: name, detected type, size, SHA-256, who uploaded them
-- when and in which round (evidence). The bytes are kept in chunks of at most 1 MB: Connector/J
-- sends binary parameters of client-side prepared statements as hex, twice their size, so a whole
-- 10 MB file in one statement would exceed the server's default max_allowed_packet (16 MB).
CREATE TABLE evidence_file (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id BIGINT NOT NULL,
    file_name VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    uploaded_by VARCHAR(64) NOT NULL,
    uploaded_at DATETIME(6) NOT NULL,
    round_no INT NOT NULL,
    note VARCHAR(500),
    CONSTRAINT fk_evidence_file_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_evidence_file_report ON evidence_file (report_id);

CREATE TABLE evidence_chunk (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_id BIGINT NOT NULL,
    chunk_no INT NOT NULL,
    content MEDIUMBLOB NOT NULL,
    CONSTRAINT uk_evidence_chunk UNIQUE (file_id, chunk_no),
    CONSTRAINT fk_evidence_chunk_file FOREIGN KEY (file_id) REFERENCES evidence_file (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
