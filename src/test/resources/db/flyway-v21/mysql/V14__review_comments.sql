-- Comments on a report (review): each in the round it was written, optionally pinned to a part of the
-- report, a row and a column; answers point to the comment they answer; a pin is resolved by someone, at a time
CREATE TABLE review_comment (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id BIGINT NOT NULL,
    round_no INT NOT NULL,
    reply_to BIGINT,
    author VARCHAR(64) NOT NULL,
    author_role VARCHAR(32) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    edited_at DATETIME(6),
    body VARCHAR(2000) NOT NULL,
    pin_part VARCHAR(32),
    pin_row VARCHAR(200),
    pin_column VARCHAR(64),
    resolved_by VARCHAR(64),
    resolved_at DATETIME(6),
    version BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT fk_review_comment_report FOREIGN KEY (report_id) REFERENCES report (id),
    CONSTRAINT fk_review_comment_reply FOREIGN KEY (reply_to) REFERENCES review_comment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_review_comment_report ON review_comment (report_id, round_no);
