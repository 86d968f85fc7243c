package cn.perfeval.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.json.JsonMapper;

/** The report's JSON file on the report page (download) and on the reports list (import). */
@ViewTest
class ReportFilesViewsTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;
    @Autowired
    JsonMapper json;

    @BeforeEach
    void a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    @WithUserDetails("bureau")
    void the_report_page_downloads_the_report_as_its_json_document() {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        navigate("reports/" + id, ReportView.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        test(find(Anchor.class).id("download-json")).download(out);

        assertThat(json.readValue(out.toByteArray(), ReportDocument.class))
                .isEqualTo(as.call("bureau", () -> reports.export(id)));
    }

    @Test
    @WithUserDetails("drafter")
    void a_drafter_imports_a_json_file_as_a_new_report_of_the_department() {
        navigate(ReportsView.class);
        ReportDocument doc = TestDocuments.small();
        byte[] file = json.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8);

        test(find(Upload.class).id("import-json")).upload("2031.json", "application/json", file);

        assertThat(notifications()).anyMatch(t -> t.contains("已从“2031.json”导入") && t.contains(String.valueOf(doc.year())));
        assertThat(rows()).anyMatch(r -> r.year() == doc.year() && r.department().equals(TestDocuments.MEDICAL));
    }

    @Test
    @WithUserDetails("drafter")
    void a_file_of_another_department_or_not_json_is_refused_and_nothing_is_created() {
        navigate(ReportsView.class);
        int before = rows().size();
        ReportDocument other = TestDocuments.smallOf("米易县财政局");

        test(find(Upload.class).id("import-json")).upload("other.json", "application/json",
                json.writeValueAsString(other).getBytes(StandardCharsets.UTF_8));
        test(find(Upload.class).id("import-json")).upload("notes.json", "application/json",
                "不是 JSON".getBytes(StandardCharsets.UTF_8));

        assertThat(notifications()).anyMatch(t -> t.contains("部门名称") && t.contains("米易县财政局") && !t.contains("department.name"));
        assertThat(notifications()).anyMatch(t -> t.contains("JSON 格式错误"));
        assertThat(rows()).hasSize(before);
        assertThat(as.call("drafter", () -> reports.list(other.year(), null, null))).isEmpty();
    }

    @Test
    @WithUserDetails("bureau")
    void only_drafters_get_the_import() {
        navigate(ReportsView.class);
        assertThat(find(Upload.class).withId("import-json").exists()).isFalse();
    }

    private List<ReportSummary> rows() {
        @SuppressWarnings("unchecked")
        Grid<ReportSummary> grid = find(Grid.class).id("reports");
        var tester = test(grid);
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
