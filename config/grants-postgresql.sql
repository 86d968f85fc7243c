-- The application user's privileges on PostgreSQL 15+ (decision 0032).
--
-- Run it in the application's database, as the schema owner (the role that owns the tables) or a
-- superuser, after the schema exists (`java -jar perfeval.jar migrate` run as the owner) and again
-- after every upgrade (new tables need their grants):
--
--   psql -v ON_ERROR_STOP=1 -U perfeval_owner -d perfeval -f config/grants-postgresql.sql
--   PGOPTIONS='-c perfeval.app_user=perfeval_app' psql -v ON_ERROR_STOP=1 -U perfeval_owner -d perfeval -f config/grants-postgresql.sql
--
-- The application role (by default perfeval; it must exist) gets, in the current schema:
--   every table                       SELECT, INSERT, UPDATE, DELETE
--   audit_entry (the audit log)       SELECT, INSERT            -- append only
--   audit_chain (the chain's head)    SELECT, UPDATE            -- each append moves the head row
--   databasechangelog*, flyway_*      SELECT                    -- the owner runs the schema changes
--   every sequence                    USAGE, SELECT
--   the schema                        USAGE (no CREATE)
--   large objects written by others   SELECT, UPDATE            -- long texts stored before decision 0034
-- and never TRUNCATE, REFERENCES or TRIGGER; it owns no table, so it can neither ALTER nor DROP
-- one. Privileges it held before on these tables are revoked first. The schema owner runs
-- `migrate` and the audit archive job (which deletes old lines).

DO $grants$
DECLARE
    app text := COALESCE(NULLIF(current_setting('perfeval.app_user', true), ''), 'perfeval');
    t record;
    lo record;
    privileges text;
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app);
    EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM %I', current_schema(), app);
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename LOOP
        privileges := CASE
            WHEN t.tablename = 'audit_entry' THEN 'SELECT, INSERT'
            WHEN t.tablename = 'audit_chain' THEN 'SELECT, UPDATE'
            WHEN t.tablename LIKE 'databasechangelog%' OR t.tablename LIKE 'flyway\_%' THEN 'SELECT'
            ELSE 'SELECT, INSERT, UPDATE, DELETE'
        END;
        EXECUTE format('REVOKE ALL PRIVILEGES ON TABLE %I.%I FROM %I', current_schema(), t.tablename, app);
        EXECUTE format('GRANT %s ON TABLE %I.%I TO %I', privileges, current_schema(), t.tablename, app);
    END LOOP;
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), app);
    -- Long texts were large objects on PostgreSQL until decision 0034 (the upgrade moves them into
    -- their columns); until then those written by the owner's runs (the stored scoring frameworks)
    -- must stay readable. The application owns the ones it wrote.
    FOR lo IN SELECT m.oid FROM pg_largeobject_metadata m JOIN pg_roles r ON r.oid = m.lomowner
              WHERE r.rolname <> app LOOP
        EXECUTE format('GRANT SELECT, UPDATE ON LARGE OBJECT %s TO %I', lo.oid, app);
    END LOOP;
END
$grants$;
