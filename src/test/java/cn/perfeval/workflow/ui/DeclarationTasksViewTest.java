package cn.perfeval.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.base.Formats;
import cn.perfeval.declaration.DeclarationDocument;
import cn.perfeval.declaration.DeclarationService;
import cn.perfeval.declaration.Declarations;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.MovableClock;
import cn.perfeval.support.ViewTest;
import cn.perfeval.workflow.DeclarationTask;
import cn.perfeval.workflow.DeclarationWorkflow;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The declarations waiting for a user on the 工作台: the bureau's review and finance's approval with
 * their due dates, each opening the declaration; a returned declaration as 已退回 with its reason, on
 * the drafter's 工作台 and on the declaration's page.
 */
@ViewTest
class DeclarationTasksViewTest extends SpringBrowserlessTest {

    @Autowired
    DeclarationService declarations;
    @Autowired
    DeclarationWorkflow route;
    @Autowired
    AsUser as;
    @Autowired
    MovableClock clock;

    DeclarationDocument doc;
    long id;

    @BeforeEach
    void a_declaration_submitted_to_the_bureau() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        doc = Declarations.project();
        id = as.call("drafter", () -> declarations.create(doc)).id();
        as.run("drafter", () -> route.submit(id, null));
    }

    @Test
    @WithUserDetails("bureau")
    void the_bureau_finds_the_submitted_declaration_on_its_workbench_with_its_due_date_and_opens_it() {
        navigate(WorkbenchView.class);

        int row = row(id);
        DeclarationTask task = tasks().getRow(row);
        assertThat(tasks().getCellText(row, 2)).isEqualTo("项目支出绩效目标（" + doc.project().name() + "）");
        assertThat(tasks().getCellText(row, 3)).isEqualTo("局审核中");
        assertThat(task.due()).isEqualTo(today().plusDays(10));
        assertThat(((Span) tasks().getCellComponent(row, 5)).getText()).isEqualTo(today().plusDays(10) + "（还剩 10 天）");

        test((Button) tasks().getCellComponent(row, 7)).click();
        assertThat(find(Paragraph.class).id("declaration-status").getText()).contains("局审核中");
        assertThat(find(Paragraph.class).id("declaration-due").getText()).isEqualTo("截止日期 " + today().plusDays(10));
    }

    @Test
    @WithUserDetails("finance")
    void finance_finds_a_passed_declaration_on_its_workbench_and_not_one_still_with_the_bureau() {
        navigate(WorkbenchView.class);
        assertThat(rowOf(id)).isEmpty();

        as.run("bureau", () -> route.pass(id, null));
        navigate(WorkbenchView.class);

        int row = row(id);
        assertThat(tasks().getCellText(row, 3)).isEqualTo("财政批复中");
        assertThat(tasks().getRow(row).due()).isEqualTo(today().plusDays(10));
    }

    @Test
    @WithUserDetails("drafter")
    void a_returned_declaration_shows_returned_with_its_reason_on_the_drafters_workbench_and_its_page() {
        as.run("bureau", () -> route.returnDeclaration(id, "满意度指标偏低"));
        navigate(WorkbenchView.class);

        int row = row(id);
        assertThat(tasks().getCellText(row, 3)).isEqualTo("填报中");
        assertThat(((Span) tasks().getCellComponent(row, 5)).getText()).isEmpty();
        assertThat(note(row)).containsExactly("已退回", "王审核（医疗保障局） 退回：满意度指标偏低");

        navigate("declarations/" + id, DeclarationView.class);
        assertThat(find(Span.class).id("declaration-returned").getText()).isEqualTo("已退回");
        assertThat(find(Span.class).id("declaration-return-reason").getText()).endsWith("退回：满意度指标偏低");
        assertThat(find(Paragraph.class).all()).noneMatch(p -> "declaration-due".equals(p.getId().orElse("")));

        as.run("drafter", () -> declarations.update(id, Declarations.withIndicator(doc, 4,
                new DeclarationDocument.Indicator("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥95%",
                        new BigDecimal("20")))));
        navigate(WorkbenchView.class);
        assertThat(note(row(id))).first().isEqualTo("已退回");

        as.run("drafter", () -> route.submit(id, "已调高"));
        navigate(WorkbenchView.class);
        assertThat(rowOf(id)).isEmpty();
    }

    @Test
    @WithUserDetails("drafter")
    void a_refused_adjustment_shows_on_the_declarations_page_with_finances_reason() {
        as.run("bureau", () -> route.pass(id, null));
        as.run("finance", () -> route.approve(id, null));
        as.run("drafter", () -> declarations.requestAdjustment(id, "救助人次下调", Declarations.withIndicator(doc, 0,
                new DeclarationDocument.Indicator("产出指标", "数量指标", "救助人次", "≥1000人次", new BigDecimal("20")))));
        as.run("finance", () -> route.returnDeclaration(id, "下调理由不充分"));

        navigate("declarations/" + id, DeclarationView.class);

        assertThat(find(Span.class).id("declaration-returned").getText()).isEqualTo("目标调整未获批复");
        assertThat(find(Span.class).id("declaration-return-reason").getText()).endsWith("退回：下调理由不充分");
    }

    /** The texts of the note column (已退回, who returned it and why) of the row. */
    private java.util.List<String> note(int row) {
        return ((com.vaadin.flow.component.html.Div) tasks().getCellComponent(row, 6)).getChildren()
                .map(c -> ((Span) c).getText()).toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }

    private GridTester<Grid<DeclarationTask>, DeclarationTask> tasks() {
        @SuppressWarnings("unchecked")
        Grid<DeclarationTask> grid = find(Grid.class).id("declaration-tasks");
        return test(grid);
    }

    private int row(long declarationId) {
        return rowOf(declarationId).orElseThrow();
    }

    private java.util.OptionalInt rowOf(long declarationId) {
        if (find(Grid.class).all().stream().noneMatch(g -> "declaration-tasks".equals(g.getId().orElse("")))) {
            return java.util.OptionalInt.empty();
        }
        GridTester<Grid<DeclarationTask>, DeclarationTask> grid = tasks();
        return IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).declaration().id() == declarationId)
                .findFirst();
    }
}
