package cn.perfeval.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.Repair;
import cn.perfeval.report.RepairPlan;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.BudgetLine;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportDocument.Totals;
import cn.perfeval.report.ReportRepairs;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A finding on the prose whose fact the product writes as a standard sentence offers that sentence in place
 * of the drafter's: the text after the fix, and a sentence no longer at its place refused.
 */
@PortalTest
class StandardSentenceFixTests {

    private static final String BEFORE = "本单位认真落实预算管理要求。";
    private static final String AFTER = "下一步将继续加强管理。";

    @Autowired
    ReportChecks checks;
    @Autowired
    ReportRepairs repairs;
    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;

    /** 收入 1,000.00 万元 (900 财政拨款, 100 其他), 支出 1,000.00 万元 (300 基本, 700 项目), one budget item. */
    private static ReportDocument report(ReportDocument s, String narrative, String conclusion) {
        return new ReportDocument(s.formatVersion(), s.kind(), s.year(), MoneyUnit.YUAN, s.department(),
                s.mainTasks(),
                List.of(new IncomeLine("210", "卫生健康支出", m("10000000.00"), m("9000000.00"), m("1000000.00"))),
                List.of(new ExpenditureLine("210", "卫生健康支出", m("10000000.00"), m("3000000.00"), m("7000000.00"))),
                new Totals(m("10000000.00"), m("9000000.00"), m("1000000.00"), m("10000000.00"), m("3000000.00"),
                        m("7000000.00"), BigDecimal.ZERO, BigDecimal.ZERO),
                List.of(new BudgetLine("人员类项目", m("2000000.00"), null, m("1900000.00"))), null, null, null, null,
                null, conclusion, null, null, null, s.publication(), null, narrative);
    }

    /** The same report kept in 万元: 收入 1,163.32 (1,128.63 财政拨款, 34.69 其他), 支出 1,091.85 (1,057.16 基本, 34.69 项目). */
    private static ReportDocument inWanYuan(ReportDocument s, String narrative) {
        return new ReportDocument(s.formatVersion(), s.kind(), s.year(), MoneyUnit.WAN_YUAN, s.department(),
                s.mainTasks(), List.of(new IncomeLine("210", "卫生健康支出", m("1163.32"), m("1128.63"), m("34.69"))),
                List.of(new ExpenditureLine("210", "卫生健康支出", m("1091.85"), m("1057.16"), m("34.69"))),
                new Totals(m("1163.32"), m("1128.63"), m("34.69"), m("1091.85"), m("1057.16"), m("34.69"),
                        BigDecimal.ZERO, m("71.47")),
                null, null, null, null, null, null, null, null, null, null, s.publication(), null, narrative);
    }

    private static BigDecimal m(String s) {
        return new BigDecimal(s);
    }

