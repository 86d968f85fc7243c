-- The audit log becomes a hash chain: each row carries its sequence number, the hash of the row
-- before it and its own hash. Rows written before this migration stay as they are (unsealed).
ALTER TABLE audit_entry ADD COLUMN seq BIGINT;
ALTER TABLE audit_entry ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN entry_hash VARCHAR(64);
CREATE UNIQUE INDEX uk_audit_entry_seq ON audit_entry (seq);

-- The head of the chain: the last row written, and the anchor where verification starts (moved
-- forward only by the archive job). Appends lock this row, so the chain never forks.
CREATE TABLE audit_chain (
    id INT NOT NULL PRIMARY KEY,
    last_seq BIGINT NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    anchor_seq BIGINT NOT NULL,
    anchor_hash VARCHAR(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO audit_chain (id, last_seq, last_hash, anchor_seq, anchor_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0,
        '0000000000000000000000000000000000000000000000000000000000000000');
