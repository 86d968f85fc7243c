package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.Messages;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A department reports on each of its projects: one report per department, year, kind and project
 * (decision 0016). The documents are the projects of the published 米易 report, one project each.
 */
@PortalTest(properties = TestDocuments.SECOND_DATABASE)
class ProjectReportsTests {

    static final String PASSWORD = "Perfeval#2026";

    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;
    @Autowired
    JsonMapper json;
    @Autowired
    Messages messages;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    /** A project report of the department for the year with one project of the published report, renamed if asked. */
    ReportDocument projectReport(int year, int index, String name) {
        ReportDocument d = TestDocuments.fixture(json, "miyi-2022-department.json", year);
        ReportDocument.Project p = d.projects().get(index);
        ReportDocument.Project project = new ReportDocument.Project(name == null ? p.name() : name, p.budget(),
                p.executed(), p.target(), p.indicators());
        return new ReportDocument(d.formatVersion(), ReportKind.PROJECT, year, d.unit(), d.department(), null, null,
                null, null, null, null, null, null, List.of(project), null, null, null, null, null, null);
    }

    @Test
    void two_projects_of_one_department_and_year_get_a_report_each_named_by_its_project() {
        int year = TestDocuments.freshYear();
        ReportSummary first = as.call("drafter", () -> reports.importDocument(projectReport(year, 0, null)));
        ReportSummary second = as.call("drafter", () -> reports.importDocument(projectReport(year, 1, null)));

        assertThat(first.project()).isEqualTo("医保专项工作经费");
        assertThat(second.project()).isEqualTo("医保基金监管专项经费");
        assertThat(as.call("bureau", () -> reports.list(year, null, ReportKind.PROJECT)))
                .extracting(ReportSummary::project)
                .containsExactly("医保专项工作经费", "医保基金监管专项经费");
        assertThat(as.call("drafter", () -> reports.export(first.id())).project()).isEqualTo("医保专项工作经费");
    }

    @Test
    void a_second_report_of_the_same_project_is_refused_naming_the_department_year_and_project() {
        int year = TestDocuments.freshYear();
        as.run("drafter", () -> reports.importDocument(projectReport(year, 0, null)));

        Throwable refused = catchThrowable(() -> as.run("drafter",
                () -> reports.importDocument(projectReport(year, 0, null))));

        assertThat(refused).isInstanceOf(ActionRefusedException.class);
        assertThat(messages.resolve(((ActionRefusedException) refused).localized(), Messages.DEFAULT_LOCALE))
                .isEqualTo("米易县医疗保障局 的 " + year + " 年度项目支出绩效自评“医保专项工作经费”已存在：每个项目每年只有一份报告。");
        assertThat(as.call("drafter", () -> reports.list(year, null, null))).hasSize(1);
    }

    @Test
    void names_differing_only_in_case_width_or_spaces_are_the_same_project_and_refused() {
        int year = TestDocuments.freshYear();
        as.run("drafter", () -> reports.importDocument(projectReport(year, 0, "Ｑ1 医保专项工作经费")));

        for (String same : List.of("q1 医保专项工作经费", "Q1医保专项工作经费 ", " Ｑ１　医保专项 工作经费")) {
            assertThat(catchThrowable(() -> as.run("drafter",
                    () -> reports.importDocument(projectReport(year, 0, same)))))
                    .as(same).isInstanceOf(ActionRefusedException.class);
        }
        ReportSummary other = as.call("drafter", () -> reports.importDocument(projectReport(year, 0, "Q2 医保专项工作经费")));
        assertThat(other.project()).isEqualTo("Q2 医保专项工作经费");
        assertThat(as.call("drafter", () -> reports.list(year, null, null)))
                .extracting(ReportSummary::project).containsExactlyInAnyOrder("Ｑ1 医保专项工作经费", "Q2 医保专项工作经费");
    }

