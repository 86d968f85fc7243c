package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.base.InvalidInputException;
import cn.perfeval.report.ReportDocument.Project;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.WorkbookDocuments;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The workbook's projects and scoring sheets go into the report, all or nothing. */
@PortalTest(properties = TestDocuments.SECOND_DATABASE)
class ReportWorkbookProjectsTests {

    @Autowired
    ReportWorkbooks workbooks;
    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;

    /** A report built here with three projects (one without indicators) and a scoring table. */
    private long report() {
        ReportDocument d = WorkbookDocuments.withProjectsAndScoring(TestDocuments.small());
        return as.call("drafter", () -> reports.importDocument(d)).id();
    }

    private byte[] export(long id) {
        return as.call("drafter", () -> workbooks.export(id)).content();
    }

    private ReportDocument document(long id) {
        return as.call("drafter", () -> reports.details(id)).document();
    }

    private long version(long id) {
        return as.call("drafter", () -> reports.summary(id).version());
    }

    @Test
    void exporting_and_importing_a_report_with_several_projects_and_a_scoring_table_gives_back_the_same_report() {
        long id = report();
        ReportDocument before = document(id);
        long version = version(id);

        as.run("drafter", () -> workbooks.importTables(id, export(id)));

        assertThat(version(id)).isGreaterThan(version);
        assertThat(document(id)).isEqualTo(before);
        assertThat(document(id).projects()).isEqualTo(WorkbookDocuments.PROJECTS);
        assertThat(document(id).scoring()).isEqualTo(WorkbookDocuments.SCORING);
    }

    @Test
    void a_project_figure_an_indicator_and_the_grade_changed_in_the_workbook_are_the_reports_after_import()
            throws IOException {
        long id = report();
        ReportDocument before = document(id);
        byte[] file = TablesWorkbookTest.edit(export(id), w -> {
            w.getSheet("项目及绩效指标表").getRow(17).getCell(1).setCellValue(470000.5);
            w.getSheet("项目及绩效指标表").getRow(20).getCell(6).setCellValue(30);
            w.getSheet("绩效自评评分表").getRow(11).getCell(5).setCellValue("中");
        });

        as.run("drafter", () -> workbooks.importTables(id, file));

        ReportDocument after = document(id);
        Project changed = after.projects().get(1);
        assertThat(changed.executed().fiscal()).isEqualByComparingTo("470000.50");
        assertThat(changed.indicators().getFirst().score()).isEqualByComparingTo("30");
        assertThat(after.scoring().grade()).isEqualTo("中");
        assertThat(after.projects().get(0)).isEqualTo(before.projects().get(0));
        assertThat(after.scoring().items()).isEqualTo(before.scoring().items());
        assertThat(after.income()).isEqualTo(before.income());
    }

    @Test
    void a_bad_cell_in_either_sheet_is_refused_naming_sheet_and_cell_and_the_report_is_unchanged() throws IOException {
        long id = report();
        byte[] good = export(id);
        ReportDocument before = document(id);
        long version = version(id);
        byte[] badProject = TablesWorkbookTest.edit(good,
                w -> w.getSheet("项目及绩效指标表").getRow(16).getCell(1).setCellValue("四十八万"));
        byte[] badScoring = TablesWorkbookTest.edit(good, w -> {
            w.getSheet("收入决算表").getRow(7).getCell(5).setCellValue(1);
            w.getSheet("绩效自评评分表").getRow(6).getCell(4).setCellValue(-40);
        });

        for (var c : List.of(new Object[] {badProject, "项目及绩效指标表!B17", "项目及绩效指标表 B17"},
                new Object[] {badScoring, "绩效自评评分表!E7", "绩效自评评分表 E7"})) {
            assertThatThrownBy(() -> as.run("drafter", () -> workbooks.importTables(id, (byte[]) c[0])))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .singleElement().satisfies(p -> {
                                assertThat(p.field()).isEqualTo(c[1]);
                                assertThat(p.place().args()).containsExactly(c[2]);
                            }));
            assertThat(document(id)).isEqualTo(before);
            assertThat(version(id)).isEqualTo(version);
        }
    }

    @Test
    void a_workbook_without_the_projects_and_scoring_sheets_leaves_both_parts_as_they_were() throws IOException {
        long id = report();
        ReportDocument before = document(id);
        byte[] file = TablesWorkbookTest.edit(export(id), w -> {
            w.removeSheetAt(w.getSheetIndex("项目及绩效指标表"));
            w.removeSheetAt(w.getSheetIndex("绩效自评评分表"));
            w.getSheet("收入决算表").getRow(7).getCell(4).setCellValue(1000.75);
        });

        as.run("drafter", () -> workbooks.importTables(id, file));

        ReportDocument after = document(id);
        assertThat(after.income().getFirst().total()).isEqualByComparingTo("1000.75");
        assertThat(after.projects()).isEqualTo(before.projects());
        assertThat(after.scoring()).isEqualTo(before.scoring());
    }

    @Test
    void a_report_without_projects_or_scoring_keeps_none_through_the_workbook() {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        ReportDocument before = document(id);

        as.run("drafter", () -> workbooks.importTables(id, export(id)));

        assertThat(before.projects()).isNull();
        assertThat(document(id)).isEqualTo(before);
    }
}
