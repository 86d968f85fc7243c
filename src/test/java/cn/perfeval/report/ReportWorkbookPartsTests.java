package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.base.InvalidInputException;
import cn.perfeval.report.ReportDocument.ThreePublicExpenses;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** The workbook's 三公经费支出表 goes into the report's 三公 part, all or nothing. */
@PortalTest(properties = TestDocuments.SECOND_DATABASE)
class ReportWorkbookPartsTests {

    @Autowired
    ReportWorkbooks workbooks;
    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;
    @Autowired
    JsonMapper json;

    /** A 米易 report with 三公 budget and actual figures, counts and all. */
    private long report() {
        ReportDocument d = TablesWorkbookPartsTest.withThree(
                TestDocuments.fixture(json, "miyi-2022-department.json", TestDocuments.freshYear()),
                TablesWorkbookPartsTest.THREE);
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
    void the_three_public_figures_round_trip_through_the_workbook_unchanged() {
        long id = report();
        ReportDocument before = document(id);

        as.run("drafter", () -> workbooks.importTables(id, export(id)));

        ThreePublicExpenses after = document(id).threePublicExpenses();
        assertThat(after).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(TablesWorkbookPartsTest.THREE);
        assertThat(after).isEqualTo(before.threePublicExpenses());
    }

    @Test
    void a_three_public_figure_changed_in_the_workbook_is_the_reports_after_import_the_rest_unchanged()
            throws IOException {
        long id = report();
        ReportDocument before = document(id);
        byte[] file = TablesWorkbookTest.edit(export(id), w -> {
            w.getSheet("三公经费支出表").getRow(5).getCell(1).setCellValue(20000.5);
            w.getSheet("三公经费支出表").getRow(7).getCell(2).setCellValue(10);
        });

        as.run("drafter", () -> workbooks.importTables(id, file));

        ReportDocument after = document(id);
        assertThat(after.threePublicExpenses().budget().vehicles()).isEqualByComparingTo("20000.50");
        assertThat(after.threePublicExpenses().receptionBatches()).isEqualTo(10);
        assertThat(after.threePublicExpenses().actual()).isEqualTo(before.threePublicExpenses().actual());
        assertThat(after.threePublicExpenses().receptionPersons()).isEqualTo(112);
        assertThat(after.budget()).isEqualTo(before.budget());
        assertThat(after.assets()).isEqualTo(before.assets());
    }

    @Test
    void a_bad_three_public_cell_is_refused_naming_its_cell_and_the_report_is_unchanged() throws IOException {
        long id = report();
        ReportDocument before = document(id);
        long version = version(id);
        byte[] file = TablesWorkbookTest.edit(export(id), w -> {
            w.getSheet("收入决算表").getRow(7).getCell(5).setCellValue(1);
            w.getSheet("三公经费支出表").getRow(6).getCell(2).setCellValue("一万四千三");
        });

        assertThatThrownBy(() -> as.run("drafter", () -> workbooks.importTables(id, file)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.field()).isEqualTo("三公经费支出表!C7");
                            assertThat(p.message().key()).isEqualTo("workbook.number.text");
                            assertThat(p.message().args()).containsExactly("公务接待费（决算数）", "一万四千三");
                            assertThat(p.place().key()).isEqualTo("problem.place");
                            assertThat(p.place().args()).containsExactly("三公经费支出表 C7");
                        }));
        assertThat(document(id)).isEqualTo(before);
        assertThat(version(id)).isEqualTo(version);
    }

    @Test
    void a_workbook_without_the_three_public_sheet_leaves_the_part_as_it_was() throws IOException {
        long id = report();
        ReportDocument before = document(id);
        byte[] file = TablesWorkbookTest.edit(export(id), w -> w.removeSheetAt(w.getSheetIndex("三公经费支出表")));

        as.run("drafter", () -> workbooks.importTables(id, file));

        assertThat(document(id).threePublicExpenses()).isEqualTo(before.threePublicExpenses());
    }

    @Test
    void the_assets_round_trip_through_the_workbook_and_a_bad_assets_cell_changes_nothing() throws IOException {
        ReportDocument d = TablesWorkbookPartsTest.withAssets(
                TestDocuments.fixture(json, "miyi-2022-department.json", TestDocuments.freshYear()),
                TablesWorkbookPartsTest.ASSETS);
        long id = as.call("drafter", () -> reports.importDocument(d)).id();
        ReportDocument before = document(id);

        as.run("drafter", () -> workbooks.importTables(id, export(id)));

        assertThat(document(id).assets()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(TablesWorkbookPartsTest.ASSETS);
        assertThat(document(id).assets()).isEqualTo(before.assets());
        ReportDocument imported = document(id);
        byte[] bad = TablesWorkbookTest.edit(export(id),
                w -> w.getSheet("资产情况表").getRow(3).getCell(1).setCellValue(-1));
        assertThatThrownBy(() -> as.run("drafter", () -> workbooks.importTables(id, bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo("资产情况表!B4")));
        assertThat(document(id)).isEqualTo(imported);
    }
}
