package cn.perfeval.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.ReportDetails;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
@WithUserDetails("drafter")
class ApprovedTargetsSheetTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;

    @BeforeEach
    void a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void the_target_of_an_approved_indicator_is_shown_not_typed_and_the_others_stay_editable() {
        ReportDocument small = TestDocuments.small();
        ReportDocument doc = new ReportDocument(small.formatVersion(), small.kind(), small.year(), small.unit(),
                small.department(), small.mainTasks(), small.income(), small.expenditure(), small.totals(), null, null,
                null, List.of(new Indicator("产出指标", "数量指标", "资助参保人次数", "≥21575人", null, new BigDecimal("10"),
                        null, null), new Indicator("产出指标", "质量指标", "救助比例", "≥70%", null, new BigDecimal("10"),
                                null, null)),
                null, null, small.conclusion(), null, null, null, small.publication());
        long id = as.call("drafter", () -> reports.importDocument(doc)).id();
        ReportDetails stored = as.call("drafter", () -> reports.details(id));
        ReportDetails details = new ReportDetails(stored.summary(), stored.document(), List.of(
                new Indicator("产出指标", "数量指标", "资助参保人次数 ", "≥21575人", null, new BigDecimal("10"), null, null)));
        ReportSheet sheet = new ReportSheet(details, true);
        UI.getCurrent().add(sheet);

        var tester = test(sheet.indicatorsSection().tree().grid());

        assertThat(tester.getRow(2).label()).isEqualTo("资助参保人次数");
        assertThat(tester.getCellComponent(2, 1)).isInstanceOfSatisfying(Span.class, target -> {
            assertThat(target.getText()).isEqualTo("≥21575人");
            assertThat(Tooltip.forComponent(target).getText()).contains("批复的绩效目标：≥21575人", "绩效目标调整申请");
        });
        assertThat(tester.getRow(4).label()).isEqualTo("救助比例");
        assertThat(tester.getCellComponent(4, 1)).isInstanceOfSatisfying(TextField.class,
                target -> assertThat(target.isReadOnly()).isFalse());
        assertThat(sheet.edits().indicators()).extracting(Indicator::target).containsExactly("≥21575人", "≥70%");
        assertThat(stored.approvedIndicators()).isEmpty();
    }
}
