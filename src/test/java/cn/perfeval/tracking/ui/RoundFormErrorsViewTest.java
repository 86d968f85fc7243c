package cn.perfeval.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.support.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** A round refused for want of a name and a date: each field says so itself, and no field's inner name shows. */
@ViewTest
@WithUserDetails("admin")
class RoundFormErrorsViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void a_round_without_name_or_deadline_marks_both_fields_and_names_no_field_path() {
        navigate(RoundsView.class);

        test(find(Button.class).id("round-open")).click();

        TextField name = find(TextField.class).id("round-name");
        DatePicker deadline = find(DatePicker.class).id("round-deadline");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("请填写任务名称。");
        assertThat(deadline.isInvalid()).isTrue();
        assertThat(deadline.getErrorMessage()).isEqualTo("请选择截止日期。");
        List<String> texts = find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("请填写任务名称。").contains("请选择截止日期。"));
        assertThat(texts).noneMatch(t -> t.contains("name：") || t.contains("deadline：") || t.contains("departments"));
    }
}
