package cn.perfeval.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.MoneyUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonitoringChecksTests {

    static final LocalDate JUNE_END = LocalDate.of(2022, 6, 30);

    static MonitoringDocument budget(String budget, String executed) {
        return new MonitoringDocument(1, 2022, MoneyUnit.YUAN, null, null,
                List.of(new MonitoringDocument.Line("运转类项目", new BigDecimal(budget), new BigDecimal(executed))),
                List.of(), List.of());
    }

    static MonitoringDocument indicator(Progress progress, String reason, String measure) {
        return new MonitoringDocument(1, 2022, MoneyUnit.YUAN, null, null, List.of(), List.of(),
                List.of(new MonitoringDocument.Indicator(null, "产出指标", "质量指标", "参保率", "≥98%", progress, reason,
                        measure)));
    }

    @Test
    void theCalendarLineAtTheEndOfJuneIsTheShareOfTheYearPassed() {
        CalendarLine line = CalendarLine.ofCalendar(JUNE_END);
        assertThat(line.days()).isEqualTo(181);
        assertThat(line.daysInYear()).isEqualTo(365);
        assertThat(line.percent()).isEqualByComparingTo("49.59");
        assertThat(CalendarLine.ofCalendar(LocalDate.of(2024, 6, 30)).days()).isEqualTo(182);
    }

    @Test
    void executionBelowTheLineIsAWarningWithTheFigures() {
        List<Finding> findings = MonitoringChecks.check(budget("365000.00", "180999.99"),
                CalendarLine.ofCalendar(JUNE_END));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(MonitoringChecks.BELOW_LINE);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.table()).isEqualTo("budget");
            assertThat(f.row()).isEqualTo("运转类项目");
            assertThat(f.expected()).isEqualByComparingTo("181000.00");
            assertThat(f.found()).isEqualByComparingTo("180999.99");
            assertThat(f.message().args()).contains("365,000.00", "180,999.99", "49.59", "2022-06-30");
        });
    }

    @Test
    void executionExactlyOnTheLineIsNotBelowIt() {
        // 181/365 of 365,000.00 is exactly 181,000.00
        assertThat(MonitoringChecks.check(budget("365000.00", "181000.00"), CalendarLine.ofCalendar(JUNE_END)))
                .isEmpty();
    }

    @Test
    void anItemWithoutBudgetOrNotStatingItIsNotJudged() {
        MonitoringDocument unstated = new MonitoringDocument(1, 2022, MoneyUnit.YUAN, null, null,
                List.of(new MonitoringDocument.Line("运转类项目", null, BigDecimal.ZERO)), List.of(), List.of());
        assertThat(MonitoringChecks.check(unstated, CalendarLine.ofCalendar(JUNE_END))).isEmpty();
        assertThat(MonitoringChecks.check(budget("0", "0"), CalendarLine.ofCalendar(JUNE_END))).isEmpty();
    }

    @Test
    void aProjectBelowTheLineIsNamedInTheProjectsTable() {
        MonitoringDocument d = new MonitoringDocument(1, 2022, MoneyUnit.WAN_YUAN, null, null, List.of(),
                List.of(new MonitoringDocument.Line("医保专项工作经费", new BigDecimal("60"), new BigDecimal("10"))),
                List.of());
        assertThat(MonitoringChecks.check(d, CalendarLine.ofCalendar(JUNE_END))).singleElement()
                .satisfies(f -> {
                    assertThat(f.table()).isEqualTo("projects");
                    assertThat(f.message().args()[6]).isEqualTo(1);
                });
    }

    @Test
    void aFrameworksMilestonesSetTheLineInsteadOfTheCalendar() {
        CalendarLine line = CalendarLine.ofMilestones(JUNE_END, Map.of(LocalDate.of(2022, 6, 30),
                new BigDecimal("0.40"), LocalDate.of(2022, 9, 30), new BigDecimal("0.75")));
        assertThat(line.percent()).isEqualByComparingTo("40.00");
        assertThat(MonitoringChecks.check(budget("100000.00", "40000.00"), line)).isEmpty();
        assertThat(MonitoringChecks.check(budget("100000.00", "39999.99"), line)).hasSize(1);
        assertThat(MonitoringChecks.check(budget("100000.00", "45000.00"), CalendarLine.ofCalendar(JUNE_END)))
                .hasSize(1);
    }

    @Test
    void aTargetThatWillNotBeMetWithoutAMeasureIsAnError() {
        assertThat(MonitoringChecks.check(indicator(Progress.WILL_NOT_BE_MET, "外出务工人员续保滞后", " "),
                CalendarLine.ofCalendar(JUNE_END))).singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(MonitoringChecks.MEASURE_MISSING);
                    assertThat(f.blocks()).isTrue();
                    assertThat(f.row()).isEqualTo("参保率");
                });
        assertThat(MonitoringChecks.check(indicator(Progress.WILL_NOT_BE_MET, "外出务工人员续保滞后", "逐户动员补缴"),
                CalendarLine.ofCalendar(JUNE_END))).isEmpty();
    }

    @Test
    void aTargetAtRiskWithoutAReasonIsAnError() {
        assertThat(MonitoringChecks.check(indicator(Progress.AT_RISK, null, "逐户动员补缴"),
                CalendarLine.ofCalendar(JUNE_END))).singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(MonitoringChecks.REASON_MISSING);
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                });
        assertThat(MonitoringChecks.check(indicator(Progress.AT_RISK, "续保滞后", "逐户动员补缴"),
                CalendarLine.ofCalendar(JUNE_END))).isEmpty();
    }

    @Test
    void aTargetExpectedToBeMetNeedsNoReasonNorMeasure() {
        assertThat(MonitoringChecks.check(indicator(Progress.EXPECTED_MET, null, null),
                CalendarLine.ofCalendar(JUNE_END))).isEmpty();
    }
}
