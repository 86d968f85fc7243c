-- Organisation and users (identity)
CREATE TABLE region (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    CONSTRAINT uk_region_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE department (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    region_id BIGINT NOT NULL,
    name VARCHAR(200) NOT NULL,
    type VARCHAR(50),
    CONSTRAINT uk_department_name UNIQUE (name),
    CONSTRAINT fk_department_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    username VARCHAR(64) NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role VARCHAR(32) NOT NULL,
    department_id BIGINT,
    region_id BIGINT,
    enabled BOOLEAN DEFAULT TRUE NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_app_user_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The report and its figures (report)
CREATE TABLE report (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    department_id BIGINT NOT NULL,
    report_year INT NOT NULL,
    kind VARCHAR(32) NOT NULL,
    status VARCHAR(32) NOT NULL,
    round_no INT DEFAULT 1 NOT NULL,
    document_unit VARCHAR(16) NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    department_type VARCHAR(50),
    staffing_authorized INT,
    staffing_actual INT,
    staffing_retired INT,
    duties LONGTEXT,
    main_tasks LONGTEXT,
    total_income DECIMAL(18, 2),
    total_income_fiscal DECIMAL(18, 2),
    total_income_other DECIMAL(18, 2),
    total_expenditure DECIMAL(18, 2),
    total_basic DECIMAL(18, 2),
    total_project DECIMAL(18, 2),
    total_opening_balance DECIMAL(18, 2),
    total_closing_balance DECIMAL(18, 2),
    conclusion LONGTEXT,
    problems LONGTEXT,
    suggestions LONGTEXT,
    result_use LONGTEXT,
    publication_text LONGTEXT,
    pending_parts LONGTEXT,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    updated_by VARCHAR(64) NOT NULL,
    published_at DATETIME(6),
    CONSTRAINT uk_report_department_year_kind UNIQUE (department_id, report_year, kind),
    CONSTRAINT fk_report_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_report_status ON report (status);

CREATE TABLE report_income_row (
    report_id BIGINT NOT NULL,
    row_no INT NOT NULL,
    code VARCHAR(7) NOT NULL,
    name VARCHAR(200) NOT NULL,
    total DECIMAL(18, 2),
    fiscal DECIMAL(18, 2),
    other DECIMAL(18, 2),
    PRIMARY KEY (report_id, row_no),
    CONSTRAINT fk_income_row_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_expenditure_row (
    report_id BIGINT NOT NULL,
    row_no INT NOT NULL,
    code VARCHAR(7) NOT NULL,
    name VARCHAR(200) NOT NULL,
    total DECIMAL(18, 2),
    basic DECIMAL(18, 2),
    project DECIMAL(18, 2),
    PRIMARY KEY (report_id, row_no),
    CONSTRAINT fk_expenditure_row_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_event (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id BIGINT NOT NULL,
    occurred_at DATETIME(6) NOT NULL,
    username VARCHAR(64) NOT NULL,
    action VARCHAR(32) NOT NULL,
    from_status VARCHAR(32),
    to_status VARCHAR(32) NOT NULL,
    round_no INT NOT NULL,
    comment_text VARCHAR(2000),
    CONSTRAINT fk_report_event_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_report_event_report ON report_event (report_id);

-- The audit log (audit): rows are only ever inserted.
CREATE TABLE audit_entry (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6) NOT NULL,
    username VARCHAR(64),
    source_address VARCHAR(64),
    event VARCHAR(64) NOT NULL,
    object_ref VARCHAR(200),
    outcome VARCHAR(16) NOT NULL,
    detail VARCHAR(2000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);
