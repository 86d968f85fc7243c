package cn.perfeval.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A refused save on the drafting page says where, in the words of the page (table, row, code),
 * and marks the row at fault; nothing of the field's path in the document shows.
 */
@ViewTest(properties = TestDocuments.SECOND_DATABASE)
@WithUserDetails("drafter")
class RefusalsAtTheFieldViewTest extends SpringBrowserlessTest {

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
    void a_name_left_empty_is_refused_naming_table_row_and_code_and_the_row_is_marked() {
        navigate("drafting/" + id, DraftView.class);
        test(find(Button.class).id("nav-income")).click();
        @SuppressWarnings("unchecked")
        var income = test((Grid<Object>) find(Grid.class).id("income-table"));
        TextField name = (TextField) income.getCellComponent(1, 1);
        test(name).setValue(" ");

        test(find(Button.class).id("save")).click();

        assertThat(notifications()).anySatisfy(t -> assertThat(t)
                .isEqualTo("收入决算 第 2 行（科目 21013）的科目名称必须填写。\n未保存任何内容。"));
        assertThat(notifications()).noneMatch(t -> t.contains("income") || t.contains("[") || t.contains("有 1 处"));
        var cell = income.getCellComponent(1, 1);
        assertThat(cell.getElement().getChildren().flatMap(c -> c.getChildren())
                .filter(e -> e.getClassList().contains("mark-badge")).map(e -> e.getAttribute("data-mark")))
                .containsExactly("income|21013|name");
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
