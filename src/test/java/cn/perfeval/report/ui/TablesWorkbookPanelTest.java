package cn.perfeval.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportWorkbooks;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class TablesWorkbookPanelTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;

    long id;

    @BeforeEach
    void a_report_in_drafting_and_a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
    }

    @Test
    @WithUserDetails("drafter")
    void the_drafter_downloads_the_tables_changes_a_figure_and_the_page_shows_it_after_the_upload() throws Exception {
        navigate("drafting/" + id, com.vaadin.flow.component.Component.class);
        ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
        test(find(Anchor.class).id("tables-download")).download(downloaded);
        byte[] changed;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(downloaded.toByteArray()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            assertThat(workbook.getSheet("收入决算表").getRow(7).getCell(4).getNumericCellValue()).isEqualTo(1000.50);
            workbook.getSheet("支出决算表").getRow(7).getCell(5).setCellValue(300.25);
            workbook.getSheet("支出决算表").getRow(7).getCell(6).setCellValue(700.25);
            workbook.write(out);
            changed = out.toByteArray();
        }

        test(find(Upload.class).id("tables-upload")).upload("表格.xlsx", ReportWorkbooks.CONTENT_TYPE, changed);
        roundTrip();

        assertThat(notifications()).anyMatch(t -> t.contains("已从“表格.xlsx”导入"));
        assertThat(as.call("drafter", () -> reports.export(id)).expenditure().get(0).basic())
                .isEqualByComparingTo("300.25");
        test(find(Button.class).id("nav-expenditure")).click();
        @SuppressWarnings("unchecked")
        Grid<Object> expenditure = find(Grid.class).id("expenditure-table");
        assertThat(((BigDecimalField) test(expenditure).getCellComponent(0, 3)).getValue())
                .isEqualByComparingTo(new BigDecimal("300.25"));
    }

    @Test
    @WithUserDetails("drafter")
    void a_refused_workbook_is_reported_with_its_failed_rows_and_nothing_changes() throws Exception {
        navigate("drafting/" + id, com.vaadin.flow.component.Component.class);
        ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
        test(find(Anchor.class).id("tables-download")).download(downloaded);
        byte[] broken;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(downloaded.toByteArray()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getSheet("收入决算表").getRow(8).getCell(4).setCellValue("一千元");
            workbook.getSheet("收入决算表").getRow(8).getCell(0).setCellValue("210130101");
            workbook.write(out);
            broken = out.toByteArray();
        }
        long version = as.call("drafter", () -> reports.summary(id).version());

        test(find(Upload.class).id("tables-upload")).upload("表格.xlsx", ReportWorkbooks.CONTENT_TYPE, broken);
        roundTrip();

        assertThat(notifications()).anyMatch(t -> t.contains("收入决算表 A9：科目编码“210130101”不是3、5或7位数字。")
                && t.contains("收入决算表 E9：“本年收入合计”应填数字，填写的是“一千元”。"));
        assertThat(as.call("drafter", () -> reports.summary(id).version())).isEqualTo(version);
        assertThat(find(Span.class).id("tables-status").getText()).isEmpty();
    }

    @Test
    @WithUserDetails("bureau")
    void the_read_only_report_page_offers_the_download_and_no_upload() {
        navigate("reports/" + id, ReportView.class);
        assertThat(find(Anchor.class).withId("tables-download").exists()).isTrue();
        assertThat(find(Upload.class).withId("tables-upload").exists()).isFalse();
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
