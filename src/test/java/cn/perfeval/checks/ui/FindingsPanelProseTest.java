package cn.perfeval.checks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.checks.CheckReport;
import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Checker;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Totals;
import cn.perfeval.report.ReportKind;
import cn.perfeval.support.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A finding on a figure of the report's text shows the sentence with the figure marked. */
@ViewTest
class FindingsPanelProseTest extends SpringBrowserlessTest {

    @Test
    void the_findings_list_shows_the_sentence_with_the_wrong_share_marked() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        ReportDocument document = new ReportDocument(ReportDocument.FORMAT_VERSION, ReportKind.DEPARTMENT_OVERALL,
                2022, MoneyUnit.WAN_YUAN, null, null, null, null,
                new Totals(null, null, null, new BigDecimal("7919.56"), new BigDecimal("505.42"),
                        new BigDecimal("7414.14"), null, null),
                null, null, null, null, null, null, "全年收支平衡。基本支出505.42万元，占总支出的1.36%。", null, null, null,
                null);
        List<Finding> findings = Checker.standard().check(document, CheckSettings.DEFAULTS);
        FindingsPanel panel = new FindingsPanel(f -> {
        });
        UI.getCurrent().add(panel);
        panel.show(new CheckReport(findings, Optional.empty()));

        @SuppressWarnings("unchecked")
        Grid<Finding> grid = find(Grid.class).id("findings-table");
        var tester = test(grid);
        assertThat(tester.size()).isEqualTo(1);
        assertThat(tester.getCellText(0, 1)).isEqualTo("报告文字 · 评价结论");
        Component message = tester.getCellComponent(0, 2);
        Component sentence = message.getChildren().skip(1).findFirst().orElseThrow();
        Span figure = (Span) sentence.getChildren().skip(1).findFirst().orElseThrow();
        assertThat(figure.getClassNames()).contains("finding-figure");
        assertThat(figure.getText()).isEqualTo("1.36%");
        assertThat(message.getElement().getTextRecursively()).contains("应为6.38%")
                .contains("“基本支出505.42万元，占总支出的1.36%”");
    }
}
