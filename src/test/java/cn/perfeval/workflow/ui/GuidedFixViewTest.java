package cn.perfeval.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.ui.GuidedFixDialog;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ui.ReportSheet;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.json.JsonMapper;

/**
 * The guided fix of the demo report's 13.17 on the drafting page: offered on the findings, shown cell
 * by cell in a dialog, nothing changed until confirmed; and the findings follow a figure the user
 * leaves, before any save.
 */
@ViewTest(properties = TestDocuments.SECOND_DATABASE)
@WithUserDetails("drafter")
class GuidedFixViewTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;
    @Autowired
    JsonMapper json;

    long id;

    @BeforeEach
    void the_demo_report_in_drafting_and_a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        id = as.call("drafter", () -> reports.importDocument(
                TestDocuments.fixture(json, "miyi-2022-department.json", TestDocuments.freshYear()))).id();
    }

    @Test
    void the_missing_income_rows_are_listed_cell_by_cell_and_nothing_changes_until_the_user_confirms() {
        navigate("drafting/" + id, DraftView.class);
        long version = as.call("drafter", () -> reports.summary(id)).version();

        // The row's and the totals' difference have the same repair: it is offered once. The explanation's
        // income sentence (its 财政拨款收入 one yuan off) is offered the standard sentence.
        assertThat(fixesOffered()).containsExactly("添加缺少的收入科目 21099 / 2109999（13.17 元）",
                "用标准句替换收入支出及预算执行情况说明中的这句话");
        test(fixButton("添加缺少的收入科目 21099 / 2109999（13.17 元）")).click();
        GuidedFixDialog dialog = find(GuidedFixDialog.class).id("fix-dialog");
        assertThat(test(dialog).getHeader()).isEqualTo("添加缺少的收入科目 21099 / 2109999（13.17 元）");
        int row210 = incomeRowAfterFix("210");
        int row21099 = incomeRowAfterFix("21099");
        assertThat(dialog.lines()).containsExactly(
                "收入决算 第 " + row210 + " 行（科目 210 卫生健康支出）的合计：16,975,798.79 → 16,975,811.96",
                "收入决算 第 " + row210 + " 行（科目 210 卫生健康支出）的财政拨款收入：16,940,798.79 → 16,940,811.96",
                "收入决算 新增第 " + row21099 + " 行（科目 21099 其他卫生健康支出）的合计：空 → 13.17",
                "收入决算 新增第 " + row21099 + " 行（科目 21099 其他卫生健康支出）的财政拨款收入：空 → 13.17",
                "收入决算 新增第 " + (row21099 + 1) + " 行（科目 2109999 其他卫生健康支出）的合计：空 → 13.17",
                "收入决算 新增第 " + (row21099 + 1) + " 行（科目 2109999 其他卫生健康支出）的财政拨款收入：空 → 13.17",
                "报表合计的收入合计：20,985,528.71 → 20,985,541.88",
                "报表合计的财政拨款收入合计：20,950,528.71 → 20,950,541.88");
        assertThat(find(Span.class).withId("fix-unsaved").exists()).isFalse();

        test(dialog).cancel();
        assertThat(as.call("drafter", () -> reports.summary(id)).version()).isEqualTo(version);
        assertThat(as.call("drafter", () -> reports.export(id)).income()).hasSize(29);

        test(fixButton("添加缺少的收入科目 21099 / 2109999（13.17 元）")).click();
        test(find(GuidedFixDialog.class).id("fix-dialog")).confirm();

        assertThat(notifications()).anyMatch(t -> t.contains("已修复并保存"));
        ReportDocument stored = as.call("drafter", () -> reports.export(id));
        assertThat(stored.income()).hasSize(31);
        assertThat(stored.totals().income()).isEqualByComparingTo("20985541.88");
        assertThat(find(Span.class).id("findings-summary").getText()).startsWith("发现 0 项错误");
        ReportSheet sheet = find(ReportSheet.class).single();
        assertThat(sheet.shownPart()).isEqualTo("income");
        assertThat(sheet.incomeRows()).extracting(ReportSheet.TableRow::code).contains("21099", "2109999");
        assertThat(fixesOffered()).containsExactly("用标准句替换收入支出及预算执行情况说明中的这句话");
    }

    @Test
    void a_figure_left_with_a_new_value_updates_the_findings_without_saving() {
        navigate("drafting/" + id, DraftView.class);
        String before = find(Span.class).id("findings-summary").getText();
        test(find(Button.class).id("nav-income")).click();
        @SuppressWarnings("unchecked")
        Grid<ReportSheet.TableRow> income = find(Grid.class).id("income-table");
        var rows = test(income);
        int row210 = IntStream.range(0, rows.size()).filter(i -> "210".equals(rows.getRow(i).code())).findFirst()
                .orElseThrow();

        // 210's total takes the 13.17 the income side lacks: its own row agrees with the expenditure side.
        test(moneyField(rows.getCellComponent(row210, 2))).setValue(new BigDecimal("16975811.96"));

        String after = find(Span.class).id("findings-summary").getText();
        assertThat(before).startsWith("发现 3 项错误");
        assertThat(after).isNotEqualTo(before);
        assertThat(findingRows()).extracting(Finding::rule).contains("tree.sum");
        // 210 now holds the 13.17 its rows lack: adding the rows would count it twice, so that is not
        // offered; 210 taking the sum of its children is.
        assertThat(fixesOffered()).noneMatch(t -> t.startsWith("添加缺少的收入科目"))
                .contains("父级科目取下级之和：收入决算 科目 210 的合计改为 16,975,798.79 元");

        // A fix asked for with input not yet saved says that input is saved with it.
        test(fixButton("父级科目取下级之和：收入决算 科目 210 的合计改为 16,975,798.79 元")).click();
        GuidedFixDialog dialog = find(GuidedFixDialog.class).id("fix-dialog");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("fix-unsaved").getText())
                .isEqualTo("本页尚未保存的修改将与这项修复一并保存。");
        test(dialog).cancel();
        assertThat(as.call("drafter", () -> reports.export(id)).income().get(row210).total())
                .isEqualByComparingTo("16975798.79");
    }

    /** Where a row stands in the income table after the fix: after the rows whose codes sort before it. */
    private int incomeRowAfterFix(String code) {
        List<IncomeLine> income = as.call("drafter", () -> reports.export(id)).income();
        return (int) income.stream().filter(l -> l.code().compareTo(code) < 0).count() + 1;
    }

    @SuppressWarnings("unchecked")
    private List<Finding> findingRows() {
        var grid = test((Grid<Finding>) find(Grid.class).id("findings-table"));
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    /** The fixes offered above the findings, by their text. */
    private List<String> fixesOffered() {
        return find(Button.class).withClassName("guided-fix").all().stream().map(Button::getText).toList();
    }

    private Button fixButton(String text) {
        return find(Button.class).withClassName("guided-fix").withText(text).single();
    }

    private static BigDecimalField moneyField(Component cell) {
        if (cell instanceof BigDecimalField field) {
            return field;
        }
        return cell.getChildren().filter(BigDecimalField.class::isInstance).map(BigDecimalField.class::cast)
                .findFirst().orElseThrow();
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
