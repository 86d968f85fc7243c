package cn.perfeval.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.checks.ReportChecks;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.ui.GuidedFixDialog;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportDocument.Totals;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ui.ReportSheet;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A finding on the figures of the report's prose on the drafting page: a click on it opens the texts, focuses
 * the field and selects the figure; its standard sentence is offered, shown as written and as it will read,
 * and replaces the sentence only once confirmed.
 */
@ViewTest(properties = TestDocuments.SECOND_DATABASE)
@WithUserDetails("drafter")
class ProseFindingViewTest extends SpringBrowserlessTest {

    private static final String LEAD = "本单位认真落实预算管理要求。";

    @Autowired
    ReportService reports;
    @Autowired
    ReportChecks checks;
    @Autowired
    AsUser as;

    long id;
    String wrong;

    @BeforeEach
    void a_report_whose_explanation_computes_a_share_on_the_wrong_whole() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        ReportDocument s = TestDocuments.small();
        wrong = s.year() + "年度支出合计1,000.00万元，其中：基本支出300.00万元，占3.00%；项目支出700.00万元，占70.00%。";
        ReportDocument doc = new ReportDocument(s.formatVersion(), s.kind(), s.year(), MoneyUnit.YUAN, s.department(),
                s.mainTasks(),
                List.of(new IncomeLine("210", "卫生健康支出", m("10000000.00"), m("10000000.00"), null)),
                List.of(new ExpenditureLine("210", "卫生健康支出", m("10000000.00"), m("3000000.00"), m("7000000.00"))),
                new Totals(m("10000000.00"), m("10000000.00"), null, m("10000000.00"), m("3000000.00"),
                        m("7000000.00"), BigDecimal.ZERO, BigDecimal.ZERO),
                null, null, null, null, null, null, s.conclusion(), null, null, null, s.publication(), null,
                LEAD + wrong);
        id = as.call("drafter", () -> reports.importDocument(doc)).id();
    }

    @Test
    void a_click_on_the_prose_finding_opens_the_texts_focuses_the_field_and_selects_the_figure() {
        navigate("drafting/" + id, DraftView.class);
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        @SuppressWarnings("unchecked")
        var grid = test((Grid<Finding>) find(Grid.class).id("findings-table"));
        int row = IntStream.range(0, grid.size()).filter(i -> "prose.share".equals(grid.getRow(i).rule())).findFirst()
                .orElseThrow();

        grid.clickRow(row);

        ReportSheet sheet = find(ReportSheet.class).single();
        assertThat(sheet.shownPart()).isEqualTo("texts");
        TextArea narrative = find(TextArea.class).id("text-narrative");
        List<PendingJavaScriptInvocation> calls = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()
                .stream().filter(c -> c.getOwner() == narrative.getElement().getNode()).toList();
        assertThat(calls).anyMatch(c -> c.getInvocation().getExpression().contains("focus"));
        PendingJavaScriptInvocation selection = calls.stream()
                .filter(c -> c.getInvocation().getExpression().contains("setSelectionRange")).findFirst().orElseThrow();
        List<Object> args = selection.getInvocation().getParameters().stream()
                .filter(p -> p instanceof Number).toList();
        int start = ((Number) args.get(0)).intValue();
        int end = ((Number) args.get(1)).intValue();
        assertThat(narrative.getValue().substring(start, end)).isEqualTo("3.00%");
        assertThat(start).isEqualTo(LEAD.length() + wrong.indexOf("3.00%"));
    }

    @Test
    void the_standard_sentence_is_shown_as_written_and_as_it_will_read_and_replaces_it_only_once_confirmed() {
        navigate("drafting/" + id, DraftView.class);
        String standard = as.call("drafter", () -> checks.narrative(id)).stream().filter(t -> t.contains("年度支出合计"))
                .findFirst().orElseThrow();
        Button offer = find(Button.class).withClassName("guided-fix")
                .withText("用标准句替换收入支出及预算执行情况说明中的这句话").single();

        test(offer).click();
        GuidedFixDialog dialog = find(GuidedFixDialog.class).id("fix-dialog");
        assertThat(dialog.lines()).containsExactly("原句：" + wrong, "改为：" + standard);
        assertThat(find(Paragraph.class).id("fix-sentence-after").getText()).isEqualTo("改为：" + standard);
        test(dialog).cancel();
        assertThat(as.call("drafter", () -> reports.export(id)).narrative()).isEqualTo(LEAD + wrong);

        test(find(Button.class).withClassName("guided-fix").withText("用标准句替换收入支出及预算执行情况说明中的这句话")
                .single()).click();
        test(find(GuidedFixDialog.class).id("fix-dialog")).confirm();

        assertThat(notifications()).anyMatch(t -> t.contains("已修复并保存"));
        assertThat(as.call("drafter", () -> reports.export(id)).narrative()).isEqualTo(LEAD + standard);
        assertThat(find(TextArea.class).id("text-narrative").getValue()).isEqualTo(LEAD + standard);
        assertThat(find(Button.class).withClassName("guided-fix").all()).isEmpty();
    }

    @Test
    void on_a_report_kept_in_wan_yuan_the_standard_sentence_is_offered_in_wan_yuan_and_replaces_it_once_confirmed() {
        ReportDocument s = TestDocuments.small();
        String inWan = s.year() + "年度支出合计1,091.85万元，其中：基本支出1,057.16万元，占86.82%；项目支出34.69万元，占3.18%。";
        ReportDocument doc = new ReportDocument(s.formatVersion(), s.kind(), s.year(), MoneyUnit.WAN_YUAN,
                s.department(), s.mainTasks(),
                List.of(new IncomeLine("210", "卫生健康支出", m("1091.85"), m("1091.85"), null)),
                List.of(new ExpenditureLine("210", "卫生健康支出", m("1091.85"), m("1057.16"), m("34.69"))),
                new Totals(m("1091.85"), m("1091.85"), null, m("1091.85"), m("1057.16"), m("34.69"), BigDecimal.ZERO,
                        BigDecimal.ZERO),
                null, null, null, null, null, null, s.conclusion(), null, null, null, s.publication(), null,
                LEAD + inWan);
        long wanId = as.call("drafter", () -> reports.importDocument(doc)).id();
        navigate("drafting/" + wanId, DraftView.class);

        test(find(Button.class).withClassName("guided-fix").withText("用标准句替换收入支出及预算执行情况说明中的这句话")
                .single()).click();
        GuidedFixDialog dialog = find(GuidedFixDialog.class).id("fix-dialog");
        String standard = s.year() + "年度支出合计1,091.85万元，其中：基本支出1,057.16万元，占96.82%；项目支出34.69万元，占3.18%。";
        assertThat(dialog.lines()).containsExactly("原句：" + inWan, "改为：" + standard);
        test(dialog).confirm();

        assertThat(notifications()).anyMatch(t -> t.contains("已修复并保存"));
        ReportDocument stored = as.call("drafter", () -> reports.export(wanId));
        assertThat(stored.narrative()).isEqualTo(LEAD + standard);
        assertThat(stored.unit()).isEqualTo(MoneyUnit.WAN_YUAN);
        assertThat(stored.totals().basic()).isEqualByComparingTo("1057.16");
    }

    private static BigDecimal m(String s) {
        return new BigDecimal(s);
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
