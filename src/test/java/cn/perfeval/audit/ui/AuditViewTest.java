package cn.perfeval.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.audit.AuditExport;
import cn.perfeval.audit.AuditFilter;
import cn.perfeval.audit.AuditRecord;
import cn.perfeval.support.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditExport export;

    @BeforeEach
    void a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    @WithUserDetails("auditor")
    void the_auditor_filters_the_log_by_user_and_verifies_the_chain() {
        navigate(AuditView.class);
        test(find(TextField.class).id("audit-user")).setValue("finance");
        test(find(Button.class).id("audit-search")).click();
        @SuppressWarnings("unchecked")
        Grid<AuditRecord> grid = find(Grid.class).id("audit-lines");
        var tester = test(grid);
        assertThat(tester.size()).isPositive();
        assertThat(IntStream.range(0, tester.size()).mapToObj(tester::getRow)).allMatch(r -> "finance".equals(r.user()));

        test(find(Button.class).id("audit-verify")).click();
        assertThat(find(Span.class).id("audit-verification").getText()).startsWith("哈希链与封印完整");
    }

    @Test
    @WithUserDetails("auditor")
    void the_export_is_a_workbook_with_one_row_per_matching_line() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditFilter finance = new AuditFilter("finance", null, null, null, null);
        export.write(finance, Locale.SIMPLIFIED_CHINESE, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("用户");
            assertThat(sheet.getLastRowNum()).isPositive();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(2).getStringCellValue()).isEqualTo("finance");
            }
        }
    }

    @Test
    @WithUserDetails("admin")
    void the_system_administrator_cannot_open_the_audit_log() {
        assertThatThrownBy(() -> navigate(AuditView.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
