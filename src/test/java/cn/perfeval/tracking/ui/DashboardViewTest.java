package cn.perfeval.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.identity.DepartmentInfo;
import cn.perfeval.identity.Directory;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import cn.perfeval.tracking.Dashboard;
import cn.perfeval.tracking.RoundEvents.RoundClosed;
import cn.perfeval.tracking.RoundEvents.RoundOpened;
import cn.perfeval.tracking.RoundInfo;
import cn.perfeval.tracking.RoundService;
import cn.perfeval.tracking.TrackedStatus;
import cn.perfeval.tracking.TrackingService;
import cn.perfeval.workflow.ReportWorkflow;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@ViewTest
@RecordApplicationEvents
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    RoundService rounds;
    @Autowired
    TrackingService tracking;
    @Autowired
    Directory directory;
    @Autowired
    AsUser as;
    @Autowired
    ApplicationEvents events;
    @Autowired
    cn.perfeval.support.MovableClock clock;

    @BeforeEach
    void a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    @WithUserDetails("admin")
    void the_admin_sees_the_counts_filters_to_the_overdue_and_exports_them() throws Exception {
        int year = TestDocuments.freshYear(y -> rounds.list().stream().noneMatch(r -> r.year() == y));
        DepartmentInfo medical = directory.departmentNamed(TestDocuments.MEDICAL).orElseThrow();
        long inRegion = directory.departments().stream().filter(d -> d.regionId() == medical.regionId()).count();
        RoundInfo round = rounds.openForRegion(year, year + "年度部门整体支出绩效自评",
                LocalDate.ofInstant(clock.instant(), cn.perfeval.base.Formats.ZONE),
                medical.regionId());
        clock.advance(java.time.Duration.ofDays(2)); // the deadline has passed
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small(year))).id();
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));
        as.run("finance", () -> workflow.approve(id, null));

        navigate(DashboardView.class);
        choose(round);
        String counts = find(com.vaadin.flow.component.html.Div.class).id("dashboard-counts").getElement().getTextRecursively();
        assertThat(counts).contains("部门 " + inRegion).contains("已审批待公开 1").contains("未开始 " + (inRegion - 1))
                .contains("逾期 " + (inRegion - 1));
        assertThat(chart("chart-status").values()).containsEntry("已审批待公开", 1).containsEntry("未开始", (int) inRegion - 1);
        assertThat(chart("chart-status").svg()).contains("<svg").contains("未开始");
        assertThat(chart("chart-deadline").values()).containsEntry("逾期后批准", 1);
        var grid = test(grid());
        assertThat(grid.size()).isEqualTo((int) inRegion);
        Dashboard.Row approved = rows(grid).stream().filter(r -> r.departmentId() == medical.id()).findFirst()
                .orElseThrow();
        assertThat(approved.status()).isEqualTo(TrackedStatus.APPROVED);
        assertThat(approved.overdue()).isFalse();
        assertThat(tracking.actor(approved.actor(), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("米易县医疗保障局 填报人、局审核人");

        test(find(com.vaadin.flow.component.checkbox.Checkbox.class).id("dashboard-overdue")).click();
        assertThat(grid.size()).isEqualTo((int) inRegion - 1);
        assertThat(rows(grid)).allMatch(r -> r.overdue() && r.status() == TrackedStatus.NOT_STARTED)
                .noneMatch(r -> r.departmentId() == medical.id());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tracking.export(round.id(), new Dashboard.Filter(null, true, null), Locale.SIMPLIFIED_CHINESE, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("部门");
            assertThat(sheet.getLastRowNum()).isEqualTo((int) inRegion - 1);
            assertThat(IntStream.rangeClosed(1, sheet.getLastRowNum())
                    .mapToObj(i -> sheet.getRow(i).getCell(2).getStringCellValue())).containsOnly("未开始");
            assertThat(IntStream.rangeClosed(1, sheet.getLastRowNum())
                    .mapToObj(i -> sheet.getRow(i).getCell(0).getStringCellValue()))
                    .containsExactlyElementsOf(rows(grid).stream().map(Dashboard.Row::department).toList());
        }
    }

    @Test
    @WithUserDetails("admin")
    void the_grade_of_a_report_with_a_scoring_table_is_recomputed_on_its_row() {
        DepartmentInfo medical = directory.departmentNamed(TestDocuments.MEDICAL).orElseThrow();
        RoundInfo round = rounds.list().stream().filter(r -> r.year() == 2022).findFirst()
                .orElseGet(() -> rounds.open(2022, "2022年度部门整体支出绩效自评", LocalDate.now(clock).plusDays(30),
                        List.of(medical.id())));
        navigate(DashboardView.class);
        choose(round);
        test(find(com.vaadin.flow.component.textfield.TextField.class).id("dashboard-search")).setValue("医疗保障");
        test(find(com.vaadin.flow.component.combobox.ComboBox.class).id("dashboard-kind"))
                .selectItem("部门整体支出绩效自评");
        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).status()).isEqualTo(TrackedStatus.DRAFTING);
        assertThat(grid.getRow(0).score()).isNotNull();
        assertThat(grid.getCellText(0, 8)).startsWith(grid.getRow(0).score().grade());
        assertThat(tracking.grades(round.id())).containsEntry(grid.getRow(0).score().grade(), 1);
    }

    @Test
    @WithUserDetails("admin")
    void the_admin_opens_a_round_for_chosen_departments_on_the_screen_and_closes_it() {
        int year = TestDocuments.freshYear(y -> rounds.list().stream().noneMatch(r -> r.year() == y));
        navigate(RoundsView.class);
        test(find(com.vaadin.flow.component.textfield.IntegerField.class).id("round-year")).setValue(year);
        test(find(com.vaadin.flow.component.textfield.TextField.class).id("round-name")).setValue(year + "年度评价");
        find(com.vaadin.flow.component.datepicker.DatePicker.class).id("round-deadline")
                .setValue(LocalDate.now(clock).plusMonths(3));
        DepartmentInfo medical = directory.departmentNamed(TestDocuments.MEDICAL).orElseThrow();
        @SuppressWarnings("unchecked")
        var departments = (com.vaadin.flow.component.combobox.MultiSelectComboBox<DepartmentInfo>)
                find(com.vaadin.flow.component.combobox.MultiSelectComboBox.class).id("round-departments");
        departments.setValue(java.util.Set.of(medical));
        test(find(com.vaadin.flow.component.button.Button.class).id("round-open")).click();
        RoundInfo opened = rounds.list().stream().filter(r -> r.year() == year).findFirst().orElseThrow();
        assertThat(opened.departments()).isEqualTo(1);
        assertThat(opened.open()).isTrue();
        assertThat(events.stream(RoundOpened.class)).anyMatch(e -> e.year() == year && e.by().equals("admin"));

        assertThatThrownBy(() -> rounds.open(year, "重复", LocalDate.now(clock).plusMonths(3), List.of(medical.id())))
                .hasMessageContaining("error.round.exists");

        rounds.close(opened.id());
        assertThat(rounds.list()).filteredOn(r -> r.year() == year).singleElement()
                .satisfies(r -> assertThat(r.open()).isFalse());
        assertThat(events.stream(RoundClosed.class)).anyMatch(e -> e.year() == year && e.by().equals("admin"));
    }

    @Test
    @WithUserDetails("drafter")
    void a_drafter_can_neither_open_the_screens_nor_call_the_services() {
        assertThatThrownBy(() -> navigate(DashboardView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> navigate(RoundsView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tracking.summary(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tracking.page(1, Dashboard.Filter.ALL, 0, 50, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rounds.open(2099, "x", LocalDate.of(2099, 1, 1), List.of(1L)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rounds.list()).isInstanceOf(AccessDeniedException.class);
    }

    @SuppressWarnings("unchecked")
    private void choose(RoundInfo round) {
        var combo = (com.vaadin.flow.component.combobox.ComboBox<RoundInfo>)
                find(com.vaadin.flow.component.combobox.ComboBox.class).id("dashboard-round");
        combo.setValue(combo.getListDataView().getItems().filter(r -> r.id() == round.id()).findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.grid.Grid<Dashboard.Row> grid() {
        return find(com.vaadin.flow.component.grid.Grid.class).id("dashboard");
    }

    private BarChart chart(String id) {
        return (BarChart) find(com.vaadin.flow.component.html.Div.class).id(id);
    }

    private static List<Dashboard.Row> rows(com.vaadin.flow.component.grid.GridTester<?, ?> grid) {
        List<Dashboard.Row> rows = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            rows.add((Dashboard.Row) grid.getRow(i));
        }
        return rows;
    }
}
