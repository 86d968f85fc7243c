package cn.perfeval.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.audit.AuditVerifier;
import cn.perfeval.identity.AccessTokens;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database made by the earlier Flyway migrations (a copy of them is kept under
 * {@code src/test/resources/db/flyway-v21}), up to V17 and with a department, its users and a
 * report in it, is taken over by the schema changelog: the steps it has are marked as run, the
 * later one (access tokens) runs, and nothing stored is lost. Each database runs it in a subclass.
 */
abstract class FlywayDatabaseUpgrade {

    static final String DUTIES = "负责全县医疗保障工作，𠀀𪚥 四字节字符";
    static final long YEAR = 2019;

    /** Builds the database as the Flyway migrations up to V17 left it, with data in it. */
    static void buildWithFlyway(String url, String user, String password, String dialectFolder) {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/flyway-v21/" + dialectFolder)
                .target("17").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, user, password));
        Timestamp now = Timestamp.from(Instant.parse("2020-03-01T08:30:00.123456Z"));
        jdbc.update("insert into region (name) values ('米易县')");
        long region = jdbc.queryForObject("select id from region where name = '米易县'", Long.class);
        jdbc.update("insert into department (region_id, name, type) values (?, '米易县医疗保障局', '行政单位')", region);
        long department = jdbc.queryForObject("select id from department", Long.class);
        String hash = "{noop}unused-Perfeval#2026";
        jdbc.update("insert into app_user (username, display_name, password_hash, role, department_id) values "
                + "('drafter', '张填报', ?, 'DRAFTER', ?)", hash, department);
        jdbc.update("insert into app_user (username, display_name, password_hash, role) values "
                + "('auditor', '孙审计', ?, 'AUDITOR')", hash);
        jdbc.update("insert into report (department_id, report_year, kind, status, round_no, document_unit, version,"
                + " duties, total_expenditure, created_at, updated_at, updated_by) values (?, ?,"
                + " 'DEPARTMENT_OVERALL', 'DRAFTING', 1, 'YUAN', 0, ?, 20985541.88, ?, ?, 'drafter')",
                department, YEAR, DUTIES, now, now);
        long report = jdbc.queryForObject("select id from report", Long.class);
        jdbc.update("insert into report_income_row (report_id, row_no, code, name, total, fiscal, other) values "
                + "(?, 0, '2101301', '城乡居民基本医疗保险基金', 1146.81, 1146.81, 0)", report);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportService reports;
    @Autowired
    AccessTokens accessTokens;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    AsUser as;

    @Test
    void the_steps_flyway_ran_are_marked_as_run_and_only_the_later_ones_run() {
        List<String> ids = jdbc.queryForList("select id from DATABASECHANGELOG where exectype = 'MARK_RAN' "
                + "order by orderexecuted", String.class);
        assertThat(ids).hasSize(17).startsWith("0001-foundation").endsWith("0017-scoring-framework-keys");
        // The database was made up to V17: 0021 and every later step run, none of the earlier ones.
        assertThat(jdbc.queryForList("select id from DATABASECHANGELOG where exectype = 'EXECUTED' "
                + "order by orderexecuted", String.class)).startsWith("0021-access-tokens", "0022-published-pdf")
                .allMatch(id -> id.compareTo("0021") > 0);
        assertThat(jdbc.queryForObject("select count(*) from region", Integer.class)).isEqualTo(1);
    }

    @Test
    void the_report_stored_before_keeps_its_chinese_text_and_money_and_the_new_table_works() {
        long id = as.call("drafter", () -> reports.list((int) YEAR, null, null)).getFirst().id();
        ReportDocument report = as.call("drafter", () -> reports.export(id));
        assertThat(report.department().duties()).isEqualTo(DUTIES);
        assertThat(report.totals().expenditure()).isEqualByComparingTo("20985541.88");
        assertThat(report.income()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("城乡居民基本医疗保险基金");
            assertThat(row.total()).isEqualByComparingTo("1146.81");
        });

        as.call("drafter", () -> accessTokens.create("同步脚本", 30));
        assertThat(as.call("drafter", () -> accessTokens.mine())).singleElement()
                .satisfies(t -> assertThat(t.name()).isEqualTo("同步脚本"));
        assertThat(as.call("auditor", () -> verifier.verify()).intact()).isTrue();
    }
}
