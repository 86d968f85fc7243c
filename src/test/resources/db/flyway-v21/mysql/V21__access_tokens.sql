-- Personal access tokens for the REST API (identity): a public selector to find the row and the
-- SHA-256 of the whole token to check it; the token itself is never stored.
CREATE TABLE access_token (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT NOT NULL,
    name VARCHAR(64) NOT NULL,
    selector VARCHAR(32) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6),
    last_used_at DATETIME(6),
    last_used_address VARCHAR(64),
    CONSTRAINT fk_access_token_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT uq_access_token_selector UNIQUE (selector)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_access_token_user ON access_token (user_id, created_at);
