-- A year's evaluation round (评价任务): its deadline, whether it is open, and the departments it covers (tracking)
CREATE TABLE evaluation_round (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_year INT NOT NULL,
    name VARCHAR(200) NOT NULL,
    deadline DATE NOT NULL,
    is_open BOOLEAN DEFAULT TRUE NOT NULL,
    opened_at DATETIME(6) NOT NULL,
    opened_by VARCHAR(64) NOT NULL,
    closed_at DATETIME(6),
    closed_by VARCHAR(64),
    CONSTRAINT uk_evaluation_round_year UNIQUE (round_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE evaluation_round_department (
    round_id BIGINT NOT NULL,
    department_id BIGINT NOT NULL,
    PRIMARY KEY (round_id, department_id),
    CONSTRAINT fk_round_department_round FOREIGN KEY (round_id) REFERENCES evaluation_round (id),
    CONSTRAINT fk_round_department_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_report_year_kind ON report (report_year, kind);
