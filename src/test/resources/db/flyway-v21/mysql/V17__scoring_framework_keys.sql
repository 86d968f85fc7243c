-- Scoring frameworks get a stable ASCII key besides their Chinese name: settings and documents
-- name a framework by either. The two templates shipped so far get the keys their files now carry.
ALTER TABLE scoring_framework ADD COLUMN framework_key VARCHAR(100) NULL;
UPDATE scoring_framework SET framework_key = 'sichuan-county-department' WHERE name = '县级部门整体支出绩效评价指标体系';
UPDATE scoring_framework SET framework_key = 'national-project-2020' WHERE name = '项目支出绩效自评指标体系（财预〔2020〕10号）';
ALTER TABLE scoring_framework ADD CONSTRAINT uk_scoring_framework_key UNIQUE (framework_key);
