package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.Messages;
import cn.perfeval.base.PerfevalException;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestAccounts;
import cn.perfeval.support.TestDocuments;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Saving a report stores every part of it; two saves of one version; reports stored by earlier versions. */
@PortalTest(properties = TestDocuments.SECOND_DATABASE)
class ReportSavingTests {

    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JsonMapper json;
    @Autowired
    Messages messages;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PendingPartsConversion conversion;

    @Test
    void of_two_saves_of_the_same_version_the_second_is_refused_naming_who_saved_first_and_the_first_stays() {
        String colleague = accounts.drafter("second");
        long id = importFixture("miyi-2022-department.json");
        ReportDetails read = as.call("drafter", () -> reports.details(id));
        ReportDocument first = edited(read.document(), doc -> {
            ((ObjectNode) doc.get("budget").get(0)).put("executed", "3400000.00");
            doc.put("conclusion", "第一位保存的结论。");
        });
        ReportDocument second = edited(read.document(), doc -> {
            ((ObjectNode) doc.get("budget").get(0)).put("executed", "1.00");
            doc.put("conclusion", "第二位保存的结论。");
        });

        as.run("drafter", () -> reports.saveDraft(id, read.summary().version(), first));
        Throwable refused = catchThrowable(() -> as.run(colleague,
                () -> reports.saveDraft(id, read.summary().version(), second)));

        assertThat(refused).isInstanceOf(PerfevalException.class);
        assertThat(messages.resolve(((PerfevalException) refused).localized(), Messages.DEFAULT_LOCALE))
                .contains("drafter").contains("保存");
        ReportDocument stored = as.call("drafter", () -> reports.details(id).document());
        assertThat(stored.conclusion()).isEqualTo("第一位保存的结论。");
        assertThat(stored.budget().getFirst().executed()).isEqualByComparingTo("3400000.00");
        assertThat(stored.projects()).hasSize(5);
        assertThat(as.call("drafter", () -> reports.summary(id)).updatedBy()).isEqualTo("drafter");
    }

