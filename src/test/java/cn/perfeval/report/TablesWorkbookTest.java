package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.support.TestDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The tables workbook's layout, written and read back, and the refusals of what it cannot read. */
class TablesWorkbookTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The 米易 department report with the transfer payment's indicators as its indicator table. */
    static ReportDocument miyiWithIndicators() {
        ReportDocument d = TestDocuments.fixture(JSON, "miyi-2022-department.json", 2022);
        ReportDocument transfer = TestDocuments.fixture(JSON, "miyi-2022-transfer-payment.json", 2022);
        List<Indicator> indicators = transfer.projects().get(0).indicators();
        return new ReportDocument(d.formatVersion(), d.kind(), d.year(), d.unit(), d.department(), d.mainTasks(),
                d.income(), d.expenditure(), d.totals(), d.budget(), d.threePublicExpenses(), d.assets(), indicators,
                d.projects(), d.scoring(), d.conclusion(), d.problems(), d.suggestions(), d.resultUse(),
                d.publication());
    }

    @Test
    void the_workbook_is_laid_out_like_the_published_tables() throws IOException {
        byte[] file = TablesWorkbook.write(miyiWithIndicators(), "米易县医疗保障局", 2022);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("收入决算表");
            assertThat(workbook.getSheetName(1)).isEqualTo("支出决算表");
            assertThat(workbook.getSheetName(2)).isEqualTo("绩效指标表");
            Sheet income = workbook.getSheet("收入决算表");
            assertThat(text(income, 0, 0)).isEqualTo("米易县医疗保障局2022年度收入决算表");
            assertThat(text(income, 1, 6)).isEqualTo("单位：元");
            assertThat(text(income, 2, 4)).isEqualTo("本年收入合计");
            assertThat(text(income, 2, 5)).isEqualTo("财政拨款收入");
            assertThat(text(income, 2, 6)).isEqualTo("其他收入");
            assertThat(List.of(text(income, 4, 0), text(income, 4, 1), text(income, 4, 2))).containsExactly("类", "款", "项");
            assertThat(text(income, 5, 3)).isEqualTo("栏次");
            assertThat(text(income, 6, 3)).isEqualTo("合计");
            Cell total = income.getRow(6).getCell(4);
            assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getNumericCellValue()).isEqualTo(20985528.71);
            assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            // Rows ordered by code: 208 before its 款 20805, before 210.
            assertThat(text(income, 7, 0)).isEqualTo("208");
            assertThat(text(income, 8, 0)).isEqualTo("20805");
            List<String> codes = new java.util.ArrayList<>();
            for (int r = 7; r <= income.getLastRowNum(); r++) {
                codes.add(text(income, r, 0));
            }
            assertThat(codes).isSorted();
            Sheet expenditure = workbook.getSheet("支出决算表");
            assertThat(text(expenditure, 0, 0)).isEqualTo("米易县医疗保障局2022年度支出决算表");
            assertThat(List.of(text(expenditure, 2, 4), text(expenditure, 2, 5), text(expenditure, 2, 6)))
                    .containsExactly("本年支出合计", "基本支出", "项目支出");
            assertThat(expenditure.getRow(6).getCell(4).getNumericCellValue()).isEqualTo(20985541.88);
            Sheet indicators = workbook.getSheet("绩效指标表");
            assertThat(text(indicators, 2, 0)).isEqualTo("一级指标");
            assertThat(text(indicators, 2, 7)).isEqualTo("偏差原因及改进措施");
            assertThat(text(indicators, indicators.getLastRowNum(), 0)).isEqualTo("合计");
        }
    }

    @Test
    void a_written_workbook_reads_back_to_the_same_tables_as_decimals() {
        ReportDocument doc = miyiWithIndicators();
        TablesWorkbook.Tables read = TablesWorkbook.read(TablesWorkbook.write(doc, "米易县医疗保障局", 2022));

        List<IncomeLine> income = doc.income().stream().sorted(Comparator.comparing(IncomeLine::code)).toList();
        assertThat(read.income().lines()).hasSize(income.size());
        for (int i = 0; i < income.size(); i++) {
            IncomeLine expected = income.get(i);
            IncomeLine actual = read.income().lines().get(i);
            assertThat(actual.code()).isEqualTo(expected.code());
            assertThat(actual.name()).isEqualTo(expected.name());
            assertSame(actual.total(), expected.total());
            assertSame(actual.fiscal(), expected.fiscal());
            assertSame(actual.other(), expected.other());
        }
        List<ExpenditureLine> expenditure = doc.expenditure().stream()
                .sorted(Comparator.comparing(ExpenditureLine::code)).toList();
        assertThat(read.expenditure().lines()).extracting(ExpenditureLine::code)
                .containsExactlyElementsOf(expenditure.stream().map(ExpenditureLine::code).toList());
        assertThat(read.expenditure().lines()).filteredOn(l -> l.code().equals("2109999")).singleElement()
                .satisfies(l -> assertThat(l.total()).isEqualByComparingTo("13.17"));
        assertThat(read.income().total()[0]).isEqualByComparingTo("20985528.71");
        assertThat(read.expenditure().total()[0]).isEqualByComparingTo("20985541.88");
        assertThat(read.expenditure().total()[1]).isEqualByComparingTo("3834539.09");

        assertThat(read.indicators().lines()).hasSize(doc.indicators().size());
        for (int i = 0; i < doc.indicators().size(); i++) {
            Indicator expected = doc.indicators().get(i);
            Indicator actual = read.indicators().lines().get(i);
            assertThat(List.of(actual.level1(), actual.level2(), actual.name(), actual.target(), actual.actual()))
                    .isEqualTo(List.of(expected.level1(), expected.level2(), expected.name(), expected.target(),
                            expected.actual()));
            assertSame(actual.weight(), expected.weight());
            assertSame(actual.score(), expected.score());
            assertThat(actual.deviationReason()).isEqualTo(expected.deviationReason());
        }
    }

    @Test
    void each_unreadable_cell_is_named_by_sheet_and_cell_address_all_at_once() throws IOException {
        byte[] file = edit(TablesWorkbook.write(miyiWithIndicators(), "米易县医疗保障局", 2022), w -> {
            Sheet income = w.getSheet("收入决算表");
            income.getRow(7).getCell(4).setCellValue("一百元");
            income.getRow(8).getCell(5).setCellValue(-5);
            income.getRow(9).getCell(0).setCellValue("208050101");
            income.getRow(10).getCell(3).setBlank();
            income.getRow(11).getCell(6).setCellValue(12.345);
            w.getSheet("绩效指标表").getRow(3).getCell(2).setBlank();
        });
        assertThatThrownBy(() -> TablesWorkbook.read(file)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, p -> p.message().key())
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("收入决算表!E8", "workbook.number.text"),
                                org.assertj.core.groups.Tuple.tuple("收入决算表!F9", "workbook.number.negative"),
                                org.assertj.core.groups.Tuple.tuple("收入决算表!A10", "workbook.code.format"),
                                org.assertj.core.groups.Tuple.tuple("收入决算表!D11", "workbook.required"),
                                org.assertj.core.groups.Tuple.tuple("收入决算表!G12", "workbook.number.scale"),
                                org.assertj.core.groups.Tuple.tuple("绩效指标表!C4", "workbook.required")));
    }

    @Test
    void a_code_split_over_class_section_and_item_columns_is_read_whole() throws IOException {
        byte[] file = edit(TablesWorkbook.write(TestDocuments.small(2022), "米易县医疗保障局", 2022), w -> {
            Sheet income = w.getSheet("收入决算表");
            income.removeMergedRegion(income.getMergedRegions().size() - 1);
            income.getRow(8).getCell(0).setCellValue(210);
            income.getRow(8).getCell(1).setCellValue(13);
            income.getRow(8).getCell(2).setCellValue("01");
        });
        assertThat(TablesWorkbook.read(file).income().lines()).extracting(IncomeLine::code)
                .containsExactly("210", "2101301");
    }

    @Test
    void empty_truncated_foreign_and_old_excel_files_are_refused_with_a_reason() throws IOException {
        byte[] good = TablesWorkbook.write(TestDocuments.small(2022), "米易县医疗保障局", 2022);
        assertThat(refusal(new byte[0])).isEqualTo("workbook.empty");
        assertThat(refusal(java.util.Arrays.copyOf(good, good.length / 2))).isEqualTo("workbook.damaged");
        assertThat(refusal("%PDF-1.4 not a workbook".getBytes())).isEqualTo("workbook.not-xlsx");
        try (HSSFWorkbook xls = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            xls.createSheet("收入决算表");
            xls.write(out);
            assertThat(refusal(out.toByteArray())).isEqualTo("workbook.xls");
        }
    }

    @Test
    void a_missing_sheet_is_named() throws IOException {
        byte[] file = edit(TablesWorkbook.write(TestDocuments.small(2022), "米易县医疗保障局", 2022),
                w -> w.removeSheetAt(w.getSheetIndex("绩效指标表")));
        assertThatThrownBy(() -> TablesWorkbook.read(file)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("绩效指标表");
                    assertThat(p.message().key()).isEqualTo("workbook.sheet.missing");
                }));
    }

    @Test
    void a_problem_of_the_validator_moves_to_the_cell_it_came_from() {
        TablesWorkbook.Tables tables = TablesWorkbook.read(
                TablesWorkbook.write(TestDocuments.small(2022), "米易县医疗保障局", 2022));
        FieldProblem moved = TablesWorkbook.toSheet(FieldProblem.of("income[1].code", "doc.code.duplicate", "210"),
                tables);
        assertThat(moved.field()).isEqualTo("收入决算表!A9");
        assertThat(moved.message().key()).isEqualTo("workbook.problem");
        assertThat(moved.message().args()).containsExactly("科目编码",
                new cn.perfeval.base.LocalizedMessage("doc.code.duplicate", "210"));
        assertThat(TablesWorkbook.toSheet(FieldProblem.of("totals.basic", "doc.money.range", "1"), tables).field())
                .isEqualTo("支出决算表!F7");
    }

    private static String refusal(byte[] file) {
        try {
            TablesWorkbook.read(file);
            throw new AssertionError("read");
        } catch (InvalidInputException e) {
            assertThat(e.problems()).singleElement().extracting(FieldProblem::field).isEqualTo("file");
            return e.problems().get(0).message().key();
        }
    }

    static byte[] edit(byte[] file, Consumer<XSSFWorkbook> change) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String text(Sheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        return cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue();
    }

    private static void assertSame(BigDecimal actual, BigDecimal expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(expected);
        }
    }
}
