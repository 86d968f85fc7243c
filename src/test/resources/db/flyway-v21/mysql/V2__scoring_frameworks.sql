-- Scoring frameworks (绩效评价指标体系) as data: the definition is the framework's JSON document.
CREATE TABLE scoring_framework (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    definition LONGTEXT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    updated_by VARCHAR(64) NOT NULL,
    CONSTRAINT uk_scoring_framework_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