    private static String percent(String part, String whole) {
        return m(part).multiply(BigDecimal.valueOf(100)).divide(m(whole), 2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private List<GuidedFix> fixes(long id) {
        return as.call("drafter", () -> {
            ReportDocument stored = reports.export(id);
            return checks.guidedFixes(id, stored, checks.check(stored).findings());
        });
    }

    private GuidedFix fixFor(long id, String rule) {
        return fixes(id).stream().filter(f -> f.finding().rule().equals(rule)).findFirst().orElseThrow();
    }

    private String standard(long id, String starting) {
        return as.call("drafter", () -> checks.narrative(id)).stream().filter(s -> s.contains(starting)).findFirst()
                .orElseThrow();
    }

    @Test
    void aShareComputedOnTheWrongWholeIsReplacedByTheStandardExpenditureSentenceOnceConfirmed() {
        ReportDocument base = TestDocuments.small();
        String wrong = base.year() + "年度支出合计1,000.00万元，其中：基本支出300.00万元，占3.00%；项目支出700.00万元，占70.00%。";
        ReportSummary imported = as.call("drafter", () -> reports.importDocument(report(base, BEFORE + wrong + AFTER, null)));

        GuidedFix fix = fixFor(imported.id(), "prose.share");
        String expected = standard(imported.id(), "年度支出合计");
        RepairPlan.TextChange change = fix.plan().text();
        assertThat(change.field()).isEqualTo("narrative");
        assertThat(change.before()).isEqualTo(wrong);
        assertThat(change.after()).isEqualTo(expected).contains("占" + percent("3000000", "10000000"));
        // offered, not applied
        assertThat(as.call("drafter", () -> reports.export(imported.id())).narrative()).isEqualTo(BEFORE + wrong + AFTER);

        ReportSummary saved = as.call("drafter",
                () -> repairs.apply(imported.id(), imported.version(), null, fix.plan().repair()));

        ReportDocument stored = as.call("drafter", () -> reports.export(imported.id()));
        assertThat(saved.version()).isGreaterThan(imported.version());
        assertThat(stored.narrative()).isEqualTo(BEFORE + expected + AFTER);
        assertThat(as.call("drafter", () -> checks.check(stored)).findings()).extracting(Finding::rule)
                .noneMatch(r -> r.startsWith("prose."));
    }

    @Test
    void aWrongExecutionRateOffersTheBudgetItemsStandardSentence() {
        ReportDocument base = TestDocuments.small();
        String wrong = "人员类项目年初预算200.00万元，执行190.00万元，执行率90.00%。";
        ReportSummary imported = as.call("drafter", () -> reports.importDocument(report(base, null, wrong)));

        GuidedFix fix = fixFor(imported.id(), "prose.rate");

        assertThat(fix.plan().text().field()).isEqualTo("conclusion");
        assertThat(fix.plan().text().after()).isEqualTo(standard(imported.id(), "人员类项目"))
                .contains(percent("1900000", "2000000"));
        assertThat(fix.plan().result().conclusion()).isEqualTo(fix.plan().text().after());
    }

    @Test
    void aSentenceThatAlsoSpeaksOfAnotherFactIsNotOfferedAReplacement() {
        ReportDocument base = TestDocuments.small();
        String mixed = "收入合计1,000.00万元，支出合计1,000.00万元，其中：基本支出300.00万元，占3.00%。";
        String more = "支出合计1,000.00万元，其中：基本支出300.00万元，占3.00%；项目支出700.00万元，占70.00%，"
                + "人员经费120.00万元。财政拨款支出1,000.00万元，其中：基本支出300.00万元，占3.00%。";
        ReportSummary imported = as.call("drafter", () -> reports.importDocument(report(base, mixed, more)));

        assertThat(as.call("drafter", () -> checks.check(reports.export(imported.id()))).findings())
                .extracting(Finding::rule).contains("prose.share");
        assertThat(fixes(imported.id())).noneMatch(f -> f.plan().text() != null);
    }

    @Test
    void aSentenceNoLongerAtItsPlaceIsRefusedAndNothingChanges() {
        ReportDocument base = TestDocuments.small();
        String wrong = base.year() + "年度收入合计1,000.00万元，其中：财政拨款收入900.00万元，占90.00%；其他收入100.00万元，占1.00%。";
        ReportSummary imported = as.call("drafter", () -> reports.importDocument(report(base, BEFORE + wrong, null)));
        Repair repair = fixFor(imported.id(), "prose.share").plan().repair();

        // the drafter adds a sentence before it meanwhile: the sentence moves
        ReportDocument edited = as.call("drafter", () -> reports.export(imported.id()));
        String moved = "补充说明。" + edited.narrative();
        ReportDocument withMoved = new ReportDocument(edited.formatVersion(), edited.kind(), edited.year(),
                edited.unit(), edited.department(), edited.mainTasks(), edited.income(), edited.expenditure(),
                edited.totals(), edited.budget(), edited.threePublicExpenses(), edited.assets(), edited.indicators(),
                edited.projects(), edited.scoring(), edited.conclusion(), edited.problems(), edited.suggestions(),
                edited.resultUse(), edited.publication(), edited.project(), moved);
        ReportSummary saved = as.call("drafter", () -> reports.saveDraft(imported.id(), imported.version(), withMoved));

        Throwable refused = catchThrowable(() -> as.call("drafter",
                () -> repairs.apply(imported.id(), saved.version(), null, repair)));

        assertThat(refused).isInstanceOf(ActionRefusedException.class);
        assertThat(((ActionRefusedException) refused).localized().key()).isEqualTo("error.repair.sentence-changed");
        assertThat(as.call("drafter", () -> reports.export(imported.id())).narrative()).isEqualTo(moved);
        assertThat(as.call("drafter", () -> reports.summary(imported.id())).version()).isEqualTo(saved.version());
    }

    @Test
    void onAReportKeptInWanYuanTheStandardSentenceIsOfferedInWanYuanWithTwoDecimalsAndApplied() {
        ReportDocument base = TestDocuments.small();
        String wrong = base.year() + "年度支出合计1,091.85万元，其中：基本支出1,057.16万元，占86.82%；项目支出34.69万元，占3.18%。";
        ReportSummary imported = as.call("drafter", () -> reports.importDocument(inWanYuan(base, BEFORE + wrong)));

        GuidedFix fix = fixFor(imported.id(), "prose.share");

        assertThat(fix.plan().text().before()).isEqualTo(wrong);
        assertThat(fix.plan().text().after()).isEqualTo(base.year()
                + "年度支出合计1,091.85万元，其中：基本支出1,057.16万元，占96.82%；项目支出34.69万元，占3.18%。");
        as.call("drafter", () -> repairs.apply(imported.id(), imported.version(), null, fix.plan().repair()));
        ReportDocument stored = as.call("drafter", () -> reports.export(imported.id()));
        assertThat(stored.unit()).isEqualTo(MoneyUnit.WAN_YUAN);
        assertThat(stored.narrative()).isEqualTo(BEFORE + fix.plan().text().after());
        assertThat(stored.totals().expenditure()).isEqualByComparingTo("1091.85");
        assertThat(as.call("drafter", () -> checks.check(stored)).findings()).extracting(Finding::rule)
                .noneMatch(r -> r.startsWith("prose."));
    }

    @Test
    void aSentenceWrittenInYuanGetsTheStandardSentenceInYuanAndOneInWanYuanGetsWanYuan() {
        ReportDocument base = TestDocuments.small();
        String yuan = base.year() + "年度收入合计10,000,000.00元，其中：财政拨款收入9,000,000.00元，占9.00%；"
                + "其他收入1,000,000.00元，占10.00%。";
        ReportSummary inYuan = as.call("drafter", () -> reports.importDocument(report(base, yuan, null)));
        assertThat(fixFor(inYuan.id(), "prose.share").plan().text().after()).isEqualTo(base.year()
                + "年度收入合计10,000,000.00元，其中：财政拨款收入9,000,000.00元，占90.00%；其他收入1,000,000.00元，占10.00%。");

        // a report kept in 万元 whose drafter wrote yuan: the yuan its 万元 figures are, exactly
        ReportDocument other = TestDocuments.small();
        String yuanOnWan = other.year() + "年度收入合计11,633,200.00元，其中：财政拨款收入11,286,300.00元，占97.20%；"
                + "其他收入346,900.00元，占2.98%。";
        ReportSummary wan = as.call("drafter", () -> reports.importDocument(inWanYuan(other, yuanOnWan)));
        assertThat(fixFor(wan.id(), "prose.share").plan().text().after()).isEqualTo(other.year()
                + "年度收入合计11,633,200.00元，其中：财政拨款收入11,286,300.00元，占97.02%；其他收入346,900.00元，占2.98%。");
    }
}
