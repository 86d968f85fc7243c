package cn.perfeval.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.ReportDetails;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The report page shows who changed what; the editor passes on the parts it does not edit. */
@ViewTest
class ReportViewChangesTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;
    @Autowired
    JsonMapper json;

    long id;

    @BeforeEach
    void the_department_report_in_drafting_and_a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        ReportDocument doc = TestDocuments.fixture(json, "miyi-2022-department.json", TestDocuments.freshYear());
        id = as.call("drafter", () -> reports.importDocument(doc)).id();
    }

    @Test
    @WithUserDetails("drafter")
    void the_sheet_passes_the_parts_it_does_not_edit_on_so_a_save_keeps_them() {
        ReportDetails details = reports.details(id);
        ReportDocument edits = new ReportSheet(details, true).edits();
        assertThat(edits.budget()).isEqualTo(details.document().budget());
        assertThat(edits.threePublicExpenses()).isEqualTo(details.document().threePublicExpenses());
        assertThat(edits.projects()).isEqualTo(details.document().projects());
        assertThat(edits.scoring()).isEqualTo(details.document().scoring());

        reports.saveDraft(id, details.summary().version(), edits);
        ReportDocument stored = reports.details(id).document();
        assertThat(stored.projects()).isEqualTo(details.document().projects());
        assertThat(stored.scoring()).isEqualTo(details.document().scoring());
        assertThat(stored.budget()).isEqualTo(details.document().budget());
    }

    @Test
    @WithUserDetails("bureau")
    void the_report_page_lists_who_changed_which_field_from_what_to_what() {
        as.run("drafter", () -> {
            ReportDetails details = reports.details(id);
            ObjectNode doc = json.valueToTree(details.document());
            ((ObjectNode) doc.get("budget").get(1)).put("adjusted", "390000.00");
            reports.saveDraft(id, details.summary().version(), json.treeToValue(doc, ReportDocument.class));
        });

        navigate("reports/" + id, ReportView.class);
        ChangeLog log = find(ChangeLog.class).id("changes");
        assertThat(log.lines()).hasSize(2);
        ChangeLog.Line change = log.lines().getFirst();
        assertThat(change.user()).isEqualTo("drafter");
        assertThat(change.where()).isEqualTo("预算执行 › 运转类项目 › 调整预算数");
        assertThat(change.oldValue()).isEqualTo("384800.00");
        assertThat(change.newValue()).isEqualTo("390000.00");
        assertThat(log.lines().get(1).where()).isEqualTo("创建报告（首个版本）");
        assertThat(test(log).getCellText(0, 2)).isEqualTo("预算执行 › 运转类项目 › 调整预算数");
    }
}