    @Test
    void the_project_field_names_a_report_of_several_projects_and_without_it_one_such_report_is_allowed() {
        int year = TestDocuments.freshYear();
        ReportDocument five = TestDocuments.fixture(json, "miyi-2022-department.json", year);
        ReportDocument all = new ReportDocument(five.formatVersion(), ReportKind.PROJECT, year, five.unit(),
                five.department(), null, null, null, null, null, null, null, null, five.projects(), null, null, null,
                null, null, null);

        ReportSummary unnamed = as.call("drafter", () -> reports.importDocument(all));
        ReportSummary named = as.call("drafter", () -> reports.importDocument(all.withProject("  2022年 医保项目汇总 ")));

        assertThat(unnamed.project()).isEmpty();
        assertThat(named.project()).isEqualTo("2022年 医保项目汇总");
        assertThat(catchThrowable(() -> as.run("drafter", () -> reports.importDocument(all))))
                .isInstanceOf(ActionRefusedException.class);
        assertThat(as.call("drafter", () -> reports.export(unnamed.id())).project()).isNull();
    }

    @Test
    void an_overall_report_naming_a_project_is_refused_at_the_field() {
        ReportDocument overall = TestDocuments.small().withProject("医保专项工作经费");

        Throwable refused = catchThrowable(() -> as.run("drafter", () -> reports.importDocument(overall)));

        assertThat(refused).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) refused).problems()).extracting(p -> p.field()).containsExactly("project");
    }

    @Test
    void the_api_creates_a_second_project_report_answers_409_to_a_duplicate_and_lists_both_with_their_projects()
            throws Exception {
        int year = TestDocuments.freshYear();
        ObjectNode first = (ObjectNode) json.valueToTree(projectReport(year, 0, null));
        ObjectNode second = (ObjectNode) json.valueToTree(projectReport(year, 1, null));
        second.put("project", "医保基金监管专项经费（2）");

        mvc.perform(post("/api/reports").with(httpBasic("drafter", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(first.toString())).andExpect(status().isCreated());
        mvc.perform(post("/api/reports").with(httpBasic("drafter", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(second.toString())).andExpect(status().isCreated());
        mvc.perform(post("/api/reports").with(httpBasic("drafter", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(first.toString()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(
                        "米易县医疗保障局 的 " + year + " 年度项目支出绩效自评“医保专项工作经费”已存在：每个项目每年只有一份报告。"));

        mvc.perform(get("/api/reports").param("year", String.valueOf(year)).with(httpBasic("bureau", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[*].project").value(
                        org.hamcrest.Matchers.containsInAnyOrder("医保专项工作经费", "医保基金监管专项经费（2）")));
        long id = jdbc.queryForObject("select r.id from report r join department d on d.id = r.department_id"
                + " where d.name = ? and r.report_year = ? and r.project_name = ?", Long.class,
                TestDocuments.MEDICAL, year, "医保基金监管专项经费（2）");
        mvc.perform(get("/api/reports/" + id).with(httpBasic("drafter", PASSWORD)))
                .andExpect(jsonPath("$.project").value("医保基金监管专项经费（2）"))
                .andExpect(jsonPath("$.projects[0].name").value("医保基金监管专项经费"));
    }

    @Test
    void the_database_refuses_a_second_row_of_the_same_project_key_even_past_the_service() {
        int year = TestDocuments.freshYear();
        long id = as.call("drafter", () -> reports.importDocument(projectReport(year, 0, null))).id();

        Throwable refused = catchThrowable(() -> jdbc.update("insert into report (department_id, report_year, kind,"
                + " project_name, project_key, status, round_no, document_unit, version, created_at, updated_at,"
                + " updated_by) select department_id, report_year, kind, 'x', project_key, status, round_no,"
                + " document_unit, 0, created_at, updated_at, updated_by from report where id = ?", id));

        assertThat(refused).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void project_names_compare_without_case_width_and_white_space() {
        assertThat(ProjectNames.key(" Ｑ１　医保专项 工作经费（二）")).isEqualTo(ProjectNames.key("q1医保专项工作经费(二)"));
        assertThat(ProjectNames.key("医保专项工作经费")).isNotEqualTo(ProjectNames.key("医保基金监管专项经费"));
        assertThat(ProjectNames.display("  医保专项\u3000 工作经费 ")).isEqualTo("医保专项 工作经费");
    }
}
