package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.report.ReportDocument.Project;
import cn.perfeval.report.ReportDocument.Scoring;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.WorkbookDocuments;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** 项目及绩效指标表 and 绩效自评评分表: laid out for a clerk, read back exactly, a bad cell named by its cell. */
class TablesWorkbookProjectsTest {

    private static final ReportDocument DOC = WorkbookDocuments.withProjectsAndScoring(TestDocuments.small(2022));

    private static byte[] file() {
        return TablesWorkbook.write(DOC, "米易县医疗保障局", 2022, 41L, 7L);
    }

    @Test
    void the_projects_sheet_comes_seventh_with_a_block_per_project() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file()))) {
            assertThat(workbook.getSheetName(6)).isEqualTo("项目及绩效指标表");
            Sheet projects = workbook.getSheet("项目及绩效指标表");
            assertThat(text(projects, 0, 0)).isEqualTo("米易县医疗保障局2022年度项目及绩效指标表");
            assertThat(text(projects, 1, 7)).isEqualTo("单位：元");
            assertThat(List.of(text(projects, 2, 0), text(projects, 2, 1))).containsExactly("项目名称", "城乡居民医疗救助");
            assertThat(List.of(text(projects, 3, 0), text(projects, 3, 1), text(projects, 3, 2)))
                    .containsExactly("资金情况", "财政拨款", "其他资金");
            assertThat(text(projects, 4, 0)).isEqualTo("预算数");
            assertThat(projects.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(1200000.00);
            assertThat(projects.getRow(4).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(text(projects, 5, 0)).isEqualTo("执行数");
            assertThat(List.of(text(projects, 6, 0), text(projects, 6, 1)))
                    .containsExactly("年度目标", "资助困难群众参保，减轻就医负担。");
            assertThat(text(projects, 7, 0)).isEqualTo("一级指标");
            assertThat(text(projects, 8, 2)).isEqualTo("资助参保人数");
            // Five indicators, a blank row, then the second project.
            assertThat(List.of(text(projects, 14, 0), text(projects, 14, 1))).containsExactly("项目名称", "医保信息化建设");
        }
    }

    @Test
    void the_scoring_sheet_comes_eighth_with_its_framework_items_deductions_total_and_grade() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file()))) {
            assertThat(workbook.getSheetName(7)).isEqualTo("绩效自评评分表");
            Sheet scoring = workbook.getSheet("绩效自评评分表");
            assertThat(text(scoring, 0, 0)).isEqualTo("米易县医疗保障局2022年度绩效自评评分表");
            assertThat(List.of(text(scoring, 2, 0), text(scoring, 2, 1)))
                    .containsExactly("评价体系", "2020年部门整体支出绩效自评指标体系");
            // The longest path has four levels: four path columns, then the points and the words.
            assertThat(List.of(text(scoring, 3, 0), text(scoring, 3, 3), text(scoring, 3, 4), text(scoring, 3, 5),
                    text(scoring, 3, 6), text(scoring, 3, 7)))
                    .containsExactly("一级指标", "四级指标", "分值", "自评得分", "评分说明", "评分标准");
            assertThat(List.of(text(scoring, 5, 0), text(scoring, 5, 3))).containsExactly("过程", "全年执行率");
            assertThat(scoring.getRow(5).getCell(5).getNumericCellValue()).isEqualTo(9.8765);
            assertThat(List.of(text(scoring, 7, 0), text(scoring, 7, 4), text(scoring, 7, 5)))
                    .containsExactly("扣分项", "扣分上限", "扣分");
            assertThat(text(scoring, 9, 0)).isEqualTo("信息公开不及时扣分");
            assertThat(text(scoring, 10, 0)).isEqualTo("自评总分");
            assertThat(scoring.getRow(10).getCell(5).getNumericCellValue()).isEqualTo(50.8765);
            assertThat(List.of(text(scoring, 11, 0), text(scoring, 11, 5))).containsExactly("自评等级", "差");
        }
    }

    @Test
    void several_projects_and_the_scoring_table_read_back_exactly_as_written() {
        TablesWorkbook.Tables read = TablesWorkbook.read(file());

        assertThat(read.projects().value()).isEqualTo(WorkbookDocuments.PROJECTS);
        assertThat(read.scoring().value()).isEqualTo(WorkbookDocuments.SCORING);
    }

    @Test
    void a_report_without_projects_or_scoring_reads_back_none_and_a_workbook_without_the_sheets_reads_no_table()
            throws IOException {
        TablesWorkbook.Tables blank = TablesWorkbook.read(TablesWorkbook.write(TestDocuments.small(2022),
                "米易县医疗保障局", 2022));
        byte[] without = TablesWorkbookTest.edit(file(), w -> {
            w.removeSheetAt(w.getSheetIndex("项目及绩效指标表"));
            w.removeSheetAt(w.getSheetIndex("绩效自评评分表"));
        });

        assertThat(blank.projects().value()).isEmpty();
        assertThat(blank.scoring().value()).isNull();
        assertThat(TablesWorkbook.read(without).projects()).isNull();
        assertThat(TablesWorkbook.read(without).scoring()).isNull();
    }

    @Test
    void each_bad_cell_of_the_projects_and_scoring_sheets_is_named_by_its_cell_all_at_once() throws IOException {
        byte[] bad = TablesWorkbookTest.edit(file(), w -> {
            Sheet projects = w.getSheet("项目及绩效指标表");
            projects.getRow(4).getCell(2).setCellValue("三万五");
            projects.getRow(9).getCell(6).setCellValue(-1);
            projects.getRow(14).getCell(1).setBlank();
            projects.getRow(16).getCell(0).setCellValue("预算金额");
            Sheet scoring = w.getSheet("绩效自评评分表");
            scoring.getRow(4).getCell(5).setCellValue(4.12345);
            scoring.getRow(9).getCell(5).setCellValue("一分半");
        });

        assertThatThrownBy(() -> TablesWorkbook.read(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, p -> p.message().key())
                        .containsExactly(
                                tuple("项目及绩效指标表!C5", "workbook.number.text"),
                                tuple("项目及绩效指标表!G10", "workbook.number.negative"),
                                tuple("项目及绩效指标表!B15", "workbook.required"),
                                tuple("项目及绩效指标表!A17", "workbook.item.unknown"),
                                tuple("绩效自评评分表!F5", "workbook.points.scale"),
                                tuple("绩效自评评分表!F10", "workbook.number.text")));
    }

    @Test
    void a_problem_of_the_validator_in_a_project_or_the_scoring_moves_to_its_cell() {
        TablesWorkbook.Tables read = TablesWorkbook.read(file());

        FieldProblem weight = TablesWorkbook.toSheet(
                FieldProblem.of("projects[1].indicators[0].weight", "doc.points.range", "1"), read);
        FieldProblem grade = TablesWorkbook.toSheet(FieldProblem.of("scoring.grade", "doc.text.long", 20), read);

        assertThat(weight.field()).isEqualTo("项目及绩效指标表!F21");
        assertThat(weight.message().args()[0]).isEqualTo("分值");
        assertThat(grade.field()).isEqualTo("绩效自评评分表!F12");
        assertThat(grade.message().args()[0]).isEqualTo("自评等级");
    }

    @Test
    void a_path_longer_than_three_levels_and_one_shorter_keep_their_length() {
        Scoring read = TablesWorkbook.read(file()).scoring().value();

        assertThat(read.items()).extracting(i -> i.path().size()).containsExactly(3, 4, 2);
        assertThat(read.deductions().get(1).points()).isEqualByComparingTo("1.5");
        List<Project> projects = TablesWorkbook.read(file()).projects().value();
        assertThat(projects.get(1).indicators().getFirst().weight()).isEqualTo(new java.math.BigDecimal("33.3333"));
        assertThat(projects.get(2).budget()).isNull();
        assertThat(projects.get(2).indicators()).isEmpty();
    }

    private static String text(Sheet sheet, int row, int column) {
        var cell = sheet.getRow(row).getCell(column);
        return cell == null ? "" : cell.getStringCellValue();
    }
}
