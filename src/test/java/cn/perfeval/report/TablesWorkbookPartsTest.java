package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.report.ReportDocument.Assets;
import cn.perfeval.report.ReportDocument.ThreeLines;
import cn.perfeval.report.ReportDocument.ThreePublicExpenses;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The 三公经费支出表 sheet: written like the published table, read back exactly, a bad cell named. */
class TablesWorkbookPartsTest {

    static final ThreePublicExpenses THREE = new ThreePublicExpenses(
            new ThreeLines(new BigDecimal("50000.00"), new BigDecimal("0.01"), new BigDecimal("20000.00")),
            new ThreeLines(new BigDecimal("0.00"), new BigDecimal("1234567.89"), new BigDecimal("14300.00")), 9, 112);

    static final Assets ASSETS = new Assets(new BigDecimal("8650321.47"), new BigDecimal("120000.00"),
            new BigDecimal("8530321.47"), new BigDecimal("0.05"), null);

    /** The report with its assets replaced. */
    static ReportDocument withAssets(ReportDocument d, Assets assets) {
        return new ReportDocument(d.formatVersion(), d.kind(), d.year(), d.unit(), d.department(), d.mainTasks(),
                d.income(), d.expenditure(), d.totals(), d.budget(), d.threePublicExpenses(), assets, d.indicators(),
                d.projects(), d.scoring(), d.conclusion(), d.problems(), d.suggestions(), d.resultUse(),
                d.publication());
    }

    /** The 米易 report with 三公 figures in every cell. */
    static ReportDocument withThree(ReportDocument d, ThreePublicExpenses three) {
        return new ReportDocument(d.formatVersion(), d.kind(), d.year(), d.unit(), d.department(), d.mainTasks(),
                d.income(), d.expenditure(), d.totals(), d.budget(), three, d.assets(), d.indicators(),
                d.projects(), d.scoring(), d.conclusion(), d.problems(), d.suggestions(), d.resultUse(),
                d.publication());
    }

    private static final ReportDocument MIYI = withThree(TablesWorkbookTest.miyiWithIndicators(), THREE);

