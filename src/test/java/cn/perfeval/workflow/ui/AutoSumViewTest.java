package cn.perfeval.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ui.ReportSheet;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * 父级自动求和 on the drafting page: off for an imported report, so typing a child's amount changes
 * nothing else; once switched on (and stored), the parents the user sees take the sum of their
 * children while the stated total stays as typed and the checks still flag it.
 */
@ViewTest(properties = TestDocuments.SECOND_DATABASE)
@WithUserDetails("drafter")
class AutoSumViewTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;

    long id;

    @BeforeEach
    void an_imported_report_whose_income_tree_adds_up() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        int year = TestDocuments.freshYear();
        ReportDocument doc = new ReportDocument(1, ReportKind.DEPARTMENT_OVERALL, year, MoneyUnit.YUAN,
                new ReportDocument.DepartmentPart(TestDocuments.MEDICAL, "米易县", "行政单位", null, null), null,
                List.of(line("210", "卫生健康支出", "120.00"), line("21013", "医疗救助", "100.00"),
                        line("2101301", "城乡医疗救助", "100.00"), line("21099", "其他卫生健康支出", "20.00")),
                null, new ReportDocument.Totals(new BigDecimal("120.00"), null, null, null, null, null, null, null),
                null, null, null, null, null, null, null, null, null, null, null);
        id = as.call("drafter", () -> reports.importDocument(doc)).id();
    }

    @Test
    void an_imported_report_has_the_switch_off_and_a_childs_amount_changes_no_other_cell() {
        assertThat(as.call("drafter", () -> reports.autoSum(id))).isFalse();
        navigate("drafting/" + id, DraftView.class);
        Checkbox autoSum = find(Checkbox.class).id("auto-sum");
        assertThat(autoSum.getValue()).isFalse();
        assertThat(autoSum.getLabel()).isEqualTo("父级自动求和");
        assertThat(autoSum.getTooltip().getText()).contains("上级科目自动取下级之和").contains("导入的报告默认关闭");

        test(find(Button.class).id("nav-income")).click();
        test(total("2101301")).setValue(new BigDecimal("150.00"));

        assertThat(total("21013").getValue()).isEqualByComparingTo("100.00");
        assertThat(total("210").getValue()).isEqualByComparingTo("120.00");
    }

    @Test
    void with_the_switch_on_a_childs_amount_updates_its_parents_and_the_stated_total_stays() {
        navigate("drafting/" + id, DraftView.class);
        long version = as.call("drafter", () -> reports.summary(id)).version();
        test(find(Checkbox.class).id("auto-sum")).click();
        assertThat(as.call("drafter", () -> reports.autoSum(id))).isTrue();
        assertThat(as.call("drafter", () -> reports.summary(id)).version()).isEqualTo(version);

        test(find(Button.class).id("nav-income")).click();
        test(total("2101301")).setValue(new BigDecimal("150.00"));

        assertThat(total("21013").getValue()).isEqualByComparingTo("150.00");
        assertThat(total("210").getValue()).isEqualByComparingTo("170.00");
        assertThat(total("21099").getValue()).isEqualByComparingTo("20.00");
        ReportSheet sheet = find(ReportSheet.class).single();
        assertThat(sheet.edits().totals().income()).isEqualByComparingTo("120.00");
        assertThat(find(Span.class).id("findings-summary").getText()).doesNotStartWith("发现 0 项错误");

        // Saved as any edit, over the version the page read: the switch did not make it stale.
        test(find(Button.class).id("save")).click();
        ReportDocument stored = as.call("drafter", () -> reports.export(id));
        assertThat(stored.income()).extracting(IncomeLine::total).map(BigDecimal::toPlainString)
                .containsExactly("170.00", "150.00", "150.00", "20.00");
        assertThat(stored.totals().income()).isEqualByComparingTo("120.00");

        // The switch is stored: the page opened again has it on.
        navigate("drafting/" + id, DraftView.class);
        assertThat(find(Checkbox.class).id("auto-sum").getValue()).isTrue();
    }

    @Test
    void with_the_switch_on_a_new_row_placed_under_a_parent_adds_its_amount_to_every_parent_above_it() {
        navigate("drafting/" + id, DraftView.class);
        test(find(Checkbox.class).id("auto-sum")).click();
        test(find(Button.class).id("nav-income")).click();
        test(find(Button.class).id("income-add-row")).click();
        var rows = test(incomeGrid());
        int added = rows.size() - 1;
        test((TextField) rows.getCellComponent(added, 0)).setValue("2101302");
        test((TextField) rows.getCellComponent(added, 1)).setValue("其他医疗救助");
        BigDecimalField amount = total("2101302");
        test(amount).setValue(new BigDecimal("30.00"));
        roundTrip();
        // Still at the bottom while it is edited: nothing above it changed yet.
        assertThat(total("21013").getValue()).isEqualByComparingTo("100.00");

        ComponentUtil.fireEvent(amount, new KeyDownEvent(amount, "Enter"));
        roundTrip();

        assertThat(total("21013").getValue()).isEqualByComparingTo("130.00");
        assertThat(total("210").getValue()).isEqualByComparingTo("150.00");
        assertThat(total("21099").getValue()).isEqualByComparingTo("20.00");
        ReportSheet sheet = find(ReportSheet.class).single();
        assertThat(sheet.edits().income()).extracting(IncomeLine::code, IncomeLine::total)
                .contains(tuple("210", new BigDecimal("150.00")), tuple("21013", new BigDecimal("130.00")));
        assertThat(sheet.edits().totals().income()).isEqualByComparingTo("120.00");
    }

    @Test
    void with_the_switch_on_removing_a_row_takes_its_amount_out_of_its_parents() {
        navigate("drafting/" + id, DraftView.class);
        test(find(Checkbox.class).id("auto-sum")).click();
        test(find(Button.class).id("nav-income")).click();

        test(removeButton("21099")).click();

        assertThat(total("210").getValue()).isEqualByComparingTo("100.00");
        assertThat(total("21013").getValue()).isEqualByComparingTo("100.00");
        test(find(Button.class).id("save")).click();
        assertThat(as.call("drafter", () -> reports.export(id)).income()).extracting(IncomeLine::code,
                IncomeLine::total).containsExactly(tuple("210", new BigDecimal("100.00")),
                        tuple("21013", new BigDecimal("100.00")), tuple("2101301", new BigDecimal("100.00")));
    }

    @Test
    void with_the_switch_off_removing_a_row_leaves_its_parents_as_typed() {
        navigate("drafting/" + id, DraftView.class);
        test(find(Button.class).id("nav-income")).click();

        test(removeButton("21099")).click();

        assertThat(total("210").getValue()).isEqualByComparingTo("120.00");
    }

    @SuppressWarnings("unchecked")
    private Grid<ReportSheet.TableRow> incomeGrid() {
        return find(Grid.class).id("income-table");
    }

    /** The remove button (the last of the row's actions) of the income row with the code. */
    private Button removeButton(String code) {
        var rows = test(incomeGrid());
        int row = IntStream.range(0, rows.size()).filter(i -> code.equals(rows.getRow(i).code())).findFirst()
                .orElseThrow();
        Component actions = rows.getCellComponent(row, 5);
        if (actions instanceof Button button) {
            return button;
        }
        return actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .reduce((first, second) -> second).orElseThrow();
    }

    private static IncomeLine line(String code, String name, String total) {
        return new IncomeLine(code, name, new BigDecimal(total), null, null);
    }

    /** The 合计 field of the income row with the code, as the page shows it now. */
    private BigDecimalField total(String code) {
        @SuppressWarnings("unchecked")
        Grid<ReportSheet.TableRow> income = find(Grid.class).id("income-table");
        var rows = test(income);
        int row = IntStream.range(0, rows.size()).filter(i -> code.equals(rows.getRow(i).code())).findFirst()
                .orElseThrow();
        Component cell = rows.getCellComponent(row, 2);
        if (cell instanceof BigDecimalField field) {
            return field;
        }
        return cell.getChildren().filter(BigDecimalField.class::isInstance).map(BigDecimalField.class::cast)
                .findFirst().orElseThrow();
    }
}
