package cn.perfeval.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.support.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class TopBarNameTest extends SpringBrowserlessTest {

    @BeforeEach
    void a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    @WithUserDetails("drafter")
    void the_top_bar_names_the_person_and_their_role_not_the_name_they_sign_in_with() {
        UI.getCurrent().navigate("reports");
        String shown = find(Span.class).id("current-user").getText();
        assertThat(shown).isEqualTo("张填报（医疗保障局）（填报人）");
        assertThat(shown).doesNotContain("drafter");
    }
}
