-- PostgreSQL only (decision 0034). Until this change the long texts were written as large objects and
-- their TEXT columns held only the object's oid as digits. Each such value becomes the object's
-- UTF-8 text, and the object is unlinked. Digits that are not the oid of an existing large object
-- stay as they are, so running this again changes nothing.
DO $convert$
DECLARE
    target record;
    found record;
    converted oid[] := '{}';
BEGIN
    FOR target IN SELECT * FROM (VALUES
            ('report', 'duties'), ('report', 'main_tasks'), ('report', 'conclusion'),
            ('report', 'problems'), ('report', 'suggestions'), ('report', 'result_use'),
            ('report', 'publication_text'), ('report', 'pending_parts'),
            ('report_aud', 'duties'), ('report_aud', 'main_tasks'), ('report_aud', 'conclusion'),
            ('report_aud', 'problems'), ('report_aud', 'suggestions'), ('report_aud', 'result_use'),
            ('report_aud', 'publication_text'),
            ('report_snapshot', 'document_json'),
            ('scoring_framework', 'definition')) AS t (table_name, column_name)
    LOOP
        FOR found IN EXECUTE format(
                'SELECT DISTINCT m.oid AS lo FROM %1$I t JOIN pg_largeobject_metadata m'
                || ' ON m.oid = CASE WHEN t.%2$I ~ ''^[0-9]{1,10}$'' THEN'
                || ' CASE WHEN t.%2$I::bigint <= 4294967295 THEN t.%2$I::bigint::oid END END',
                target.table_name, target.column_name)
        LOOP
            EXECUTE format('UPDATE %1$I SET %2$I = convert_from(lo_get($1), ''UTF8'') WHERE %2$I = $2',
                    target.table_name, target.column_name)
                USING found.lo, found.lo::text;
            converted := converted || found.lo;
        END LOOP;
    END LOOP;
    -- Unlinked once every column is done: an object is unlinked once even where two rows held it.
    PERFORM lo_unlink(lo) FROM (SELECT DISTINCT unnest(converted) AS lo) AS done;
END
$convert$;
