-- Every part of the report in tables of its own. Reports stored before keep the parts they had as
-- JSON in report.pending_parts; the application moves them into these tables at its next start
-- and clears the column, which nothing reads after that.
-- A list part that the document did not have is told from an empty one by its *_present flag;
-- a one-row part (三公经费, assets, the scoring head) is absent when it has no row.
ALTER TABLE report ADD COLUMN budget_present BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE report ADD COLUMN indicators_present BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE report ADD COLUMN projects_present BOOLEAN DEFAULT FALSE NOT NULL;

-- Budget against execution (年初预算数, 调整预算数, 执行数), in yuan.
CREATE TABLE report_budget_line (
    report_id BIGINT NOT NULL,
    row_no INT NOT NULL,
    item VARCHAR(200) NOT NULL,
    initial_amount DECIMAL(18, 2),
    adjusted_amount DECIMAL(18, 2),
    executed_amount DECIMAL(18, 2),
    PRIMARY KEY (report_id, row_no),
    CONSTRAINT fk_budget_line_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 三公经费: budget and actual (因公出国（境）, 公务用车购置及运行维护, 公务接待), in yuan.
CREATE TABLE report_three_public_expenses (
    report_id BIGINT NOT NULL PRIMARY KEY,
    present BOOLEAN NOT NULL,
    budget_overseas DECIMAL(18, 2),
    budget_vehicles DECIMAL(18, 2),
    budget_reception DECIMAL(18, 2),
    actual_overseas DECIMAL(18, 2),
    actual_vehicles DECIMAL(18, 2),
    actual_reception DECIMAL(18, 2),
    reception_batches INT,
    reception_persons INT,
    CONSTRAINT fk_three_public_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Assets (资产总额, 负债总额, 净资产, 固定资产原值, 在用资产), in yuan.
CREATE TABLE report_assets (
    report_id BIGINT NOT NULL PRIMARY KEY,
    present BOOLEAN NOT NULL,
    total DECIMAL(18, 2),
    liabilities DECIMAL(18, 2),
    net DECIMAL(18, 2),
    fixed_assets_original DECIMAL(18, 2),
    fixed_assets_in_use DECIMAL(18, 2),
    CONSTRAINT fk_assets_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The report's own three-level indicator table.
CREATE TABLE report_indicator (
    report_id BIGINT NOT NULL,
    row_no INT NOT NULL,
    level1 VARCHAR(50),
    level2 VARCHAR(50),
    name VARCHAR(500) NOT NULL,
    target_text VARCHAR(2000),
    actual_text VARCHAR(2000),
    weight DECIMAL(12, 4),
    score DECIMAL(12, 4),
    deviation_reason LONGTEXT,
    PRIMARY KEY (report_id, row_no),
    CONSTRAINT fk_indicator_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Projects: budget and execution (财政拨款 / 其他资金) in yuan, the year's target.
CREATE TABLE report_project (
    report_id BIGINT NOT NULL,
    row_no INT NOT NULL,
    name VARCHAR(200) NOT NULL,
    budget_fiscal DECIMAL(18, 2),
    budget_other DECIMAL(18, 2),
    executed_fiscal DECIMAL(18, 2),
    executed_other DECIMAL(18, 2),
    target_text LONGTEXT,
    indicators_present BOOLEAN DEFAULT FALSE NOT NULL,
    PRIMARY KEY (report_id, row_no),
    CONSTRAINT fk_project_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The indicators of each project (project_no: the project's row_no), in the projects' order.
CREATE TABLE report_project_indicator (
    report_id BIGINT NOT NULL,
    row_no INT NOT NULL,
    project_no INT NOT NULL,
    level1 VARCHAR(50),
    level2 VARCHAR(50),
    name VARCHAR(500) NOT NULL,
    target_text VARCHAR(2000),
    actual_text VARCHAR(2000),
    weight DECIMAL(12, 4),
    score DECIMAL(12, 4),
    deviation_reason LONGTEXT,
    PRIMARY KEY (report_id, row_no),
    CONSTRAINT fk_project_indicator_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The scoring table: framework, stated total and grade; items with their paths; deductions.
CREATE TABLE report_scoring (
    report_id BIGINT NOT NULL PRIMARY KEY,
    present BOOLEAN NOT NULL,
    framework VARCHAR(200),
    stated_total DECIMAL(12, 4),
    grade VARCHAR(20),
    items_present BOOLEAN,
    deductions_present BOOLEAN,
    CONSTRAINT fk_scoring_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_scoring_item (
    report_id BIGINT NOT NULL,
    row_no INT NOT NULL,
    max_points DECIMAL(12, 4),
    self_score DECIMAL(12, 4),
    explanation LONGTEXT,
    standard_text LONGTEXT,
    PRIMARY KEY (report_id, row_no),
    CONSTRAINT fk_scoring_item_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An item's path in the framework, first level first (item_no: the item's row_no).
CREATE TABLE report_scoring_item_level (
    report_id BIGINT NOT NULL,
    row_no INT NOT NULL,
    item_no INT NOT NULL,
    level_no INT NOT NULL,
    name VARCHAR(200) NOT NULL,
    PRIMARY KEY (report_id, row_no),
    CONSTRAINT fk_scoring_level_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_scoring_deduction (
    report_id BIGINT NOT NULL,
    row_no INT NOT NULL,
    name VARCHAR(200) NOT NULL,
    max_points DECIMAL(12, 4),
    points DECIMAL(12, 4),
    PRIMARY KEY (report_id, row_no),
    CONSTRAINT fk_scoring_deduction_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
