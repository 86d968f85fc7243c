package cn.perfeval.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.audit.AuditFilter;
import cn.perfeval.audit.AuditLog;
import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.Formats;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.MovableClock;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@PortalTest
class MonitoringServiceTests {

    static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    MonitoringService monitoring;
    @Autowired
    AsUser as;
    @Autowired
    AuditLog audit;
    @Autowired
    MovableClock clock;

    /** A round of 2023 with a name of its own, cut off at 06-30. */
    MonitoringRoundInfo round(LocalDate due) {
        return as.call("admin", () -> monitoring.openRound(2023, "2023年6月绩效运行监控 " + NEXT.incrementAndGet(),
                LocalDate.of(2023, 6, 30), due));
    }

    /** The medical insurance bureau's report: one budget item, one target at risk with the given reason and measure. */
    static MonitoringDocument document(int year, String reason, String measure) {
        return new MonitoringDocument(1, year, MoneyUnit.WAN_YUAN,
                new MonitoringDocument.Department(TestDocuments.MEDICAL), null,
                List.of(new MonitoringDocument.Line("人员类项目", new BigDecimal("344.98"), new BigDecimal("100.00"))),
                List.of(new MonitoringDocument.Line("医保专项工作经费", new BigDecimal("60"), new BigDecimal("40"))),
                List.of(new MonitoringDocument.Indicator(null, "产出指标", "质量指标", "城乡居民医疗保险参保率", "≥98%",
                        Progress.AT_RISK, reason, measure)));
    }

    @Test
    void theAdministratorOpensARoundThatEveryBusinessRoleListsAndTheAuditLogRecords() {
        MonitoringRoundInfo opened = round(LocalDate.of(2023, 7, 15));
        assertThat(opened.cutOff()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(opened.openedBy()).isEqualTo("admin");
        for (String user : List.of("drafter", "bureau", "finance", "admin")) {
            assertThat(as.call(user, () -> monitoring.rounds())).as(user).extracting(MonitoringRoundInfo::id)
                    .contains(opened.id());
        }
        assertThat(as.call("auditor", () -> audit.search(new AuditFilter("admin", "MONITORING_ROUND_OPEN", null,
                null, null), 0, 50))).anySatisfy(line ->
                        assertThat(line.object()).isEqualTo("monitoring-round:" + opened.id()));
    }

    @Test
    void onlyTheAdministratorOpensARoundAndItsDatesMustFitItsYear() {
        assertThatThrownBy(() -> as.call("drafter", () -> monitoring.openRound(2023, "填报人开的任务",
                LocalDate.of(2023, 6, 30), null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.call("admin", () -> monitoring.openRound(2023, "跨年", LocalDate.of(2022, 12, 31),
                null))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as.call("admin", () -> monitoring.openRound(2023, "截止早于监控日",
                LocalDate.of(2023, 6, 30), LocalDate.of(2023, 6, 1)))).isInstanceOf(InvalidInputException.class);
        MonitoringRoundInfo first = round(null);
        assertThatThrownBy(() -> as.call("admin", () -> monitoring.openRound(2023, first.name(),
                LocalDate.of(2023, 8, 31), null))).isInstanceOf(ActionRefusedException.class);
    }

    @Test
    void theDrafterStoresItsReportInYuanAndReadsItBackInItsUnitWithItsFindings() {
        MonitoringRoundInfo round = round(null);
        MonitoringService.Drafted drafted = as.call("drafter", () -> monitoring.draft(round.id(),
                document(2023, null, "逐户动员补缴")));
        assertThat(drafted.created()).isTrue();
        MonitoringReportInfo read = as.call("drafter", () -> monitoring.report(round.id(), drafted.report().id()));
        assertThat(read.status()).isEqualTo(MonitoringStatus.DRAFTING);
        assertThat(read.department()).isEqualTo(TestDocuments.MEDICAL);
        assertThat(read.document().unit()).isEqualTo(MoneyUnit.WAN_YUAN);
        assertThat(read.document().budgetLines().getFirst().budget()).isEqualByComparingTo("344.98");
        assertThat(read.document().projectLines().getFirst().executed()).isEqualByComparingTo("40");
        // 100 of 344.98 is below 181/365; the project's 40 of 60 is above; the target at risk lacks its reason
        assertThat(read.findings()).extracting(f -> f.rule() + " " + f.row()).containsExactlyInAnyOrder(
                MonitoringChecks.BELOW_LINE + " 人员类项目", MonitoringChecks.REASON_MISSING + " 城乡居民医疗保险参保率");
        assertThat(read.blocked()).isTrue();
    }

    @Test
    void submitIsRefusedWhileAnErrorStandsAndRecordedOnceCorrected() {
        MonitoringRoundInfo round = round(null);
        long id = as.call("drafter", () -> monitoring.draft(round.id(), document(2023, "续保滞后", null))).report().id();
        assertThatThrownBy(() -> as.call("drafter", () -> monitoring.submit(round.id(), id)))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.field()).contains("measure")));
        assertThat(as.call("drafter", () -> monitoring.report(round.id(), id)).status())
                .isEqualTo(MonitoringStatus.DRAFTING);

        MonitoringService.Drafted corrected = as.call("drafter", () -> monitoring.draft(round.id(),
                document(2023, "续保滞后", "逐户动员补缴")));
        assertThat(corrected.created()).isFalse();
        assertThat(corrected.report().id()).isEqualTo(id);
        MonitoringReportInfo submitted = as.call("drafter", () -> monitoring.submit(round.id(), id));
        assertThat(submitted.status()).isEqualTo(MonitoringStatus.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo("drafter");
        assertThat(submitted.findings()).extracting(f -> f.rule()).containsExactly(MonitoringChecks.BELOW_LINE);
        assertThatThrownBy(() -> as.call("drafter", () -> monitoring.submit(round.id(), id)))
                .isInstanceOf(ActionRefusedException.class);
        assertThat(as.call("auditor", () -> audit.search(new AuditFilter("drafter", "MONITORING_REPORT_SUBMIT", null,
                null, null), 0, 50))).anySatisfy(line -> {
                    assertThat(line.object()).isEqualTo("monitoring-report:" + id);
                    assertThat(line.detail()).contains("1 warnings");
                });
    }

    @Test
    void aSubmittedReportIsReplacedBeforeTheDueDateAndFinalAfterIt() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        MonitoringRoundInfo round = as.call("admin", () -> monitoring.openRound(today.getYear(),
                "到期测试 " + NEXT.incrementAndGet(), today.withDayOfYear(1), today));
        long id = as.call("drafter", () -> monitoring.draft(round.id(), document(today.getYear(), "滞后", "补缴")))
                .report().id();
        as.run("drafter", () -> monitoring.submit(round.id(), id));
        MonitoringService.Drafted replaced = as.call("drafter", () -> monitoring.draft(round.id(),
                document(today.getYear(), "滞后", "补缴")));
        assertThat(replaced.report().id()).isEqualTo(id);
        assertThat(replaced.report().status()).isEqualTo(MonitoringStatus.DRAFTING);
        as.run("drafter", () -> monitoring.submit(round.id(), id));
        clock.advance(Duration.ofDays(2));
        assertThatThrownBy(() -> as.call("drafter", () -> monitoring.draft(round.id(),
                document(today.getYear(), "滞后", "补缴")))).isInstanceOf(ActionRefusedException.class);
        assertThat(as.call("drafter", () -> monitoring.report(round.id(), id)).status())
                .isEqualTo(MonitoringStatus.SUBMITTED);
    }

