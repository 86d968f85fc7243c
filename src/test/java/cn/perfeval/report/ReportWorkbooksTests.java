package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.Messages;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.workflow.ReportWorkflow;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@PortalTest(properties = TestDocuments.SECOND_DATABASE)
class ReportWorkbooksTests {

    static final String PASSWORD = "Perfeval#2026";

    @Autowired
    ReportWorkbooks workbooks;
    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    AsUser as;
    @Autowired
    JsonMapper json;
    @Autowired
    Messages messages;
    @Autowired
    MockMvc mvc;

    private long miyi() {
        return as.call("drafter", () -> reports.importDocument(
                TestDocuments.fixture(json, "miyi-2022-department.json", TestDocuments.freshYear()))).id();
    }

    private long small() {
        return as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
    }

    private byte[] export(long id) {
        return as.call("drafter", () -> workbooks.export(id)).content();
    }

    private long version(long id) {
        return as.call("drafter", () -> reports.summary(id).version());
    }

    @Test
    void the_fixtures_tables_exported_and_imported_into_another_report_are_equal_as_decimals() {
        long miyi = miyi();
        long target = as.call("drafter", () -> reports.importDocument(TestDocuments.small()
                .withNarrative("本年收入合计1,000.50元。\n本年支出合计1,000.50元。"))).id();
        ReportDocument before = as.call("drafter", () -> reports.export(target));

        ReportSummary saved = as.call("drafter", () -> workbooks.importTables(target, version(target), export(miyi)));

        assertThat(saved.version()).isGreaterThan(0);
        ReportDocument source = as.call("drafter", () -> reports.details(miyi)).document();
        ReportDocument imported = as.call("drafter", () -> reports.details(target)).document();
        assertThat(byCode(imported.income())).isEqualTo(byCode(source.income()));
        assertThat(byCodeExpenditure(imported.expenditure())).isEqualTo(byCodeExpenditure(source.expenditure()));
        assertThat(imported.totals().income()).isEqualByComparingTo(source.totals().income());
        assertThat(imported.totals().expenditure()).isEqualByComparingTo("20985541.88");
        assertThat(imported.totals().basic()).isEqualByComparingTo(source.totals().basic());
        // The rest of the report is what it was.
        assertThat(imported.mainTasks()).isEqualTo(before.mainTasks());
        assertThat(imported.conclusion()).isEqualTo(before.conclusion());
        assertThat(imported.narrative()).isEqualTo("本年收入合计1,000.50元。\n本年支出合计1,000.50元。");
        assertThat(imported.department()).isEqualTo(before.department());
        assertThat(imported.totals().openingBalance()).isEqualByComparingTo(before.totals().openingBalance());
    }

    @Test
    void exporting_and_importing_the_same_report_changes_no_figure() {
        long id = miyi();
        ReportDocument before = as.call("drafter", () -> reports.export(id));
        as.run("drafter", () -> workbooks.importTables(id, version(id), export(id)));
        ReportDocument after = as.call("drafter", () -> reports.export(id));
        assertThat(byCode(after.income())).isEqualTo(byCode(before.income()));
        assertThat(byCodeExpenditure(after.expenditure())).isEqualTo(byCodeExpenditure(before.expenditure()));
        assertThat(after.totals()).usingRecursiveComparison().withComparatorForType(java.math.BigDecimal::compareTo,
                java.math.BigDecimal.class).isEqualTo(before.totals());
        assertThat(after.budget()).isEqualTo(before.budget());
        assertThat(after.scoring()).isEqualTo(before.scoring());
    }