    @Test
    void a_save_stores_every_part_and_a_part_left_out_becomes_absent_with_its_row() {
        long id = importFixture("miyi-2022-department.json");
        ReportDetails read = as.call("drafter", () -> reports.details(id));
        ReportDocument doc = edited(read.document(), d -> {
            d.putObject("assets").put("total", "1000.00").put("liabilities", "400.00").put("net", "600.00");
            ((ObjectNode) d.get("scoring")).put("grade", "良");
            ((ObjectNode) d.get("projects").get(4).get("indicators").get(0)).put("score", "9.5");
            d.remove("budget");
            d.remove("threePublicExpenses");
        });
        as.run("drafter", () -> reports.saveDraft(id, read.summary().version(), doc));

        ReportDocument stored = as.call("drafter", () -> reports.export(id));
        assertThat(stored.assets()).isEqualTo(new ReportDocument.Assets(new BigDecimal("1000.00"),
                new BigDecimal("400.00"), new BigDecimal("600.00"), null, null));
        assertThat(stored.scoring().grade()).isEqualTo("良");
        assertThat(stored.projects().get(4).indicators().getFirst().score()).isEqualByComparingTo("9.5");
        assertThat(stored.budget()).isNull();
        assertThat(stored.threePublicExpenses()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from report_three_public_expenses where report_id = ?",
                Integer.class, id)).isZero();
    }

    @Test
    void an_empty_list_stays_empty_and_an_absent_one_absent() {
        long id = importFixture("miyi-2022-transfer-payment.json");
        ReportDetails read = as.call("drafter", () -> reports.details(id));
        ReportDocument doc = edited(read.document(), d -> {
            d.putArray("budget");
            ((ObjectNode) d.get("projects").get(0)).putArray("indicators");
        });
        as.run("drafter", () -> reports.saveDraft(id, read.summary().version(), doc));

        ReportDocument stored = as.call("drafter", () -> reports.export(id));
        assertThat(stored.budget()).isEmpty();
        assertThat(stored.projects().getFirst().indicators()).isEmpty();
        assertThat(stored.indicators()).isNull();
        assertThat(stored.assets()).isNull();
        assertThat(stored.scoring()).isNull();
    }

    @Test
    void a_report_in_ten_thousand_yuan_is_shown_in_yuan_with_every_part() {
        long id = importFixture("miyi-2022-transfer-payment.json");
        ReportDocument shown = as.call("bureau", () -> reports.details(id).document());
        assertThat(shown.unit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(shown.projects().getFirst().budget()).isEqualTo(new ReportDocument.Funds(
                new BigDecimal("7560300.00"), new BigDecimal("3907800.00")));
        assertThat(shown.projects().getFirst().indicators()).hasSize(12);
    }

    @Test
    void a_save_with_a_bad_part_is_refused_whole_and_changes_nothing() {
        long id = importFixture("miyi-2022-department.json");
        ReportDetails read = as.call("drafter", () -> reports.details(id));
        ReportDocument doc = edited(read.document(), d -> {
            d.put("conclusion", "不会保存的结论。");
            ((ObjectNode) d.get("scoring").get("items").get(0)).put("selfScore", "-1");
            ((ObjectNode) d.get("income").get(0)).put("code", "250");
        });
        Map<String, Integer> before = ReportTables.rowCounts(jdbc);
        Throwable refused = catchThrowable(() -> as.run("drafter",
                () -> reports.saveDraft(id, read.summary().version(), doc)));
        assertThat(refused).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) refused).problems()).extracting(p -> p.field())
                .containsExactlyInAnyOrder("scoring.items[0].selfScore", "income[0].code");
        assertThat(ReportTables.rowCounts(jdbc)).isEqualTo(before);
        assertThat(as.call("drafter", () -> reports.export(id)).conclusion()).startsWith("2022年，我单位");
    }

    @Test
    void parts_kept_as_json_by_an_earlier_version_are_moved_into_their_tables_once() {
        for (String fixture : List.of("miyi-2022-department.json", "miyi-2022-transfer-payment.json")) {
            int year = TestDocuments.freshYear();
            ReportDocument original = TestDocuments.fixture(json, fixture, year);
            long id = as.call("drafter", () -> reports.importDocument(original)).id();
            storeAsAnEarlierVersionDid(id, original);
            assertThat(as.call("drafter", () -> reports.export(id)).projects()).isNull();

            assertThat(conversion.convertAll()).isEqualTo(1);

            JsonNode exported = json.valueToTree(as.call("drafter", () -> reports.export(id)));
            ReportDocument named = original.withProject(original.projectName().isEmpty() ? null : original.projectName());
            assertThat(ReportApiTests.differences("", json.valueToTree(named), exported)).as(fixture).isEmpty();
            assertThat(jdbc.queryForObject("select count(*) from report where pending_parts is not null",
                    Integer.class)).isZero();
            assertThat(conversion.convertAll()).isZero();
            assertThat(as.call("drafter", () -> reports.changes(id))).singleElement()
                    .satisfies(c -> assertThat(c.created()).isTrue());
        }
    }

    /** The report as the earlier version kept it: the parts as JSON in the document's unit, no rows of their own. */
    private void storeAsAnEarlierVersionDid(long id, ReportDocument doc) {
        for (String table : List.of("report_budget_line", "report_three_public_expenses", "report_assets",
                "report_indicator", "report_project", "report_project_indicator", "report_scoring",
                "report_scoring_item", "report_scoring_item_level", "report_scoring_deduction")) {
            jdbc.update("delete from " + table + " where report_id = ?", id);
        }
        String pending = json.writeValueAsString(new ReportDocuments.PendingParts(doc.budget(),
                doc.threePublicExpenses(), doc.assets(), doc.indicators(), doc.projects(), doc.scoring()));
        jdbc.update("update report set pending_parts = ?, budget_present = false, indicators_present = false,"
                + " projects_present = false where id = ?", pending, id);
    }

    private long importFixture(String name) {
        ReportDocument doc = TestDocuments.fixture(json, name, TestDocuments.freshYear());
        return as.call("drafter", () -> reports.importDocument(doc)).id();
    }

    private ReportDocument edited(ReportDocument doc, Consumer<ObjectNode> edit) {
        ObjectNode tree = json.valueToTree(doc);
        edit.accept(tree);
        return json.treeToValue(tree, ReportDocument.class);
    }
}
