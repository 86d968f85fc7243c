package cn.perfeval.publication.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import cn.perfeval.workflow.ReportWorkflow;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

@ViewTest
@WithAnonymousUser
class PublicViewsTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    AsUser as;

    @BeforeEach
    void a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void anyone_sees_the_published_reports_and_finds_them_by_department() {
        long published = publishedReport();
        navigate(PublicReportsView.class);
        @SuppressWarnings("unchecked")
        Grid<ReportSummary> grid = find(Grid.class).id("published");
        assertThat(rows(grid)).extracting(ReportSummary::id).contains(published);
        assertThat(rows(grid)).allMatch(r -> r.publishedAt() != null);

        test(find(TextField.class).id("public-search")).setValue("财政局");
        assertThat(rows(grid)).extracting(ReportSummary::id).doesNotContain(published);
        test(find(TextField.class).id("public-search")).setValue("医疗保障");
        assertThat(rows(grid)).extracting(ReportSummary::id).contains(published);
    }

    @Test
    void a_published_report_opens_for_anyone_and_an_unpublished_one_is_not_found() {
        long published = publishedReport();
        navigate("public/reports/" + published, PublicReportView.class);
        assertThat(find(H2.class).single().getText()).contains("米易县医疗保障局").contains("部门整体支出绩效自评");
        assertThat(find(Grid.class).id("expenditure-table").isVisible()).isTrue();

        long drafting = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        assertThatThrownBy(() -> navigate("public/reports/" + drafting, PublicReportView.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private long publishedReport() {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));
        as.run("finance", () -> workflow.approve(id, null));
        as.run("drafter", () -> workflow.publish(id));
        return id;
    }

    private java.util.List<ReportSummary> rows(Grid<ReportSummary> grid) {
        var tester = test(grid);
        return java.util.stream.IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }
}
