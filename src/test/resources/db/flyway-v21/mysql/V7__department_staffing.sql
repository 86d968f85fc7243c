-- A department's staffing (编制数, 实有在职人数, 退休人数), kept by the system administrator.
ALTER TABLE department ADD COLUMN staffing_authorized INT;
ALTER TABLE department ADD COLUMN staffing_actual INT;
ALTER TABLE department ADD COLUMN staffing_retired INT;
