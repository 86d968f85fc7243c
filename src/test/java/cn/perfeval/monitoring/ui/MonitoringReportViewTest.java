package cn.perfeval.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.monitoring.MonitoringRoundInfo;
import cn.perfeval.monitoring.MonitoringService;
import cn.perfeval.monitoring.MonitoringStatus;
import cn.perfeval.monitoring.Progress;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.menu.MenuConfiguration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The drafter's monitoring report screen in a round of 2022, the year 米易县医疗保障局's overall targets
 * were approved: prefilled from them, saved through the monitoring checks, submitted once no error stands.
 */
@ViewTest
class MonitoringReportViewTest extends SpringBrowserlessTest {

    static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    MonitoringService monitoring;
    @Autowired
    AsUser as;

    MonitoringRoundInfo round;

    @BeforeEach
    void aRoundAtTheEndOfAugust2022() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        round = as.call("admin", () -> monitoring.openRound(2022, "2022年8月运行监控（填报页）" + NEXT.incrementAndGet(),
                LocalDate.of(2022, 8, 31), null));
    }

    @Test
    @WithUserDetails("drafter")
    void theDrafterFillsTheReportPrefilledFromTheApprovedTargetsSeesTheFindingsAtTheirFieldsAndSubmits() {
        assertThat(MenuConfiguration.getMenuEntries()).anyMatch(e -> e.path().equals("/monitoring"));
        navigate("monitoring", MonitoringReportsView.class);
        MonitoringReportsView list = find(MonitoringReportsView.class).single();
        var rounds = test(list.rounds);
        int row = java.util.stream.IntStream.range(0, rounds.size())
                .filter(i -> rounds.getRow(i).round().id() == round.id()).findFirst().orElseThrow();
        assertThat(rounds.getCellText(row, 3)).isEqualTo("未填报");

        navigate("monitoring/rounds/" + round.id(), MonitoringReportView.class);
        assertThat(find(H2.class).single().getText()).startsWith(TestDocuments.MEDICAL);
        assertThat(find(Paragraph.class).id("monitoring-prefilled").getText()).contains("2022 年已批复的绩效目标");
        List<String> approved = as.call("drafter", () -> monitoring.departmentReport(round.id())).document()
                .indicatorLines().stream().map(i -> i.name()).toList();
        assertThat(approved).isNotEmpty();
        assertThat(find(TextField.class).id("indicator-0-name").getValue()).isEqualTo(approved.getFirst());
        assertThat(find(TextField.class).id("indicator-0-target").getValue()).isNotBlank();

        test(find(Button.class).id("budget-add")).click();
        test(find(TextField.class).id("budget-0-name")).setValue("人员类项目");
        test(find(BigDecimalField.class).id("budget-0-budget")).setValue(new BigDecimal("3449800.00"));
        test(find(BigDecimalField.class).id("budget-0-executed")).setValue(new BigDecimal("1000000.00"));
        progress(0, "存在风险");
        test(find(TextField.class).id("indicator-0-reason")).setValue("参保缴费滞后");
        for (int i = 1; i < approved.size(); i++) {
            progress(i, "预计能完成");
        }
        test(find(Button.class).id("monitoring-save")).click();

        TextField measure = find(TextField.class).id("indicator-0-measure");
        assertThat(measure.isInvalid()).isTrue();
        assertThat(measure.getErrorMessage()).isEqualTo("指标“" + approved.getFirst() + "”的完成进度为“存在风险”，请填写纠偏措施。");
        BigDecimalField executed = find(BigDecimalField.class).id("budget-0-executed");
        assertThat(executed.isInvalid()).isTrue();
        assertThat(executed.getErrorMessage()).contains("执行率28.99%", "低于时间进度66.58%");
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("错误：") && t.contains("纠偏措施"))
                .anyMatch(t -> t.startsWith("提示：") && t.contains("人员类项目"));

        test(find(Button.class).id("monitoring-submit")).click();
        assertThat(notifications()).anyMatch(t -> t.contains("纠偏措施"));
        assertThat(status()).isEqualTo(MonitoringStatus.DRAFTING);

        test(find(TextField.class).id("indicator-0-measure")).setValue("9月底前完成补缴");
        test(find(Button.class).id("monitoring-submit")).click();
        assertThat(status()).isEqualTo(MonitoringStatus.SUBMITTED);
        assertThat(find(Paragraph.class).id("monitoring-status").getText()).contains("已报送");
        var stored = as.call("drafter", () -> monitoring.departmentReport(round.id())).document();
        assertThat(stored.indicatorLines().getFirst().progress()).isEqualTo(Progress.AT_RISK);
        assertThat(stored.indicatorLines().getFirst().measure()).isEqualTo("9月底前完成补缴");
        assertThat(stored.budgetLines().getFirst().executed()).isEqualByComparingTo("1000000.00");
    }

    @Test
    @WithUserDetails("drafter")
    void aSaveRefusedForAMissingProgressKeepsTheInputAndMarksTheChoice() {
        navigate("monitoring/rounds/" + round.id(), MonitoringReportView.class);
        test(find(Button.class).id("budget-add")).click();
        test(find(TextField.class).id("budget-0-name")).setValue("公用经费");
        test(find(Button.class).id("monitoring-save")).click();

        @SuppressWarnings("unchecked")
        Select<Progress> first = find(Select.class).id("indicator-0-progress");
        assertThat(first.isInvalid()).isTrue();
        assertThat(first.getErrorMessage()).isEqualTo("请选择完成进度预计。");
        assertThat(find(TextField.class).id("budget-0-name").getValue()).isEqualTo("公用经费");
        assertThat(as.call("drafter", () -> monitoring.departmentReport(round.id())).report()).isNull();
    }

    @Test
    @WithUserDetails("drafter2")
    void anotherDepartmentsDrafterFillsItsOwnReportWithoutTheMedicalBureausTargets() {
        navigate("monitoring/rounds/" + round.id(), MonitoringReportView.class);
        assertThat(find(H2.class).single().getText()).startsWith("米易县财政局");
        assertThat(find(TextField.class).all()).extracting(TextField::getValue).doesNotContain("城乡居民医疗保险参保率");
    }

    private void progress(int row, String label) {
        @SuppressWarnings("unchecked")
        Select<Progress> select = find(Select.class).id("indicator-" + row + "-progress");
        test(select).selectItem(label);
    }

    private MonitoringStatus status() {
        return as.call("drafter", () -> monitoring.departmentReport(round.id())).report().status();
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
