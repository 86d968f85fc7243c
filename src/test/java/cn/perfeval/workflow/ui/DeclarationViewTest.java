package cn.perfeval.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.declaration.DeclarationDocument;
import cn.perfeval.declaration.DeclarationService;
import cn.perfeval.declaration.DeclarationStatus;
import cn.perfeval.declaration.Declarations;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.ViewTest;
import cn.perfeval.workflow.DeclarationWorkflow;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The declaration's page: its targets read-only, and the moves of the user's step. */
@ViewTest
class DeclarationViewTest extends SpringBrowserlessTest {

    @Autowired
    DeclarationService declarations;
    @Autowired
    DeclarationWorkflow workflow;
    @Autowired
    AsUser as;
    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    DeclarationDocument doc;
    long id;

    @BeforeEach
    void a_declaration_in_bureau_review() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        doc = Declarations.project();
        id = as.call("drafter", () -> declarations.create(doc)).id();
        as.run("drafter", () -> workflow.submit(id, null));
    }

    @Test
    @WithUserDetails("bureau")
    void theBureauReadsTheTargetsAndReturnsOnlyWithAReason() {
        navigate("declarations/" + id, DeclarationView.class);
        assertThat(find(Paragraph.class).id("declaration-status").getText()).contains("局审核中");
        @SuppressWarnings("unchecked")
        Grid<DeclarationDocument.Indicator> indicators = find(Grid.class).id("indicators");
        assertThat(test(indicators).size()).isEqualTo(doc.indicators().size());
        assertThat(find(Button.class).all()).extracting(Button::getId).extracting(o -> o.orElse(""))
                .contains("pass", "return").doesNotContain("approve", "submit");

        test(find(Button.class).id("return")).click();
        assertThat(notifications()).anyMatch(t -> t.contains("退回必须填写退回原因"));
        assertThat(status()).isEqualTo(DeclarationStatus.BUREAU_REVIEW);

        test(find(TextArea.class).id("comment")).setValue("满意度指标偏低");
        test(find(Button.class).id("return")).click();
        assertThat(status()).isEqualTo(DeclarationStatus.DRAFTING);
        assertThat(find(Paragraph.class).id("declaration-status").getText()).contains("填报中");
    }

    @Test
    @WithUserDetails("finance")
    void financeApprovesFromThePageAndTheListShowsTheVersionInForce() {
        as.run("bureau", () -> workflow.pass(id, null));
        navigate("declarations/" + id, DeclarationView.class);
        test(find(Button.class).id("approve")).click();
        assertThat(status()).isEqualTo(DeclarationStatus.APPROVED);
        assertThat(find(Button.class).all()).extracting(Button::getId).extracting(o -> o.orElse(""))
                .doesNotContain("approve", "return");

        navigate("declarations", DeclarationsView.class);
        @SuppressWarnings("unchecked")
        Grid<cn.perfeval.declaration.DeclarationSummary> grid = find(Grid.class).id("declarations");
        List<String> statuses = java.util.stream.IntStream.range(0, test(grid).size())
                .mapToObj(row -> test(grid).getCellText(row, 3) + "/" + test(grid).getCellText(row, 4)).toList();
        assertThat(statuses).contains("已批复/1");
    }

    @Test
    @WithUserDetails("drafter2")
    void aDrafterOfAnotherDepartmentDoesNotOpenThePage() {
        navigate("declarations", DeclarationsView.class);
        @SuppressWarnings("unchecked")
        Grid<cn.perfeval.declaration.DeclarationSummary> grid = find(Grid.class).id("declarations");
        assertThat(java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getRow(row).id()))
                .doesNotContain(id);
        try {
            navigate("declarations/" + id, DeclarationView.class);
        } catch (IllegalArgumentException | IllegalStateException expected) {
            // the browserless runner reports the error page instead of the view
        }
        assertThat(find(Paragraph.class).all()).noneMatch(p -> p.getText().contains(doc.overallTarget()));
    }

    @Test
    @WithUserDetails("drafter")
    void theDrafterDeclaresFromAFileAndAsksForAnAdjustmentOnlyWithAReason() {
        DeclarationDocument fresh = Declarations.project();
        navigate("declarations", DeclarationsView.class);
        test(find(Upload.class).id("declaration-json")).upload("targets.json", "application/json",
                json.writeValueAsBytes(fresh));
        assertThat(notifications()).anyMatch(t -> t.contains("targets.json") && t.contains("填报中"));
        assertThat(as.call("drafter", () -> declarations.list(2024, cn.perfeval.report.ReportKind.PROJECT)))
                .anyMatch(d -> d.project().equals(fresh.projectName()));

        as.run("bureau", () -> workflow.pass(id, null));
        as.run("finance", () -> workflow.approve(id, null));
        navigate("declarations/" + id, DeclarationView.class);
        DeclarationDocument adjusted = Declarations.withIndicator(doc, 0, new DeclarationDocument.Indicator("产出指标",
                "数量指标", "救助人次", "≥1000人次", new java.math.BigDecimal("20")));
        test(find(Upload.class).id("adjust-json")).upload("adjusted.json", "application/json",
                json.writeValueAsBytes(adjusted));
        assertThat(notifications()).anyMatch(t -> t.contains("调整原因"));
        assertThat(status()).isEqualTo(DeclarationStatus.APPROVED);

        test(find(TextArea.class).id("adjust-reason")).setValue("救助对象减少");
        test(find(Upload.class).id("adjust-json")).upload("adjusted.json", "application/json",
                json.writeValueAsBytes(adjusted));
        assertThat(status()).isEqualTo(DeclarationStatus.ADJUSTMENT_REVIEW);
        assertThat(find(Paragraph.class).id("declaration-status").getText()).contains("目标调整待批复");
    }

    private DeclarationStatus status() {
        return as.call("drafter", () -> declarations.summary(id)).status();
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
