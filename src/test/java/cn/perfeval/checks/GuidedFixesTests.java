package cn.perfeval.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.checks.core.Finding;
import cn.perfeval.report.EditConflictException;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.Repair;
import cn.perfeval.report.RepairPlan;
import cn.perfeval.report.RepairPlan.CellChange;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportDocument.Totals;
import cn.perfeval.report.ReportRepairs;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Guided fixes: a finding with an obvious repair offers it, shows each cell it changes, and the
 * repair is saved as any save is (stale versions refused); a report without findings offers none.
 */
@PortalTest
class GuidedFixesTests {

    @Autowired
    ReportChecks checks;
    @Autowired
    ReportRepairs repairs;
    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;
    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    private static BigDecimal m(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static IncomeLine in(String code, String name, String total, String fiscal) {
        return new IncomeLine(code, name, m(total), m(fiscal), null);
    }

    private static ExpenditureLine out(String code, String name, String total, String basic, String project) {
        return new ExpenditureLine(code, name, m(total), m(basic), m(project));
    }

    /** The small report with other tables and totals. */
    private static ReportDocument with(List<IncomeLine> income, List<ExpenditureLine> expenditure, Totals totals) {
        ReportDocument s = TestDocuments.small();
        return new ReportDocument(s.formatVersion(), s.kind(), s.year(), MoneyUnit.YUAN, s.department(),
                s.mainTasks(), income, expenditure, totals, null, null, null, null, null, null, s.conclusion(), null,
                null, null, s.publication());
    }

    /** As the demo report: the expenditure side has 21099 / 2109999 (13.17) that the income side lacks. */
    private static ReportDocument missingIncomeRows() {
        return with(List.of(
                in("210", "卫生健康支出", "1000.50", "1000.50"),
                in("21013", "医疗救助", "1000.50", "1000.50"),
                in("2101301", "城乡医疗救助", "1000.50", "1000.50"),
                in("221", "住房保障支出", "200.00", "200.00"),
                in("22102", "住房改革支出", "200.00", "200.00")),
                List.of(out("210", "卫生健康支出", "1013.67", null, "1013.67"),
                        out("21013", "医疗救助", "1000.50", null, "1000.50"),
                        out("2101301", "城乡医疗救助", "1000.50", null, "1000.50"),
                        out("21099", "其他卫生健康支出", "13.17", null, "13.17"),
                        out("2109999", "其他卫生健康支出", "13.17", null, "13.17"),
                        out("221", "住房保障支出", "200.00", "200.00", null),
                        out("22102", "住房改革支出", "200.00", "200.00", null)),
                new Totals(m("1200.50"), m("1200.50"), null, m("1213.67"), m("200.00"), m("1013.67"),
                        BigDecimal.ZERO, BigDecimal.ZERO));
    }

    private List<GuidedFix> fixes(ReportDocument document) {
        return as.call("drafter", () -> checks.guidedFixes(document, checks.check(document).findings()));
    }

    private List<String> errorRules(ReportDocument document) {
        return as.call("drafter", () -> checks.check(document).errors().stream().map(Finding::rule).toList());
    }

    @Test
    void missing_income_rows_are_one_fix_that_adds_both_rows_and_moves_the_parent_and_the_totals_by_13_17() {
        ReportDocument document = missingIncomeRows();

        List<GuidedFix> fixes = fixes(document);

        assertThat(fixes).extracting(f -> f.finding().rule(), f -> f.finding().row())
                .containsExactly(tuple("income.expenditure", "210"), tuple("income.expenditure", null));
        RepairPlan plan = fixes.getFirst().plan();
        assertThat(plan.repair()).isEqualTo(new Repair.AddMissingRows("income", "210"));
        assertThat(plan.codes()).containsExactly("21099", "2109999");
        assertThat(plan.amount()).isEqualByComparingTo("13.17");
        assertThat(plan.changes()).extracting(CellChange::table, CellChange::rowNumber, CellChange::code,
                CellChange::column, CellChange::before, CellChange::after, CellChange::added).containsExactly(
                        tuple("income", 1, "210", "total", m("1000.50"), m("1013.67"), false),
                        tuple("income", 1, "210", "fiscal", m("1000.50"), m("1013.67"), false),
                        tuple("income", 4, "21099", "total", null, m("13.17"), true),
                        tuple("income", 4, "21099", "fiscal", null, m("13.17"), true),
                        tuple("income", 5, "2109999", "total", null, m("13.17"), true),
                        tuple("income", 5, "2109999", "fiscal", null, m("13.17"), true),
                        tuple("totals", 0, null, "income", m("1200.50"), m("1213.67"), false),
                        tuple("totals", 0, null, "incomeFiscal", m("1200.50"), m("1213.67"), false));
        assertThat(plan.result().income()).extracting(IncomeLine::code)
                .containsExactly("210", "21013", "2101301", "21099", "2109999", "221", "22102");
        assertThat(errorRules(plan.result())).isEmpty();
        assertThat(fixes(plan.result())).as("repairs still offered once repaired").isEmpty();
        // The totals' finding offers the same repair, of the whole table.
        assertThat(fixes.get(1).plan().result()).isEqualTo(plan.result());
    }

    @Test
    void the_demo_report_once_repaired_has_no_error_and_is_offered_no_repair_again() {
        // A year without approved targets: in 2022 the department's approved declaration also asks for its indicators.
        ReportDocument demo = TestDocuments.fixture(json, "miyi-2022-department.json", TestDocuments.freshYear());
        List<GuidedFix> fixes = fixes(demo);
        assertThat(fixes).isNotEmpty();

        ReportDocument repaired = fixes.getFirst().plan().result();

        assertThat(errorRules(repaired)).isEmpty();
        assertThat(fixes(repaired)).extracting(f -> f.finding().rule() + " " + f.finding().table() + " "
                + f.finding().row()).isEmpty();
    }

    @Test
    void the_fix_is_saved_as_a_save_and_a_stale_version_is_refused_leaving_the_draft_as_it_was() {
        ReportDocument document = missingIncomeRows();
        ReportSummary imported = as.call("drafter", () -> reports.importDocument(document));
        Repair repair = new Repair.AddMissingRows("income", "210");

        Throwable stale = catchThrowable(() -> as.call("drafter",
                () -> repairs.apply(imported.id(), imported.version() - 1, null, repair)));
        assertThat(stale).isInstanceOf(EditConflictException.class);
        assertThat(as.call("drafter", () -> reports.export(imported.id())).income()).hasSize(5);

        ReportSummary saved = as.call("drafter", () -> repairs.apply(imported.id(), imported.version(), null, repair));

        assertThat(saved.version()).isGreaterThan(imported.version());
        ReportDocument stored = as.call("drafter", () -> reports.export(imported.id()));
        assertThat(stored.income()).extracting(IncomeLine::code, IncomeLine::total)
                .contains(tuple("21099", m("13.17")), tuple("2109999", m("13.17")));
        assertThat(stored.totals().income()).isEqualByComparingTo("1213.67");
        assertThat(errorRules(stored)).isEmpty();
        // The history of changes holds the save, by the drafter.
        assertThat(as.call("drafter", () -> reports.changes(imported.id()))).first()
                .satisfies(c -> assertThat(c.user()).isEqualTo("drafter"))
                .satisfies(c -> assertThat(c.created()).isFalse());
    }

    @Test
    void rows_that_do_not_explain_the_whole_difference_are_not_offered() {
        // The income side lacks 21099 / 2109999 (13.17), but differs by 23.17: the rows are not the whole story.
        ReportDocument d = missingIncomeRows();
        List<IncomeLine> income = d.income().stream()
                .map(l -> l.code().startsWith("210") ? in(l.code(), l.name(), "990.50", "990.50") : l).toList();
        ReportDocument document = with(income, d.expenditure(), new Totals(m("1190.50"), m("1190.50"), null,
                m("1213.67"), m("200.00"), m("1013.67"), BigDecimal.ZERO, BigDecimal.ZERO));

        assertThat(errorRules(document)).contains("income.expenditure");
        assertThat(fixes(document)).isEmpty();
    }

    @Test
    void a_stated_total_that_differs_from_the_rows_takes_their_sum() {
        ReportDocument s = TestDocuments.small();
        ReportDocument document = with(s.income(), s.expenditure(),
                new Totals(m("1000.50"), m("900.00"), null, m("1000.50"), null, null, null, null));

        List<GuidedFix> fixes = fixes(document);

        assertThat(fixes).hasSize(1);
        RepairPlan plan = fixes.getFirst().plan();
        assertThat(plan.repair()).isEqualTo(new Repair.TotalFromRows("incomeFiscal"));
        assertThat(plan.changes()).extracting(CellChange::table, CellChange::column, CellChange::before,
                CellChange::after).containsExactly(tuple("totals", "incomeFiscal", m("900.00"), m("1000.50")));
        assertThat(errorRules(plan.result())).isEmpty();
    }

    @Test
    void a_parent_cell_that_differs_from_its_children_takes_their_sum() {
        ReportDocument document = with(List.of(
                in("210", "卫生健康支出", "1000.50", "1000.50"),
                in("21013", "医疗救助", "1000.50", "1000.50"),
                in("2101301", "城乡医疗救助", "600.00", "600.00"),
                in("2101399", "其他医疗救助支出", "420.50", "420.50")),
                List.of(), new Totals(m("1000.50"), null, null, null, null, null, null, null));

        List<GuidedFix> fixes = fixes(document);

        assertThat(fixes).extracting(f -> f.plan().repair()).containsExactly(
                new Repair.ParentFromChildren("income", "21013", "total"),
                new Repair.ParentFromChildren("income", "21013", "fiscal"));
        assertThat(fixes.getFirst().plan().changes()).extracting(CellChange::rowNumber, CellChange::code,
                CellChange::before, CellChange::after).containsExactly(tuple(2, "21013", m("1000.50"), m("1020.50")));
        assertThat(fixes.getFirst().plan().result().income().get(1).total()).isEqualByComparingTo("1020.50");
    }

    @Test
    void a_report_without_findings_is_offered_no_fix() {
        ReportDocument document = TestDocuments.small();

        assertThat(as.call("drafter", () -> checks.check(document).findings())).isEmpty();
        assertThat(fixes(document)).isEmpty();
        assertThat(as.call("drafter", () -> repairs.preview(document, new Repair.TotalFromRows("income")))).isEmpty();
    }
}
