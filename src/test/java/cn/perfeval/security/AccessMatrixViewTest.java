package cn.perfeval.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Every screen that shows a report, opened by users outside the report's scope: none of them
 * shows the report (the router sends them to the not-found or access-denied page).
 */
@ViewTest
class AccessMatrixViewTest extends SpringBrowserlessTest {

    static final List<String> ROUTES = List.of("reports/%d", "drafting/%d", "bureau-review/%d", "sign-off/%d",
            "publish/%d", "public/reports/%d");

    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;

    long target;

    @BeforeEach
    void a_report_of_the_finance_bureau() {
        target = as.call("drafter2", () -> reports.importDocument(TestDocuments.smallOf("米易县财政局"))).id();
    }

    @Test
    @WithUserDetails("drafter")
    void a_drafter_of_another_department_opens_no_screen_of_the_report() {
        assertNoScreenShowsTheReport();
    }

    @Test
    @WithUserDetails("bureau")
    void a_bureau_reviewer_of_another_department_opens_no_screen_of_the_report() {
        assertNoScreenShowsTheReport();
    }

    @Test
    @WithUserDetails("auditor")
    void the_auditor_opens_no_screen_of_the_report() {
        assertNoScreenShowsTheReport();
    }

    @Test
    @WithUserDetails("security")
    void the_security_administrator_opens_no_screen_of_the_report() {
        assertNoScreenShowsTheReport();
    }

    @Test
    @WithUserDetails("admin")
    void the_system_administrator_reads_the_report_page_but_opens_no_step_screen() {
        for (String route : ROUTES.subList(1, ROUTES.size())) {
            String location = route.formatted(target);
            try {
                navigate(location, Component.class);
            } catch (IllegalArgumentException | IllegalStateException refused) {
                // the router showed an error page instead
            }
            assertThat(find(com.vaadin.flow.component.button.Button.class).all()).as(location)
                    .noneMatch(b -> b.getId().filter(id -> List.of("save", "submit", "pass", "approve", "return",
                            "publish", "withdraw").contains(id)).isPresent());
        }
    }

    @Test
    @WithUserDetails("drafter2")
    void the_owner_opens_the_report_page_as_the_control() {
        navigate("reports/" + target, Component.class);
        assertThat(find(H2.class).all()).anyMatch(h -> h.getText().contains("米易县财政局"));
    }

    private void assertNoScreenShowsTheReport() {
        for (String route : ROUTES) {
            String location = route.formatted(target);
            try {
                navigate(location, Component.class);
            } catch (IllegalArgumentException | IllegalStateException refused) {
                // the router showed an error page instead
            }
            assertThat(find(H2.class).all()).as(location)
                    .noneMatch(h -> h.getText().contains("米易县财政局") && h.getText().contains("自评"));
        }
    }
}
