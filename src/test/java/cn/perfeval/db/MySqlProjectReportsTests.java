package cn.perfeval.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * One report per project on MariaDB/MySQL (decision 0016): the table's collation
 * ({@code utf8mb4_unicode_ci}, blind to case, width and trailing spaces) does not decide which
 * project names are the same; the application's key, in a binary column, does, as on H2.
 */
@ExtendWith(MySqlDatabase.class)
@SpringBootTest
@ActiveProfiles({"mysql", "mariadb"})
class MySqlProjectReportsTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MySqlDatabase.recreate();
        registry.add("spring.datasource.url", MySqlDatabase::url);
        registry.add("spring.datasource.username", () -> MySqlDatabase.USER);
        registry.add("spring.datasource.password", () -> MySqlDatabase.PASSWORD);
        registry.add("perfeval.demo-data", () -> "true");
        registry.add("flowable.async-executor-activate", () -> "false");
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;
    @Autowired
    JsonMapper json;

    ReportDocument projectReport(int year, int index, String name) {
        ReportDocument d = TestDocuments.fixture(json, "miyi-2022-department.json", year);
        ReportDocument.Project p = d.projects().get(index);
        return new ReportDocument(d.formatVersion(), ReportKind.PROJECT, year, d.unit(), d.department(), null, null,
                null, null, null, null, null, null, List.of(new ReportDocument.Project(name == null ? p.name() : name,
                        p.budget(), p.executed(), p.target(), p.indicators())), null, null, null, null, null, null);
    }

    @Test
    void two_projects_of_one_department_and_year_are_stored_side_by_side_and_the_same_project_twice_is_refused() {
        int year = 2031;
        ReportSummary first = as.call("drafter", () -> reports.importDocument(projectReport(year, 0, null)));
        ReportSummary second = as.call("drafter", () -> reports.importDocument(projectReport(year, 1, null)));

        assertThat(catchThrowable(() -> as.run("drafter", () -> reports.importDocument(projectReport(year, 0, null)))))
                .isInstanceOf(ActionRefusedException.class);
        assertThat(jdbc.queryForList("select project_name from report where report_year = ? order by id", String.class,
                year)).containsExactly("医保专项工作经费", "医保基金监管专项经费");
        assertThat(as.call("drafter", () -> reports.export(second.id())).project()).isEqualTo("医保基金监管专项经费");
        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void names_differing_in_case_width_or_spaces_are_one_project_and_accented_letters_are_not_folded_by_the_collation() {
        int year = 2032;
        as.run("drafter", () -> reports.importDocument(projectReport(year, 0, "Ａ类项目")));
        for (String same : List.of("a类项目", "A类项目 ", "Ａ 类项目")) {
            assertThat(catchThrowable(() -> as.run("drafter",
                    () -> reports.importDocument(projectReport(year, 0, same))))).as(same)
                    .isInstanceOf(ActionRefusedException.class);
        }
        // utf8mb4_unicode_ci would call these equal; the application's key does not, and neither does the column.
        ReportSummary accented = as.call("drafter", () -> reports.importDocument(projectReport(year, 0, "Á类项目")));
        assertThat(accented.project()).isEqualTo("Á类项目");
        assertThat(jdbc.queryForObject("select collation_name from information_schema.columns where table_schema ="
                + " database() and table_name = 'report' and column_name = 'project_key'", String.class))
                .isEqualTo("utf8mb4_bin");
        assertThat(jdbc.queryForObject("select count(*) from report where report_year = ?", Integer.class, year))
                .isEqualTo(2);
    }

    @Test
    void the_database_itself_refuses_a_second_row_with_the_same_key() {
        int year = 2033;
        long id = as.call("drafter", () -> reports.importDocument(projectReport(year, 0, null))).id();

        Throwable refused = catchThrowable(() -> jdbc.update("insert into report (department_id, report_year, kind,"
                + " project_name, project_key, status, round_no, document_unit, version, created_at, updated_at,"
                + " updated_by) select department_id, report_year, kind, 'x', project_key, status, round_no,"
                + " document_unit, 0, created_at, updated_at, updated_by from report where id = ?", id));

        assertThat(refused).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.update("insert into report (department_id, report_year, kind, project_name, project_key,"
                + " status, round_no, document_unit, version, created_at, updated_at, updated_by) select department_id,"
                + " report_year, kind, 'x', 'x', status, round_no, document_unit, 0, created_at, updated_at, updated_by"
                + " from report where id = ?", id)).isEqualTo(1);
    }
}
