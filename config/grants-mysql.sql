-- The application user's privileges on MySQL 8 / MariaDB 10.11 (decision 0032).
--
-- Run it in the application's database, as root or as the schema owner holding GRANT OPTION,
-- after the schema exists (`java -jar perfeval.jar migrate` run as the owner) and again after
-- every upgrade (new tables need their grants):
--
--   mysql -uroot -p perfeval < config/grants-mysql.sql
--   mysql -uroot -p --init-command="SET @app_user = 'perfeval', @app_host = '10.0.0.%'" perfeval < config/grants-mysql.sql
--
-- The application user (by default 'perfeval'@'%'; it must exist) gets, table by table:
--   every table                       SELECT, INSERT, UPDATE, DELETE
--   audit_entry (the audit log)       SELECT, INSERT            -- append only
--   audit_chain (the chain's head)    SELECT, UPDATE            -- each append moves the head row
--   DATABASECHANGELOG*, flyway_*      SELECT                    -- the owner runs the schema changes
-- and nothing on the database as a whole: no CREATE, ALTER, DROP (TRUNCATE needs DROP in MySQL),
-- so it can neither edit, delete nor empty the audit log. A database-wide grant it held before is
-- revoked. The schema owner runs `migrate` and the audit archive job (which deletes old lines).

SET @app_user = COALESCE(@app_user, 'perfeval');
SET @app_host = COALESCE(@app_host, '%');

DROP PROCEDURE IF EXISTS perfeval_app_grants;

DELIMITER //
CREATE PROCEDURE perfeval_app_grants(IN app_user VARCHAR(80), IN app_host VARCHAR(255))
BEGIN
    DECLARE done INT DEFAULT FALSE;
    DECLARE tbl VARCHAR(64);
    DECLARE grantee VARCHAR(400) DEFAULT CONCAT(QUOTE(app_user), '@', QUOTE(app_host));
    DECLARE tables CURSOR FOR
        SELECT table_name FROM information_schema.tables
        WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name;
    DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = TRUE;

    IF DATABASE() IS NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Run grants-mysql.sql in the application''s database';
    END IF;

    -- A database-wide grant (the old recipe's GRANT ALL) would cover the audit log: revoke it.
    BEGIN
        DECLARE CONTINUE HANDLER FOR 1141 BEGIN END;  -- there was none
        SET @stmt = CONCAT('REVOKE ALL PRIVILEGES ON `', DATABASE(), '`.* FROM ', grantee);
        PREPARE s FROM @stmt; EXECUTE s; DEALLOCATE PREPARE s;
    END;

    OPEN tables;
    each_table: LOOP
        FETCH tables INTO tbl;
        IF done THEN
            LEAVE each_table;
        END IF;
        BEGIN
            DECLARE CONTINUE HANDLER FOR 1147 BEGIN END;  -- no grant on this table yet
            SET @stmt = CONCAT('REVOKE ALL PRIVILEGES ON `', DATABASE(), '`.`', tbl, '` FROM ', grantee);
            PREPARE s FROM @stmt; EXECUTE s; DEALLOCATE PREPARE s;
        END;
        SET @stmt = CONCAT('GRANT ',
            CASE
                WHEN tbl = 'audit_entry' THEN 'SELECT, INSERT'
                WHEN tbl = 'audit_chain' THEN 'SELECT, UPDATE'
                WHEN UPPER(tbl) LIKE 'DATABASECHANGELOG%' OR tbl LIKE 'flyway\_%' THEN 'SELECT'
                ELSE 'SELECT, INSERT, UPDATE, DELETE'
            END,
            ' ON `', DATABASE(), '`.`', tbl, '` TO ', grantee);
        PREPARE s FROM @stmt; EXECUTE s; DEALLOCATE PREPARE s;
    END LOOP;
    CLOSE tables;
END //
DELIMITER ;

CALL perfeval_app_grants(@app_user, @app_host);
DROP PROCEDURE perfeval_app_grants;
