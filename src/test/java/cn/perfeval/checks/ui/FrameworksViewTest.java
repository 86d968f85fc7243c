package cn.perfeval.checks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.checks.FrameworkSummary;
import cn.perfeval.support.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class FrameworksViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    @WithUserDetails("admin")
    void the_administrator_sees_each_framework_with_the_key_settings_and_reports_name_it_by() {
        navigate(FrameworksView.class);
        @SuppressWarnings("unchecked")
        Grid<FrameworkSummary> grid = find(Grid.class).id("frameworks");
        var tester = test(grid);

        List<String> keys = IntStream.range(0, tester.size()).mapToObj(r -> tester.getCellText(r, 1)).toList();
        assertThat(keys).contains("sichuan-county-department", "national-project-2020", "national-transfer-payment-2020",
                "department-input-process-output-outcome", "national-project-evaluation-2020");
        assertThat(grid.getColumns().get(1).getHeaderText()).isEqualTo("键（设置与报告可用它指明框架）");
    }
}
