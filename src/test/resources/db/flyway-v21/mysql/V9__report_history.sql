-- The audit history of the reports (Hibernate Envers): one revision per transaction that changed
-- a report, with its time and user, and for each report table a *_aud table that keeps every
-- version of its rows (revtype 0 added, 1 changed, 2 removed).
CREATE TABLE report_revision (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    revision_time BIGINT NOT NULL,
    username VARCHAR(64)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    department_id BIGINT,
    report_year INT,
    kind VARCHAR(32),
    status VARCHAR(32),
    round_no INT,
    document_unit VARCHAR(16),
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
    budget_present BOOLEAN,
    indicators_present BOOLEAN,
    projects_present BOOLEAN,
    created_at DATETIME(6),
    updated_at DATETIME(6),
    updated_by VARCHAR(64),
    published_at DATETIME(6),
    approved_at DATETIME(6),
    publication_scheduled_for DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_report_aud_rev FOREIGN KEY (rev) REFERENCES report_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_report_aud_rev ON report_aud (rev);

CREATE TABLE report_income_row_aud (
    rev BIGINT NOT NULL,
    revtype TINYINT NOT NULL,
    report_id BIGINT NOT NULL,
    row_no INT NOT NULL,
    code VARCHAR(7),
    name VARCHAR(200),
    total DECIMAL(18, 2),
    fiscal DECIMAL(18, 2),
    other DECIMAL(18, 2),
    PRIMARY KEY (rev, revtype, report_id, row_no),
    CONSTRAINT fk_income_row_aud_rev FOREIGN KEY (rev) REFERENCES report_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_expenditure_row_aud (
    rev BIGINT NOT NULL,
    revtype TINYINT NOT NULL,
    report_id BIGINT NOT NULL,
    row_no INT NOT NULL,
    code VARCHAR(7),
    name VARCHAR(200),
    total DECIMAL(18, 2),
    basic DECIMAL(18, 2),
    project DECIMAL(18, 2),
    PRIMARY KEY (rev, revtype, report_id, row_no),
    CONSTRAINT fk_expenditure_row_aud_rev FOREIGN KEY (rev) REFERENCES report_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_budget_line_aud (
    rev BIGINT NOT NULL,
    revtype TINYINT NOT NULL,
    report_id BIGINT NOT NULL,
    row_no INT NOT NULL,
    item VARCHAR(200),
    initial_amount DECIMAL(18, 2),
    adjusted_amount DECIMAL(18, 2),
    executed_amount DECIMAL(18, 2),
    PRIMARY KEY (rev, revtype, report_id, row_no),
    CONSTRAINT fk_budget_line_aud_rev FOREIGN KEY (rev) REFERENCES report_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_three_public_expenses_aud (
    report_id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    present BOOLEAN,
    budget_overseas DECIMAL(18, 2),
    budget_vehicles DECIMAL(18, 2),
    budget_reception DECIMAL(18, 2),
    actual_overseas DECIMAL(18, 2),
    actual_vehicles DECIMAL(18, 2),
    actual_reception DECIMAL(18, 2),
    reception_batches INT,
    reception_persons INT,
    PRIMARY KEY (report_id, rev),
    CONSTRAINT fk_three_public_aud_report FOREIGN KEY (report_id, rev) REFERENCES report_aud (id, rev)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_assets_aud (
    report_id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    present BOOLEAN,
    total DECIMAL(18, 2),
    liabilities DECIMAL(18, 2),
    net DECIMAL(18, 2),
    fixed_assets_original DECIMAL(18, 2),
    fixed_assets_in_use DECIMAL(18, 2),
    PRIMARY KEY (report_id, rev),
    CONSTRAINT fk_assets_aud_report FOREIGN KEY (report_id, rev) REFERENCES report_aud (id, rev)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_indicator_aud (
    rev BIGINT NOT NULL,
    revtype TINYINT NOT NULL,
    report_id BIGINT NOT NULL,
    row_no INT NOT NULL,
    level1 VARCHAR(50),
    level2 VARCHAR(50),
    name VARCHAR(500),
    target_text VARCHAR(2000),
    actual_text VARCHAR(2000),
    weight DECIMAL(12, 4),
    score DECIMAL(12, 4),
    deviation_reason LONGTEXT,
    PRIMARY KEY (rev, revtype, report_id, row_no),
    CONSTRAINT fk_indicator_aud_rev FOREIGN KEY (rev) REFERENCES report_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_project_aud (
    rev BIGINT NOT NULL,
    revtype TINYINT NOT NULL,
    report_id BIGINT NOT NULL,
    row_no INT NOT NULL,
    name VARCHAR(200),
    budget_fiscal DECIMAL(18, 2),
    budget_other DECIMAL(18, 2),
    executed_fiscal DECIMAL(18, 2),
    executed_other DECIMAL(18, 2),
    target_text LONGTEXT,
    indicators_present BOOLEAN,
    PRIMARY KEY (rev, revtype, report_id, row_no),
    CONSTRAINT fk_project_aud_rev FOREIGN KEY (rev) REFERENCES report_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_project_indicator_aud (
    rev BIGINT NOT NULL,
    revtype TINYINT NOT NULL,
    report_id BIGINT NOT NULL,
    row_no INT NOT NULL,
    project_no INT,
    level1 VARCHAR(50),
    level2 VARCHAR(50),
    name VARCHAR(500),
    target_text VARCHAR(2000),
    actual_text VARCHAR(2000),
    weight DECIMAL(12, 4),
    score DECIMAL(12, 4),
    deviation_reason LONGTEXT,
    PRIMARY KEY (rev, revtype, report_id, row_no),
    CONSTRAINT fk_project_indicator_aud_rev FOREIGN KEY (rev) REFERENCES report_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_scoring_aud (
    report_id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    present BOOLEAN,
    framework VARCHAR(200),
    stated_total DECIMAL(12, 4),
    grade VARCHAR(20),
    items_present BOOLEAN,
    deductions_present BOOLEAN,
    PRIMARY KEY (report_id, rev),
    CONSTRAINT fk_scoring_aud_report FOREIGN KEY (report_id, rev) REFERENCES report_aud (id, rev)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_scoring_item_aud (
    rev BIGINT NOT NULL,
    revtype TINYINT NOT NULL,
    report_id BIGINT NOT NULL,
    row_no INT NOT NULL,
    max_points DECIMAL(12, 4),
    self_score DECIMAL(12, 4),
    explanation LONGTEXT,
    standard_text LONGTEXT,
    PRIMARY KEY (rev, revtype, report_id, row_no),
    CONSTRAINT fk_scoring_item_aud_rev FOREIGN KEY (rev) REFERENCES report_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_scoring_item_level_aud (
    rev BIGINT NOT NULL,
    revtype TINYINT NOT NULL,
    report_id BIGINT NOT NULL,
    row_no INT NOT NULL,
    item_no INT,
    level_no INT,
    name VARCHAR(200),
    PRIMARY KEY (rev, revtype, report_id, row_no),
    CONSTRAINT fk_scoring_level_aud_rev FOREIGN KEY (rev) REFERENCES report_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_scoring_deduction_aud (
    rev BIGINT NOT NULL,
    revtype TINYINT NOT NULL,
    report_id BIGINT NOT NULL,
    row_no INT NOT NULL,
    name VARCHAR(200),
    max_points DECIMAL(12, 4),
    points DECIMAL(12, 4),
    PRIMARY KEY (rev, revtype, report_id, row_no),
    CONSTRAINT fk_scoring_deduction_aud_rev FOREIGN KEY (rev) REFERENCES report_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
