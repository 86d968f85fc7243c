-- In-app notifications (notification): one row per recipient; read once read_at is set.
CREATE TABLE user_notification (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient VARCHAR(64) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    report_id BIGINT NOT NULL,
    step VARCHAR(32),
    department VARCHAR(200) NOT NULL,
    report_year INT NOT NULL,
    report_kind VARCHAR(32) NOT NULL,
    due_date DATE,
    actor VARCHAR(64),
    comment_text VARCHAR(2000),
    created_at DATETIME(6) NOT NULL,
    read_at DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_user_notification_recipient ON user_notification (recipient, read_at);

-- A user's e-mail address (identity), optional: notifications are also mailed there when mail is set up.
ALTER TABLE app_user ADD COLUMN email VARCHAR(200);
