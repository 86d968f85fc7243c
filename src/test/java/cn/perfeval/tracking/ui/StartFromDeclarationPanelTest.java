package cn.perfeval.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.perfeval.base.Formats;
import cn.perfeval.declaration.DeclarationDocument;
import cn.perfeval.declaration.DeclarationService;
import cn.perfeval.declaration.Declarations;
import cn.perfeval.identity.Directory;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.MovableClock;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import cn.perfeval.tracking.Deadlines;
import cn.perfeval.tracking.RoundService;
import cn.perfeval.workflow.DeclarationWorkflow;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** 开始填报 → 从批复的绩效目标新建 on the 工作台 of 米易县医疗保障局, offered once finance approved the project's targets. */
@ViewTest
class StartFromDeclarationPanelTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    RoundService rounds;
    @Autowired
    Directory directory;
    @Autowired
    DeclarationService declarations;
    @Autowired
    DeclarationWorkflow route;
    @Autowired
    AsUser as;
    @Autowired
    MovableClock clock;

    int year;
    String project;
    DeclarationDocument declared;
    long declaration;

    @BeforeEach
    void an_open_round_for_the_medical_bureau_and_its_projects_targets_passed_by_the_bureau() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        year = yearWithoutRound();
        LocalDate due = LocalDate.ofInstant(clock.instant(), Formats.ZONE).plusDays(10);
        long medical = directory.departmentNamed(TestDocuments.MEDICAL).orElseThrow().id();
        as.run("admin", () -> rounds.open(year, year + "年度部门评价", new Deadlines(due, null, null, null),
                List.of(medical)));
        project = Declarations.freshProject();
        DeclarationDocument d = Declarations.project(Declarations.MEDICAL, project, Declarations.indicators());
        declared = new DeclarationDocument(d.formatVersion(), d.kind(), year, d.unit(), d.department(), d.project(),
                d.overallTarget(), d.funds(), d.indicators());
        declaration = as.call("drafter", () -> declarations.create(declared)).id();
        as.run("drafter", () -> route.submit(declaration, null));
        as.run("bureau", () -> route.pass(declaration, null));
    }

    @Test
    @WithUserDetails("drafter")
    void targets_waiting_for_finance_are_not_offered_and_once_approved_the_report_starts_from_them() {
        UI.getCurrent().navigate("");
        test(find(Button.class).id("start-" + year)).click();
        assertThat(choices().getListDataView().getItems()).noneMatch(c -> c.declared() != null);
        test(find(Button.class).id("start-cancel")).click();

        as.run("finance", () -> route.approve(declaration, "同意批复。"));
        UI.getCurrent().navigate("reports");
        UI.getCurrent().navigate("");
        test(find(Button.class).id("start-" + year)).click();
        RadioButtonGroup<StartReportPanel.Choice> from = choices();
        StartReportPanel.Choice offered = from.getListDataView().getItems().filter(c -> c.declared() != null)
                .findFirst().orElseThrow();
        assertThat(from.getItemLabelGenerator().apply(offered))
                .startsWith("从批复的绩效目标新建：项目支出绩效自评（" + project + "）").contains("批复第 1 版");

        test(from).selectItem(from.getItemLabelGenerator().apply(offered));
        test(find(Button.class).id("start-confirm")).click();

        ReportSummary created = as.call("drafter", () -> reports.list(year, null, ReportKind.PROJECT)).getFirst();
        assertThat(created.project()).isEqualTo(project);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("drafting/" + created.id());
        ReportDocument doc = as.call("drafter", () -> reports.export(created.id()));
        assertThat(doc.projects().getFirst().indicators())
                .extracting(ReportDocument.Indicator::name, ReportDocument.Indicator::target,
                        ReportDocument.Indicator::actual)
                .containsExactlyElementsOf(declared.indicators().stream()
                        .map(i -> tuple(i.name(), i.target(), null)).toList());
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<StartReportPanel.Choice> choices() {
        return find(RadioButtonGroup.class).id("start-from");
    }

    private int yearWithoutRound() {
        for (int tries = 0; tries < 100; tries++) {
            int candidate = TestDocuments.freshYear();
            if (as.call("admin", () -> rounds.list()).stream().noneMatch(r -> r.year() == candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No year without a round left");
    }
}
