package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.report.ReportDocument.BudgetLine;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The workbook's budget execution sheet goes into the report, and the version it carries guards the import. */
@PortalTest(properties = TestDocuments.SECOND_DATABASE)
class ReportWorkbookBudgetTests {

    @Autowired
    ReportWorkbooks workbooks;
    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;
    @Autowired
    JsonMapper json;
    @Autowired
    MockMvc mvc;

    private long miyi() {
        return as.call("drafter", () -> reports.importDocument(
                TestDocuments.fixture(json, "miyi-2022-department.json", TestDocuments.freshYear()))).id();
    }

    private byte[] export(long id) {
        return as.call("drafter", () -> workbooks.export(id)).content();
    }

    private long version(long id) {
        return as.call("drafter", () -> reports.summary(id).version());
    }

    private ReportDocument document(long id) {
        return as.call("drafter", () -> reports.details(id)).document();
    }

    @Test
    void a_budget_figure_changed_in_the_workbook_is_the_reports_after_import_the_rest_unchanged() throws IOException {
        long id = miyi();
        ReportDocument before = document(id);
        byte[] file = TablesWorkbookTest.edit(export(id),
                w -> w.getSheet("预算执行情况表").getRow(5).getCell(2).setCellValue(590000.5));

        as.run("drafter", () -> workbooks.importTables(id, file));

        ReportDocument after = document(id);
        assertThat(after.budget()).extracting(BudgetLine::item).containsExactly("人员类项目", "运转类项目", "特定目标类项目");
        assertThat(after.budget().get(2).adjusted()).isEqualByComparingTo("590000.50");
        assertThat(after.budget().get(0).initial()).isEqualByComparingTo(before.budget().get(0).initial());
        assertThat(after.budget().get(1).executed()).isEqualByComparingTo(before.budget().get(1).executed());
        assertThat(after.threePublicExpenses()).isEqualTo(before.threePublicExpenses());
        assertThat(after.scoring()).isEqualTo(before.scoring());
    }

    @Test
    void a_workbook_without_the_budget_sheet_leaves_budget_execution_as_it_was() throws IOException {
        long id = miyi();
        ReportDocument before = document(id);
        byte[] file = TablesWorkbookTest.edit(export(id), w -> w.removeSheetAt(w.getSheetIndex("预算执行情况表")));

        as.run("drafter", () -> workbooks.importTables(id, version(id), file));

        assertThat(document(id).budget()).isEqualTo(before.budget());
    }

    @Test
    void a_workbook_downloaded_before_a_newer_save_is_refused_even_over_the_current_version() {
        long id = miyi();
        byte[] file = export(id);
        as.run("drafter", () -> reports.saveDraft(id, version(id), reports.export(id)));
        ReportDocument saved = document(id);

        assertThatThrownBy(() -> as.run("drafter", () -> workbooks.importTables(id, version(id), file)))
                .isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.localized().key()).isEqualTo("error.report.saved-by-other"));
        assertThatThrownBy(() -> as.run("drafter", () -> workbooks.importTables(id, file)))
                .isInstanceOf(ActionRefusedException.class);
        assertThat(document(id)).isEqualTo(saved);
    }

    @Test
    void without_a_version_a_workbook_of_another_report_is_refused_and_the_api_takes_the_workbooks_own()
            throws Exception {
        long id = miyi();
        long other = miyi();
        assertThatThrownBy(() -> as.run("drafter", () -> workbooks.importTables(id, export(other))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.message().key()).isEqualTo("workbook.version.missing")));

        long version = version(id);
        mvc.perform(put("/api/reports/" + id + "/tables.xlsx").contentType(ReportWorkbooks.CONTENT_TYPE)
                        .content(export(id)).with(httpBasic("drafter", "Perfeval#2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(org.hamcrest.Matchers.greaterThan((int) version)));
    }
}
