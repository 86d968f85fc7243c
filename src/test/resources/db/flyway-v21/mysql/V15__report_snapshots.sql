-- A frozen copy of the whole report at each submission (snapshot): round 1, 2, ... per report,
-- the document as JSON with money in yuan, who submitted and when.
CREATE TABLE report_snapshot (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id BIGINT NOT NULL,
    round_no INT NOT NULL,
    taken_at DATETIME(6) NOT NULL,
    taken_by VARCHAR(64) NOT NULL,
    document_json LONGTEXT NOT NULL,
    CONSTRAINT uk_report_snapshot_round UNIQUE (report_id, round_no),
    CONSTRAINT fk_report_snapshot_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The names of the evidence attachments the report had at that submission.
CREATE TABLE report_snapshot_attachment (
    snapshot_id BIGINT NOT NULL,
    line_no INT NOT NULL,
    name VARCHAR(500) NOT NULL,
    PRIMARY KEY (snapshot_id, line_no),
    CONSTRAINT fk_snapshot_attachment_snapshot FOREIGN KEY (snapshot_id) REFERENCES report_snapshot (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The last round a reviewer looked at on a review screen, and the round it was compared with then.
CREATE TABLE report_round_seen (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    username VARCHAR(64) NOT NULL,
    report_id BIGINT NOT NULL,
    seen_round INT NOT NULL,
    compared_round INT,
    seen_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_round_seen_user_report UNIQUE (username, report_id),
    CONSTRAINT fk_round_seen_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