    @Test
    void the_three_public_sheet_comes_fifth_laid_out_like_the_published_table() throws IOException {
        byte[] file = TablesWorkbook.write(MIYI, "米易县医疗保障局", 2022, 41L, 7L);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(workbook.getSheetName(4)).isEqualTo("三公经费支出表");
            Sheet three = workbook.getSheet("三公经费支出表");
            assertThat(three.getRow(0).getCell(0).getStringCellValue()).isEqualTo("米易县医疗保障局2022年度三公经费支出表");
            assertThat(three.getRow(1).getCell(2).getStringCellValue()).isEqualTo("单位：元");
            assertThat(three.getRow(2).getCell(1).getStringCellValue()).isEqualTo("预算数");
            assertThat(three.getRow(2).getCell(2).getStringCellValue()).isEqualTo("决算数");
            assertThat(three.getRow(3).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(three.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(1248867.89);
            assertThat(three.getRow(6).getCell(0).getStringCellValue()).isEqualTo("公务接待费");
            assertThat(three.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(14300.00);
            assertThat(three.getRow(6).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(three.getRow(8).getCell(0).getStringCellValue()).isEqualTo("公务接待人次（人次）");
            assertThat(three.getRow(8).getCell(2).getNumericCellValue()).isEqualTo(112);
        }
    }

    @Test
    void the_three_public_figures_read_back_as_written() {
        TablesWorkbook.Tables read = TablesWorkbook.read(TablesWorkbook.write(MIYI, "米易县医疗保障局", 2022, 41L, 7L));

        assertThat(read.threePublic().value()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(THREE);
        assertThat(read.threePublic().value().actual().vehicles()).isEqualTo(new BigDecimal("1234567.89"));
    }

    @Test
    void an_unstated_budget_stays_unstated_and_a_blank_sheet_reads_as_no_three_public_expenses() {
        ThreePublicExpenses actualOnly = new ThreePublicExpenses(null,
                new ThreeLines(null, new BigDecimal("300.50"), null), null, 4);
        TablesWorkbook.Tables read = TablesWorkbook.read(
                TablesWorkbook.write(withThree(MIYI, actualOnly), "米易县医疗保障局", 2022));
        TablesWorkbook.Tables none = TablesWorkbook.read(
                TablesWorkbook.write(withThree(MIYI, null), "米易县医疗保障局", 2022));

        assertThat(read.threePublic().value().budget()).isNull();
        assertThat(read.threePublic().value().actual().overseas()).isNull();
        assertThat(read.threePublic().value().actual().vehicles()).isEqualByComparingTo("300.50");
        assertThat(read.threePublic().value().receptionBatches()).isNull();
        assertThat(read.threePublic().value().receptionPersons()).isEqualTo(4);
        assertThat(none.threePublic().value()).isNull();
    }

    @Test
    void a_workbook_without_the_three_public_sheet_reads_none_and_each_bad_cell_is_named_by_its_cell()
            throws IOException {
        byte[] file = TablesWorkbook.write(MIYI, "米易县医疗保障局", 2022, 41L, 7L);
        byte[] without = TablesWorkbookTest.edit(file, w -> w.removeSheetAt(w.getSheetIndex("三公经费支出表")));
        byte[] bad = TablesWorkbookTest.edit(file, w -> {
            Sheet three = w.getSheet("三公经费支出表");
            three.getRow(6).getCell(2).setCellValue("一万四");
            three.getRow(4).getCell(1).setCellValue(-5);
            three.getRow(8).getCell(2).setCellValue(11.5);
            three.getRow(7).getCell(0).setCellValue("会议费");
        });

        assertThat(TablesWorkbook.read(without).threePublic()).isNull();
        assertThatThrownBy(() -> TablesWorkbook.read(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, p -> p.message().key(),
                        p -> p.message().args()[0]).containsExactly(
                                tuple("三公经费支出表!B5", "workbook.number.negative", "因公出国（境）费（预算数）"),
                                tuple("三公经费支出表!C7", "workbook.number.text", "公务接待费（决算数）"),
                                tuple("三公经费支出表!A8", "workbook.item.unknown", "会议费"),
                                tuple("三公经费支出表!C9", "workbook.count.invalid", "公务接待人次（人次）")));
    }

    @Test
    void rows_are_found_by_their_item_even_moved_or_written_without_fee() throws IOException {
        byte[] file = TablesWorkbookTest.edit(TablesWorkbook.write(MIYI, "米易县医疗保障局", 2022), w -> {
            Sheet three = w.getSheet("三公经费支出表");
            three.getRow(4).getCell(0).setCellValue("公务接待");
            three.getRow(4).getCell(2).setCellValue(800);
            three.getRow(6).getCell(0).setCellValue("因公出国(境)费");
        });

        ThreePublicExpenses read = TablesWorkbook.read(file).threePublic().value();

        assertThat(read.actual().reception()).isEqualByComparingTo("800");
        assertThat(read.actual().overseas()).isEqualByComparingTo("14300.00");
        assertThat(read.budget().reception()).isEqualByComparingTo("50000.00");
    }

    @Test
    void a_problem_of_the_validator_in_the_three_public_part_moves_to_its_cell() {
        TablesWorkbook.Tables read = TablesWorkbook.read(TablesWorkbook.write(MIYI, "米易县医疗保障局", 2022, 41L, 7L));

        FieldProblem moved = TablesWorkbook.toSheet(
                FieldProblem.of("threePublicExpenses.receptionBatches", "doc.count.negative", -1), read);

        assertThat(moved.field()).isEqualTo("三公经费支出表!C8");
        assertThat(moved.message().key()).isEqualTo("workbook.problem");
        assertThat(moved.message().args()[0]).isEqualTo("公务接待批次（批）");
    }

    @Test
    void the_assets_sheet_comes_sixth_and_its_figures_read_back_as_written_a_blank_staying_unstated()
            throws IOException {
        byte[] file = TablesWorkbook.write(withAssets(MIYI, ASSETS), "米易县医疗保障局", 2022);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(workbook.getSheetName(5)).isEqualTo("资产情况表");
            assertThat(workbook.getSheet("资产情况表").getRow(3).getCell(0).getStringCellValue()).isEqualTo("资产总额");
            assertThat(workbook.getSheet("资产情况表").getRow(3).getCell(1).getNumericCellValue()).isEqualTo(8650321.47);
        }

        TablesWorkbook.Tables read = TablesWorkbook.read(file);

        assertThat(read.assets().value()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(ASSETS);
        assertThat(read.assets().value().fixedAssetsInUse()).isNull();
        assertThat(TablesWorkbook.read(TablesWorkbook.write(withAssets(MIYI, null), "米易县医疗保障局", 2022))
                .assets().value()).isNull();
    }

    @Test
    void a_bad_assets_cell_is_named_by_its_cell() throws IOException {
        byte[] bad = TablesWorkbookTest.edit(TablesWorkbook.write(withAssets(MIYI, ASSETS), "米易县医疗保障局", 2022),
                w -> w.getSheet("资产情况表").getRow(4).getCell(1).setCellValue("12.345"));

        assertThatThrownBy(() -> TablesWorkbook.read(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, p -> p.message().key(),
                        p -> p.message().args()[0]).containsExactly(
                                tuple("资产情况表!B5", "workbook.number.scale", "负债总额")));
    }
}
