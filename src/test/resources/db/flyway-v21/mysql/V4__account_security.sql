-- Account security (identity): failed logins and time-limited locks, temporary passwords,
-- the password history and the one row of password policy settings.
ALTER TABLE app_user
    ADD COLUMN failed_logins INT DEFAULT 0 NOT NULL,
    ADD COLUMN locked_until DATETIME(6),
    ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL,
    ADD COLUMN password_changed_at DATETIME(6);

CREATE TABLE password_history (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_password_history_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_password_history_user ON password_history (user_id, created_at);

-- Seeded on first start from perfeval.security.*; edited by the security administrator.
CREATE TABLE password_policy (
    id BIGINT NOT NULL PRIMARY KEY,
    min_length INT NOT NULL,
    min_classes INT NOT NULL,
    history_count INT NOT NULL,
    lockout_threshold INT NOT NULL,
    lockout_minutes INT NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    updated_by VARCHAR(64),
    CONSTRAINT ck_password_policy_one_row CHECK (id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
