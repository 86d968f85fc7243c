package cn.perfeval.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.declaration.DeclarationDocument;
import cn.perfeval.declaration.DeclarationService;
import cn.perfeval.declaration.DeclarationStatus;
import cn.perfeval.declaration.DeclarationSummary;
import cn.perfeval.declaration.Declarations;
import cn.perfeval.report.ReportKind;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.ViewTest;
import cn.perfeval.workflow.DeclarationWorkflow;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The declaration's form on its page: a draft typed in, saved through the service's checks, and an adjustment. */
@ViewTest
class DeclarationEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    DeclarationService declarations;
    @Autowired
    DeclarationWorkflow workflow;
    @Autowired
    AsUser as;

    @BeforeEach
    void aChineseBrowser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    @WithUserDetails("drafter")
    void theDrafterStartsAnEmptyDeclarationFromTheListFillsItInAndSubmitsIt() {
        String project = Declarations.freshProject();
        navigate("declarations", DeclarationsView.class);
        test(find(Button.class).id("new-declaration")).click();
        test(find(IntegerField.class).id("new-year")).setValue(2024);
        @SuppressWarnings("unchecked")
        Select<ReportKind> kind = find(Select.class).id("new-kind");
        test(kind).selectItem("项目支出绩效目标");
        test(find(TextField.class).id("new-project")).setValue(project);
        test(find(Button.class).id("new-create")).click();

        DeclarationSummary created = declaration(project);
        assertThat(created.status()).isEqualTo(DeclarationStatus.DRAFTING);
        assertThat(find(Paragraph.class).id("declaration-status").getText()).contains("填报中");
        assertThat(find(TextArea.class).id("overall-target").getValue()).isEmpty();

        test(find(TextArea.class).id("overall-target")).setValue("及时足额拨付医疗救助资金。");
        test(find(BigDecimalField.class).id("funds-total")).setValue(new BigDecimal("1200000.00"));
        test(find(BigDecimalField.class).id("funds-fiscal")).setValue(new BigDecimal("1000000.00"));
        test(find(BigDecimalField.class).id("funds-other")).setValue(new BigDecimal("200000.00"));
        List<DeclarationDocument.Indicator> wanted = Declarations.indicators();
        for (int i = 0; i < wanted.size(); i++) {
            test(find(Button.class).id("add-indicator")).click();
            fill(i, wanted.get(i));
        }
        assertThat(find(Span.class).id("weights-sum").getText()).isEqualTo("共 5 项指标，分值合计 100");
        test(find(Button.class).id("save-declaration")).click();

        DeclarationDocument stored = as.call("drafter", () -> declarations.details(created.id())).document();
        assertThat(stored.overallTarget()).isEqualTo("及时足额拨付医疗救助资金。");
        assertThat(stored.funds().total()).isEqualByComparingTo("1200000.00");
        assertThat(stored.indicators()).isEqualTo(wanted);
        assertThat(as.call("drafter", () -> declarations.findings(created.id()))).isEmpty();

        test(find(Button.class).id("submit")).click();
        assertThat(declaration(project).status()).isEqualTo(DeclarationStatus.BUREAU_REVIEW);
    }

    @Test
    @WithUserDetails("drafter")
    void aSaveTheServiceRefusesKeepsTheInputAndSaysAtTheFieldWhatIsWrong() {
        long id = as.call("drafter", () -> declarations.create(Declarations.project())).id();
        navigate("declarations/" + id, DeclarationView.class);
        test(find(TextArea.class).id("overall-target")).setValue("改写后的总体目标");
        test(find(BigDecimalField.class).id("funds-other")).setValue(new BigDecimal("-5"));
        test(find(TextField.class).id("indicator-1-name")).setValue("");
        test(find(Button.class).id("save-declaration")).click();

        BigDecimalField other = find(BigDecimalField.class).id("funds-other");
        assertThat(other.isInvalid()).isTrue();
        assertThat(other.getErrorMessage()).isEqualTo("金额不能为负数（填写的是 -5）。");
        TextField name = find(TextField.class).id("indicator-1-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("此项为必填项。");
        assertThat(find(TextArea.class).id("overall-target").getValue()).isEqualTo("改写后的总体目标");
        assertThat(other.getValue()).isEqualByComparingTo("-5");
        assertThat(as.call("drafter", () -> declarations.details(id)).document().overallTarget())
                .isEqualTo(Declarations.project().overallTarget());
    }

    @Test
    @WithUserDetails("drafter")
    void theChecksFindingsOfASavedDraftStandAtTheirFieldsAndKeepItFromBeingSubmitted() {
        long id = as.call("drafter", () -> declarations.create(Declarations.project())).id();
        navigate("declarations/" + id, DeclarationView.class);
        test(find(TextField.class).id("indicator-0-target")).setValue("较多人次");
        test(find(BigDecimalField.class).id("indicator-4-weight")).setValue(new BigDecimal("10"));
        test(find(Button.class).id("save-declaration")).click();

        assertThat(as.call("drafter", () -> declarations.details(id)).document().indicators().getFirst().target())
                .isEqualTo("较多人次");
        TextField target = find(TextField.class).id("indicator-0-target");
        assertThat(target.isInvalid()).isTrue();
        assertThat(target.getErrorMessage()).contains("属于数量指标", "应为可比较的数值");
        assertThat(find(Paragraph.class).id("indicators-message").getText())
                .contains("绩效指标的分值合计为 90，应为 100");
        assertThat(find(Span.class).id("weights-sum").getText()).endsWith("分值合计 90");

        test(find(Button.class).id("submit")).click();
        assertThat(notifications()).anyMatch(t -> t.contains("校验错误"));
        assertThat(as.call("drafter", () -> declarations.summary(id)).status()).isEqualTo(DeclarationStatus.DRAFTING);
    }

    @Test
    @WithUserDetails("drafter")
    void anApprovedDeclarationIsAdjustedInTheFormOnlyWithAReason() {
        DeclarationDocument doc = Declarations.project();
        long id = as.call("drafter", () -> declarations.create(doc)).id();
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));
        as.run("finance", () -> workflow.approve(id, null));
        navigate("declarations/" + id, DeclarationView.class);
        assertThat(find(TextArea.class).all()).extracting(a -> a.getId().orElse("")).doesNotContain("overall-target");

        test(find(Button.class).id("open-adjustment")).click();
        test(find(TextField.class).id("indicator-0-target")).setValue("≥1000人次");
        test(find(Button.class).id("adjust")).click();
        TextArea reason = find(TextArea.class).id("adjust-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("申请目标调整必须填写调整原因。");
        assertThat(as.call("drafter", () -> declarations.summary(id)).status()).isEqualTo(DeclarationStatus.APPROVED);

        test(reason).setValue("救助对象减少");
        test(find(Button.class).id("adjust")).click();
        var details = as.call("drafter", () -> declarations.details(id));
        assertThat(details.summary().status()).isEqualTo(DeclarationStatus.ADJUSTMENT_REVIEW);
        assertThat(details.document().indicators().getFirst().target()).isEqualTo("≥1000人次");
        assertThat(details.versions().getLast().reason()).isEqualTo("救助对象减少");
    }

    @Test
    @WithUserDetails("bureau")
    void aReviewerReadsTheTargetsWithoutTheForm() {
        long id = as.call("drafter", () -> declarations.create(Declarations.project())).id();
        as.run("drafter", () -> workflow.submit(id, null));
        navigate("declarations/" + id, DeclarationView.class);
        assertThat(find(TextArea.class).all()).extracting(a -> a.getId().orElse("")).doesNotContain("overall-target");
        assertThat(find(Button.class).all()).extracting(b -> b.getId().orElse(""))
                .doesNotContain("save-declaration", "add-indicator");
    }

    private void fill(int row, DeclarationDocument.Indicator indicator) {
        @SuppressWarnings("unchecked")
        ComboBox<String> level1 = find(ComboBox.class).id("indicator-" + row + "-level1");
        test(level1).selectItem(indicator.level1());
        @SuppressWarnings("unchecked")
        ComboBox<String> level2 = find(ComboBox.class).id("indicator-" + row + "-level2");
        test(level2).selectItem(indicator.level2());
        test(find(TextField.class).id("indicator-" + row + "-name")).setValue(indicator.name());
        test(find(TextField.class).id("indicator-" + row + "-target")).setValue(indicator.target());
        test(find(BigDecimalField.class).id("indicator-" + row + "-weight")).setValue(indicator.weight());
    }

    private DeclarationSummary declaration(String project) {
        return as.call("drafter", () -> declarations.list(2024, ReportKind.PROJECT)).stream()
                .filter(d -> d.project().equals(project)).findFirst().orElseThrow();
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