    @Test
    void each_malformed_workbook_is_refused_naming_sheet_and_cell_and_the_report_is_unchanged() throws IOException {
        long id = miyi();
        byte[] good = export(id);
        Map<String, byte[]> cases = new LinkedHashMap<>();
        cases.put("收入决算表!E8|“本年收入合计”应填数字，填写的是“一百元”。",
                edit(good, w -> w.getSheet("收入决算表").getRow(7).getCell(4).setCellValue("一百元")));
        cases.put("收入决算表!F9|“财政拨款收入”不能为负数（填写的是 -5）。",
                edit(good, w -> w.getSheet("收入决算表").getRow(8).getCell(5).setCellValue(-5)));
        cases.put("支出决算表!A10|科目编码“208050101”不是3、5或7位数字。",
                edit(good, w -> w.getSheet("支出决算表").getRow(9).getCell(0).setCellValue("208050101")));
        cases.put("支出决算表!D8|“科目名称”不能为空。",
                edit(good, w -> w.getSheet("支出决算表").getRow(7).getCell(3).setBlank()));
        cases.put("支出决算表!A9|“科目编码”：科目编码“208”在本表中重复出现。",
                edit(good, w -> w.getSheet("支出决算表").getRow(8).getCell(0).setCellValue("208")));
        cases.put("file|文件已损坏、不完整或不是 Excel 工作簿（.xlsx），无法读取。",
                java.util.Arrays.copyOf(good, good.length * 2 / 3));
        cases.put("file|文件是空的。", new byte[0]);
        cases.put("file|文件不是 Excel 工作簿（.xlsx）。", "MZ\u0090\u0000 not a workbook".getBytes());
        cases.put("绩效指标表|工作簿中没有“绩效指标表”工作表。",
                edit(good, w -> w.removeSheetAt(w.getSheetIndex("绩效指标表"))));

        ReportDocument before = as.call("drafter", () -> reports.export(id));
        long version = version(id);
        for (var c : cases.entrySet()) {
            String[] expected = c.getKey().split("\\|");
            assertThatThrownBy(() -> as.run("drafter", () -> workbooks.importTables(id, version, c.getValue())))
                    .as(c.getKey())
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::field, p -> messages.resolve(p.message(), Messages.DEFAULT_LOCALE))
                            .contains(org.assertj.core.groups.Tuple.tuple(expected[0], expected[1])));
            assertThat(as.call("drafter", () -> reports.export(id))).as(c.getKey()).isEqualTo(before);
            assertThat(version(id)).isEqualTo(version);
        }
    }

    @Test
    void an_import_is_refused_over_a_newer_save_after_submission_to_the_bureau_and_to_other_departments() {
        long id = small();
        byte[] file = export(id);
        long version = version(id);
        as.run("drafter", () -> reports.saveDraft(id, version, reports.export(id)));
        assertThatThrownBy(() -> as.run("drafter", () -> workbooks.importTables(id, version, file)))
                .isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.localized().key()).isEqualTo("error.report.saved-by-other"));

        assertThatThrownBy(() -> as.run("drafter2", () -> workbooks.importTables(id, version(id), file)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as.run("drafter2", () -> workbooks.export(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as.run("bureau", () -> workbooks.importTables(id, version(id), file)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(as.call("bureau", () -> workbooks.export(id)).content()).isNotEmpty();

        as.run("drafter", () -> workflow.submit(id, null));
        assertThatThrownBy(() -> as.run("drafter", () -> workbooks.importTables(id, version(id), file)))
                .isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.localized().key()).isEqualTo("error.report.not-editable"));
    }

    @Test
    void the_api_downloads_the_workbook_and_takes_it_back_with_the_version() throws Exception {
        long id = miyi();
        byte[] file = mvc.perform(get("/api/reports/" + id + "/tables.xlsx").with(httpBasic("drafter", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", ReportWorkbooks.CONTENT_TYPE))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
                        "filename*=UTF-8''%E7%B1%B3%E6%98%93")))
                .andReturn().getResponse().getContentAsByteArray();
        long version = version(id);
        mvc.perform(put("/api/reports/" + id + "/tables.xlsx").param("version", String.valueOf(version))
                        .contentType(ReportWorkbooks.CONTENT_TYPE).content(file)
                        .with(httpBasic("drafter", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.status").value("DRAFTING"))
                .andExpect(jsonPath("$.version").value(org.hamcrest.Matchers.greaterThan((int) version)));

        byte[] bad = edit(file, w -> w.getSheet("收入决算表").getRow(7).getCell(4).setCellValue("一百元"));
        mvc.perform(put("/api/reports/" + id + "/tables.xlsx").param("version", String.valueOf(version(id)))
                        .content(bad).with(httpBasic("drafter", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("收入决算表!E8"))
                .andExpect(jsonPath("$.errors[0].message").value("收入决算表 E8：“本年收入合计”应填数字，填写的是“一百元”。"));
        mvc.perform(get("/api/reports/" + id + "/tables.xlsx").with(httpBasic("drafter2", PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_workbook_with_a_sheet_beyond_5000_rows_is_refused_in_chinese_naming_the_sheet_and_the_limit()
            throws Exception {
        long id = small();
        long version = version(id);
        byte[] file = edit(export(id), w -> w.getSheet("收入决算表").createRow(CellReader.MAX_ROWS).createCell(0)
                .setCellValue("多余"));
        mvc.perform(put("/api/reports/" + id + "/tables.xlsx").param("version", String.valueOf(version))
                        .content(file).with(httpBasic("drafter", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("收入决算表"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(
                        "“收入决算表”工作表超过 5,000 行")));
        assertThat(version(id)).isEqualTo(version);
    }

    private static List<IncomeLine> byCode(List<IncomeLine> lines) {
        return lines.stream().sorted(Comparator.comparing(IncomeLine::code))
                .map(l -> new IncomeLine(l.code(), l.name(), scaled(l.total()), scaled(l.fiscal()), scaled(l.other())))
                .toList();
    }

    private static List<ExpenditureLine> byCodeExpenditure(List<ExpenditureLine> lines) {
        return lines.stream().sorted(Comparator.comparing(ExpenditureLine::code))
                .map(l -> new ExpenditureLine(l.code(), l.name(), scaled(l.total()), scaled(l.basic()),
                        scaled(l.project())))
                .toList();
    }

    private static java.math.BigDecimal scaled(java.math.BigDecimal amount) {
        return amount == null ? null : amount.setScale(2);
    }

    private static byte[] edit(byte[] file, Consumer<XSSFWorkbook> change) throws IOException {
        return TablesWorkbookTest.edit(file, change);
    }
}
