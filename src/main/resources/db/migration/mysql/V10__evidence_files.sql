-- Evidence files (佐证材料) of a report: the bytes in the database with their detected type,
-- size and SHA-256, who uploaded them when, and in which round (evidence). LONGBLOB, so that the
-- size limit (perfeval.evidence.max-size) can be raised; the server's max_allowed_packet must be
-- larger than the limit (MariaDB's default is 16 MB).
CREATE TABLE evidence_file (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id BIGINT NOT NULL,
    file_name VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    content LONGBLOB NOT NULL,
    uploaded_by VARCHAR(64) NOT NULL,
    uploaded_at DATETIME(6) NOT NULL,
    round_no INT NOT NULL,
    note VARCHAR(500),
    CONSTRAINT fk_evidence_file_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_evidence_file_report ON evidence_file (report_id);