    @Test
    void aDocumentOfAnotherYearOrDepartmentOrWithNegativeMoneyIsRefusedNamingTheFields() {
        MonitoringRoundInfo round = round(null);
        MonitoringDocument other = new MonitoringDocument(1, 2022, MoneyUnit.YUAN,
                new MonitoringDocument.Department("米易县财政局"), null,
                List.of(new MonitoringDocument.Line("人员类项目", new BigDecimal("-1"), new BigDecimal("0.001"))),
                List.of(), List.of(new MonitoringDocument.Indicator(null, null, null, "参保率", null, null, null, null)));
        assertThatThrownBy(() -> as.call("drafter", () -> monitoring.draft(round.id(), other)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactlyInAnyOrder("year", "department.name",
                                "budget[1].budget", "budget[1].executed", "indicators[1].progress"));
    }

    @Test
    void aReportIsSeenByItsDepartmentItsRegionsFinanceAndTheAdministratorAndNotFoundByOthers() {
        MonitoringRoundInfo round = round(null);
        long id = as.call("drafter", () -> monitoring.draft(round.id(), document(2023, "滞后", "补缴"))).report().id();
        for (String user : List.of("drafter", "bureau", "finance", "admin")) {
            assertThat(as.call(user, () -> monitoring.report(round.id(), id)).id()).as(user).isEqualTo(id);
        }
        assertThatThrownBy(() -> as.call("drafter2", () -> monitoring.report(round.id(), id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as.call("drafter2", () -> monitoring.submit(round.id(), id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as.call("auditor", () -> monitoring.report(round.id(), id)))
                .isInstanceOf(AccessDeniedException.class);
        MonitoringRoundInfo another = round(null);
        assertThatThrownBy(() -> as.call("drafter", () -> monitoring.report(another.id(), id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as.call("bureau", () -> monitoring.submit(round.id(), id)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
