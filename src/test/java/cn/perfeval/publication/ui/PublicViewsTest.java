package cn.perfeval.publication.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import cn.perfeval.workflow.ReportWorkflow;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
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
    void a_published_report_opens_for_anyone_in_the_standard_outline_with_its_pdf_link() {
        long published = publishedReport();
        navigate("public/reports/" + published, PublicReportView.class);

        String outline = find(Html.class).id("report-outline").getInnerHtml();
        assertThat(outline).contains("米易县医疗保障局").contains("部门整体支出绩效自评报告")
                .contains("一、部门基本情况").contains("二、部门资金收支情况").contains("三、评价结论及建议")
                .contains("1,000.50").contains("单位：元").contains("（一）评价结论").contains("整体支出情况良好。")
                .doesNotContain("部门整体绩效分析");
        Anchor pdf = find(Anchor.class).id("report-pdf");
        assertThat(pdf.getText()).isEqualTo("下载 PDF");
        assertThat(pdf.getHref()).isEqualTo("public/reports/" + published + ".pdf");
        assertThat(find(Anchor.class).id("public-back").getText()).isEqualTo("返回公开报告列表");
    }

    @Test
    void the_published_demo_report_shows_its_project_in_wan_yuan() {
        ReportSummary demo = reports.published().stream()
                .filter(r -> r.kind() == ReportKind.TRANSFER_PAYMENT && r.year() == 2022).findFirst().orElseThrow();
        navigate("public/reports/" + demo.id(), PublicReportView.class);

        String outline = find(Html.class).id("report-outline").getInnerHtml();
        assertThat(outline).contains("2022年城乡医疗救助转移支付区域（项目）绩效目标自评报告")
                .contains("单位：万元").contains("756.03").contains("1,078.71").contains("医疗救助对象人次规模");
    }

    @Test
    void a_report_that_is_not_published_is_not_found_on_the_public_page() {
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
