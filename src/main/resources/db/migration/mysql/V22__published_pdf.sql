-- The public PDF of a published report (publication), rendered once when the report is published
-- and served from here: the bytes, their SHA-256 (the ETag) and the title the file is named after.
CREATE TABLE published_pdf (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id BIGINT NOT NULL,
    title VARCHAR(500) NOT NULL,
    content LONGBLOB NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    rendered_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_published_pdf_report UNIQUE (report_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
