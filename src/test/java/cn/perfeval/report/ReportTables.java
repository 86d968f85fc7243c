package cn.perfeval.report;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/** The number of rows in every table of the report module (its parts, their audit history and revisions). */
final class ReportTables {

    private ReportTables() {
    }

    static Map<String, Integer> rowCounts(JdbcTemplate jdbc) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables"
                + " where lower(table_name) like 'report%' and table_schema = schema()", String.class)) {
            counts.put(table.toLowerCase(), jdbc.queryForObject("select count(*) from " + table, Integer.class));
        }
        return counts;
    }
}
