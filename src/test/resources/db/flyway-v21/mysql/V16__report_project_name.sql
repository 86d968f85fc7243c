-- One report per project (decision 0016): a project or transfer-payment report names its project;
-- a department's overall report has none (''). project_key is the name as the application compares
-- it (NFKC, lower case, no white space), stored in a binary collation so that the database enforces
-- exactly the uniqueness the application checks: department x year x kind x project.
ALTER TABLE report
    ADD COLUMN project_name VARCHAR(200) NOT NULL DEFAULT '' AFTER kind,
    ADD COLUMN project_key VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '' AFTER project_name;

-- A report of one project, stored before, takes that project's name.
UPDATE report SET project_name = (SELECT p.name FROM report_project p WHERE p.report_id = report.id AND p.row_no = 0)
WHERE kind <> 'DEPARTMENT_OVERALL'
  AND (SELECT COUNT(*) FROM report_project p WHERE p.report_id = report.id) = 1;
UPDATE report SET project_key = LOWER(REPLACE(TRIM(project_name), ' ', ''));

-- The new key first: the department's foreign key keeps an index to use when the old one goes.
ALTER TABLE report ADD CONSTRAINT uk_report_department_year_kind_project
    UNIQUE (department_id, report_year, kind, project_key);
ALTER TABLE report DROP INDEX uk_report_department_year_kind;

ALTER TABLE report_aud ADD COLUMN project_name VARCHAR(200);
UPDATE report_aud SET project_name = (SELECT r.project_name FROM report r WHERE r.id = report_aud.id);
