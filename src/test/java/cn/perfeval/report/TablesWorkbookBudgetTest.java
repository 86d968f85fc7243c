package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.report.ReportDocument.BudgetLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The budget execution sheet (预算执行情况表) and the report version the workbook carries. */
class TablesWorkbookBudgetTest {

    private static final ReportDocument MIYI = TablesWorkbookTest.miyiWithIndicators();

    @Test
    void the_budget_execution_sheet_comes_fourth_laid_out_like_the_published_table() throws IOException {
        byte[] file = TablesWorkbook.write(MIYI, "米易县医疗保障局", 2022, 41L, 7L);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(workbook.getSheetName(3)).isEqualTo("预算执行情况表");
            Sheet budget = workbook.getSheet("预算执行情况表");
            assertThat(budget.getRow(0).getCell(0).getStringCellValue()).isEqualTo("米易县医疗保障局2022年度预算执行情况表");
            assertThat(budget.getRow(1).getCell(3).getStringCellValue()).isEqualTo("单位：元");
            assertThat(List.of(1, 2, 3).stream().map(c -> budget.getRow(2).getCell(c).getStringCellValue()).toList())
                    .containsExactly("年初预算数", "调整后预算数", "全年执行数");
            assertThat(budget.getRow(3).getCell(0).getStringCellValue()).isEqualTo("人员类项目");
            assertThat(budget.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(3276800.00);
            assertThat(budget.getRow(3).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        }
    }

    @Test
    void the_budget_lines_and_the_version_read_back_as_written_a_blank_cell_staying_unstated() {
        TablesWorkbook.Tables read = TablesWorkbook.read(TablesWorkbook.write(MIYI, "米易县医疗保障局", 2022, 41L, 7L));

        assertThat(read.budget().lines()).extracting(BudgetLine::item)
                .containsExactly("人员类项目", "运转类项目", "特定目标类项目");
        for (int i = 0; i < MIYI.budget().size(); i++) {
            BudgetLine expected = MIYI.budget().get(i);
            BudgetLine actual = read.budget().lines().get(i);
            assertThat(actual.initial()).isEqualByComparingTo(expected.initial());
            assertThat(actual.executed()).isEqualByComparingTo(expected.executed());
        }
        assertThat(read.budget().lines().get(2).adjusted()).isNull();
        assertThat(read.budget().rows()).containsExactly(4, 5, 6);
        assertThat(read.report()).isEqualTo(41L);
        assertThat(read.version()).isEqualTo(7L);
        TablesWorkbook.Tables plain = TablesWorkbook.read(TablesWorkbook.write(MIYI, "米易县医疗保障局", 2022));
        assertThat(plain.report()).isNull();
        assertThat(plain.version()).isNull();
    }

    @Test
    void a_workbook_without_the_budget_sheet_reads_with_no_budget_and_an_unreadable_budget_cell_is_named() throws IOException {
        byte[] file = TablesWorkbook.write(MIYI, "米易县医疗保障局", 2022, 41L, 7L);
        byte[] without = TablesWorkbookTest.edit(file, w -> w.removeSheetAt(w.getSheetIndex("预算执行情况表")));
        byte[] bad = TablesWorkbookTest.edit(file, w -> {
            w.getSheet("预算执行情况表").getRow(4).getCell(3).setCellValue("三十八万");
            w.getSheet("预算执行情况表").getRow(5).getCell(0).setBlank();
        });

        assertThat(TablesWorkbook.read(without).budget()).isNull();
        assertThatThrownBy(() -> TablesWorkbook.read(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, p -> p.message().key()).containsExactly(
                        org.assertj.core.api.Assertions.tuple("预算执行情况表!D5", "workbook.number.text"),
                        org.assertj.core.api.Assertions.tuple("预算执行情况表!A6", "workbook.required")));
    }

    @Test
    void a_problem_of_the_validator_in_the_budget_moves_to_its_cell() {
        TablesWorkbook.Tables read = TablesWorkbook.read(TablesWorkbook.write(MIYI, "米易县医疗保障局", 2022, 41L, 7L));

        FieldProblem moved = TablesWorkbook.toSheet(FieldProblem.of("budget[1].executed", "doc.required"), read);

        assertThat(moved.field()).isEqualTo("预算执行情况表!D5");
        assertThat(moved.message().key()).isEqualTo("workbook.problem");
        assertThat(moved.message().args()[0]).isEqualTo("全年执行数");
    }
}
