package cn.perfeval.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.identity.Directory;
import cn.perfeval.identity.IdentityAdministration;
import cn.perfeval.monitoring.MonitoringDashboard;
import cn.perfeval.monitoring.MonitoringDocument;
import cn.perfeval.monitoring.MonitoringService;
import cn.perfeval.monitoring.MonitoringRoundInfo;
import cn.perfeval.monitoring.MonitoringStatus;
import cn.perfeval.monitoring.Progress;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.menu.MenuConfiguration;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The monitoring view on the demo round of June 2022, where 米易县医疗保障局 reported one target at risk. */
@ViewTest
class MonitoringViewTest extends SpringBrowserlessTest {

    static final String DEMO_ROUND = "2022年6月绩效运行监控";
    static final String OTHER_REGION_DEPARTMENT = "仁和区监控测试局";

    @Autowired
    MonitoringDashboard dashboard;
    @Autowired
    Directory directory;
    @Autowired
    IdentityAdministration identity;
    @Autowired
    AsUser as;
    @Autowired
    MonitoringService monitoring;

    @BeforeEach
    void aChineseBrowserAndADepartmentOfAnotherRegion() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        if (directory.departmentNamed(OTHER_REGION_DEPARTMENT).isEmpty()) {
            as.run("admin", () -> identity.createDepartment(identity.createRegion("仁和区监控测试"),
                    OTHER_REGION_DEPARTMENT, "行政单位"));
        }
    }

    @Test
    @WithUserDetails("admin")
    void theAdministratorSeesWhoReportedTheTargetAtRiskAndTheExecutionAgainstTheLine() throws Exception {
        navigate(MonitoringView.class);
        assertThat(MenuConfiguration.getMenuEntries()).anyMatch(e -> e.path().contains("admin/monitoring"));
        MonitoringRoundInfo round = choose(DEMO_ROUND);

        List<MonitoringDashboard.Row> rows = items(departments());
        MonitoringDashboard.Row medical = rows.stream().filter(r -> r.department().equals(TestDocuments.MEDICAL))
                .findFirst().orElseThrow();
        assertThat(medical.status()).isEqualTo(MonitoringStatus.SUBMITTED);
        assertThat(medical.atRisk()).isEqualTo(1);
        assertThat(medical.willNotBeMet()).isZero();
        // 2,076,200.00 of 4,434,600.00 is 46.82%, below 181/365 (49.59%) at 06-30
        assertThat(medical.budget()).isEqualByComparingTo("4434600.00");
        assertThat(medical.rate()).isEqualByComparingTo("46.82");
        assertThat(medical.line()).isEqualByComparingTo("49.59");
        assertThat(medical.belowLine()).isTrue();
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.department()).isEqualTo("米易县财政局");
            assertThat(r.status()).isNull();
        });
        assertThat(rows).extracting(MonitoringDashboard.Row::department).contains(OTHER_REGION_DEPARTMENT);
        var grid = test(departments());
        int medicalRow = rows.indexOf(medical);
        assertThat(grid.getCellText(medicalRow, 2)).isEqualTo("已报送");
        assertThat(grid.getCellText(medicalRow, 4)).isEqualTo("4,434,600.00");

        assertThat(items(targets())).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("城乡居民医疗保险参保率");
            assertThat(t.progress()).isEqualTo(Progress.AT_RISK);
        });
        assertThat(test(targets()).getCellText(0, 4)).isEqualTo("存在风险");
        String counts = find(com.vaadin.flow.component.html.Div.class).id("monitoring-counts").getElement()
                .getTextRecursively();
        assertThat(counts).contains("已报送 1").contains("执行进度低于时间进度 1").contains("时间进度 49.59%");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dashboard.export(round.id(), Locale.SIMPLIFIED_CHINESE, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet departments = workbook.getSheetAt(0);
            assertThat(departments.getSheetName()).isEqualTo("部门执行进度");
            assertThat(departments.getRow(0).getCell(7).getStringCellValue()).isEqualTo("执行率（%）");
            assertThat(departments.getLastRowNum()).isEqualTo(rows.size());
            Row row = departments.getRow(medicalRow + 1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(TestDocuments.MEDICAL);
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("已报送");
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(4434600.00);
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(2076200.00);
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(46.82);
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(49.59);
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo("是");
            assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(1);
            Sheet targets = workbook.getSheetAt(1);
            assertThat(targets.getLastRowNum()).isEqualTo(1);
            assertThat(targets.getRow(1).getCell(4).getStringCellValue()).isEqualTo("城乡居民医疗保险参保率");
            assertThat(targets.getRow(1).getCell(6).getStringCellValue()).isEqualTo("存在风险");
            assertThat(targets.getRow(1).getCell(8).getStringCellValue()).startsWith("联合乡镇开展参保动员");
        }
    }

    @Test
    @WithUserDetails("admin")
    void theDepartmentsThatHaveNotSubmittedTheirOwnReportAreListedOnceEachUntilTheyDo() {
        MonitoringRoundInfo round = as.call("admin", () -> monitoring.openRound(2023,
                "2023年6月运行监控（未报送）" + System.nanoTime(), LocalDate.of(2023, 6, 30), null));
        MonitoringDocument own = new MonitoringDocument(1, 2023, MoneyUnit.YUAN, null, null,
                List.of(new MonitoringDocument.Line("人员类项目", new BigDecimal("100.00"), new BigDecimal("60.00"))),
                List.of(), List.of());
        MonitoringDocument project = new MonitoringDocument(1, 2023, MoneyUnit.YUAN, null, "医保专项工作经费",
                List.of(), List.of(new MonitoringDocument.Line("医保专项工作经费", new BigDecimal("100.00"),
                        new BigDecimal("60.00"))), List.of());
        long ownReport = as.call("drafter", () -> monitoring.draft(round.id(), own)).report().id();
        long projectReport = as.call("drafter", () -> monitoring.draft(round.id(), project)).report().id();
        as.run("drafter", () -> monitoring.submit(round.id(), projectReport));

        navigate(MonitoringView.class);
        choose(round.name());
        List<MonitoringDashboard.Expected> missing = items(notReported());
        assertThat(missing).filteredOn(e -> e.department().equals(TestDocuments.MEDICAL)).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(MonitoringStatus.DRAFTING));
        assertThat(missing).extracting(MonitoringDashboard.Expected::department)
                .contains("米易县财政局", OTHER_REGION_DEPARTMENT).doesNotHaveDuplicates();
        int medical = missing.indexOf(missing.stream().filter(e -> e.department().equals(TestDocuments.MEDICAL))
                .findFirst().orElseThrow());
        assertThat(test(notReported()).getCellText(medical, 2)).isEqualTo("填报中");
        assertThat(find(com.vaadin.flow.component.html.Div.class).id("monitoring-counts").getElement()
                .getTextRecursively()).contains("未报送 " + missing.size());

        as.run("drafter", () -> monitoring.submit(round.id(), ownReport));
        choose(DEMO_ROUND);
        choose(round.name());
        assertThat(items(notReported())).extracting(MonitoringDashboard.Expected::department)
                .doesNotContain(TestDocuments.MEDICAL).contains("米易县财政局");
    }

    @Test
    @WithUserDetails("finance")
    void aFinanceReviewerSeesTheDepartmentsOfItsRegionOnly() {
        navigate(MonitoringView.class);
        choose(DEMO_ROUND);
        assertThat(items(departments())).extracting(MonitoringDashboard.Row::department)
                .contains(TestDocuments.MEDICAL, "米易县财政局").doesNotContain(OTHER_REGION_DEPARTMENT);
        assertThat(items(targets())).hasSize(1);
    }

    @Test
    @WithUserDetails("drafter")
    void aDrafterDoesNotOpenTheMonitoringView() {
        assertThat(MenuConfiguration.getMenuEntries()).noneMatch(e -> e.path().contains("admin/monitoring"));
        try {
            navigate("admin/monitoring", Component.class);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            // the router showed an error page instead
        }
        assertThat(find(Grid.class).all()).noneMatch(g -> g.getId().filter("monitoring-departments"::equals)
                .isPresent());
    }

    @SuppressWarnings("unchecked")
    private MonitoringRoundInfo choose(String name) {
        var combo = (com.vaadin.flow.component.combobox.ComboBox<MonitoringRoundInfo>)
                find(com.vaadin.flow.component.combobox.ComboBox.class).id("monitoring-round");
        MonitoringRoundInfo round = combo.getListDataView().getItems().filter(r -> r.name().equals(name))
                .findFirst().orElseThrow();
        combo.setValue(round);
        return round;
    }

    @SuppressWarnings("unchecked")
    private Grid<MonitoringDashboard.Row> departments() {
        return find(Grid.class).id("monitoring-departments");
    }

    @SuppressWarnings("unchecked")
    private Grid<MonitoringDashboard.Target> targets() {
        return find(Grid.class).id("monitoring-targets");
    }

    @SuppressWarnings("unchecked")
    private Grid<MonitoringDashboard.Expected> notReported() {
        return find(Grid.class).id("monitoring-not-reported");
    }

    private <T> List<T> items(Grid<T> grid) {
        var tester = test(grid);
        List<T> items = new ArrayList<>();
        for (int i = 0; i < tester.size(); i++) {
            items.add(tester.getRow(i));
        }
        return items;
    }
}
