package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.base.NotFoundException;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestAccounts;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.workflow.ReportWorkflow;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The audit history of a report's content: who changed what, when, with the old and the new value. */
@PortalTest(properties = TestDocuments.SECOND_DATABASE)
class ReportChangesTests {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    AsUser as;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JsonMapper json;

    @Test
    void two_saves_by_two_users_show_who_changed_which_field_from_what_to_what() {
        String colleague = accounts.drafter("colleague");
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.fixture(json,
                "miyi-2022-department.json", TestDocuments.freshYear()))).id();

        save("drafter", id, doc -> {
            ((ObjectNode) doc.get("budget").get(2)).put("executed", "600000.00");
            doc.put("conclusion", "2022年，整体支出情况良好。");
        });
        save(colleague, id, doc -> {
            ((ObjectNode) doc.get("projects").get(0).get("indicators").get(2)).put("actual", "2022年12月31日前完成");
            ((ObjectNode) doc.get("threePublicExpenses").get("actual")).put("reception", "14000.00");
        });

        List<ReportChange> changes = as.call("bureau", () -> reports.changes(id));
        assertThat(changes).hasSize(3);
        ReportChange latest = changes.get(0);
        assertThat(latest.user()).isEqualTo(colleague);
        assertThat(latest.fields()).containsExactlyInAnyOrder(
                new ReportChange.Field("threePublicExpenses", null, "actual.reception", "14300.00", "14000.00"),
                new ReportChange.Field("projects", "医保专项工作经费 › 各项完成时间", "indicators.actual", null,
                        "2022年12月31日前完成"));
        ReportChange first = changes.get(1);
        assertThat(first.user()).isEqualTo("drafter");
        assertThat(first.fields()).contains(
                new ReportChange.Field("budget", "特定目标类项目", "executed", "384800.00", "600000.00"));
        assertThat(first.fields()).anyMatch(f -> f.part().equals("conclusion")
                && f.newValue().equals("2022年，整体支出情况良好。") && f.oldValue().startsWith("2022年，我单位整体支出情况良好"));
        assertThat(first.at()).isBeforeOrEqualTo(latest.at());
        assertThat(changes.get(2).created()).isTrue();
        assertThat(changes.get(2).user()).isEqualTo("drafter");
    }

    @Test
    void rows_added_and_removed_are_named_by_their_code_and_a_move_on_the_route_shows_as_a_status_change() {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        save("drafter", id, doc -> {
            var income = (tools.jackson.databind.node.ArrayNode) doc.get("income");
            income.remove(1);
            income.addObject().put("code", "21011").put("name", "行政事业单位医疗").put("total", "1000.50");
        });
        as.run("drafter", () -> workflow.submit(id, null));

        List<ReportChange> changes = as.call("drafter", () -> reports.changes(id));
        assertThat(changes.get(0).fields()).containsExactly(
                new ReportChange.Field("status", null, null, "DRAFTING", "BUREAU_REVIEW"));
        assertThat(changes.get(1).fields()).containsExactlyInAnyOrder(
                new ReportChange.Field("income", "21013", null, "21013 / 医疗救助 / 1000.50 / 1000.50", null),
                new ReportChange.Field("income", "21011", null, null, "21011 / 行政事业单位医疗 / 1000.50"));
    }

    @Test
    void saving_the_same_content_again_adds_no_change_and_others_do_not_see_the_changes() {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        save("drafter", id, doc -> {
        });
        assertThat(as.call("drafter", () -> reports.changes(id))).singleElement()
                .satisfies(c -> assertThat(c.created()).isTrue());
        assertThatThrownBy(() -> as.call("drafter2", () -> reports.changes(id))).isInstanceOf(NotFoundException.class);
    }

    private void save(String user, long id, Consumer<ObjectNode> edit) {
        as.run(user, () -> {
            ReportDetails details = reports.details(id);
            ObjectNode doc = json.valueToTree(details.document());
            edit.accept(doc);
            reports.saveDraft(id, details.summary().version(), json.treeToValue(doc, ReportDocument.class));
        });
    }
}
