package cn.perfeval.demo;

import cn.perfeval.declaration.DeclarationDocument;
import cn.perfeval.declaration.DeclarationService;
import cn.perfeval.evidence.EvidenceService;
import cn.perfeval.identity.IdentityAdministration;
import cn.perfeval.identity.Role;
import cn.perfeval.monitoring.MonitoringDocument;
import cn.perfeval.monitoring.MonitoringService;
import cn.perfeval.monitoring.Progress;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.tracking.Deadlines;
import cn.perfeval.tracking.RoundService;
import cn.perfeval.workflow.DeclarationWorkflow;
import cn.perfeval.workflow.ReportWorkflow;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo organisation, users and reports on the first start of a database that has no
 * users yet. Reports are imported and moved along their route by the demo users themselves,
 * through the same services the screens use.
 */
@Component
@ConditionalOnBooleanProperty("perfeval.demo-data")
class DemoData {

    /** The password of every demo user. */
    static final String PASSWORD = "Perfeval#2026";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final IdentityAdministration identity;
    private final ReportService reports;
    private final ReportWorkflow workflow;
    private final JsonMapper json;
    private final EvidenceService evidence;
    private final SecurityContextHolderStrategy contexts;
    private final RoundService rounds;
    private final MonitoringService monitoring;
    private final DeclarationService declarations;
    private final DeclarationWorkflow declarationRoute;

    DemoData(IdentityAdministration identity, ReportService reports, ReportWorkflow workflow, JsonMapper json,
            EvidenceService evidence, ObjectProvider<SecurityContextHolderStrategy> contexts, RoundService rounds,
            MonitoringService monitoring, DeclarationService declarations, DeclarationWorkflow declarationRoute) {
        this.declarations = declarations;
        this.declarationRoute = declarationRoute;
        this.rounds = rounds;
        this.monitoring = monitoring;
        this.identity = identity;
        this.reports = reports;
        this.workflow = workflow;
        this.json = json;
        this.evidence = evidence;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (identity.hasUsers()) {
            return;
        }
        as("system", Role.ADMIN, () -> {
            long region = identity.createRegion("米易县");
            long medical = identity.createDepartment(region, "米易县医疗保障局", "行政单位");
            identity.describeDepartment(medical, "行政单位", 23, 21, 2);
            long finance = identity.createDepartment(region, "米易县财政局", "行政单位");
            identity.createUser("drafter", "张填报（医疗保障局）", PASSWORD, Role.DRAFTER, medical, null);
            identity.createUser("drafter2", "李填报（财政局）", PASSWORD, Role.DRAFTER, finance, null);
            identity.createUser("bureau", "王审核（医疗保障局）", PASSWORD, Role.BUREAU_REVIEWER, medical, null);
            identity.createUser("finance", "赵审核（财政局绩效股）", PASSWORD, Role.FINANCE_REVIEWER, null, region);
            // Colleagues to delegate or transfer a review to.
            identity.createUser("bureau2", "陈审核（医疗保障局）", PASSWORD, Role.BUREAU_REVIEWER, medical, null);
            identity.createUser("finance2", "周审核（财政局绩效股）", PASSWORD, Role.FINANCE_REVIEWER, null, region);
            return null;
        });
        // The three administrators (三员) are the security administrator's to create.
        as("system", Role.SECURITY_ADMIN, () -> {
            identity.createUser("admin", "系统管理员", PASSWORD, Role.ADMIN, null, null);
            identity.createUser("security", "安全管理员", PASSWORD, Role.SECURITY_ADMIN, null, null);
            identity.createUser("auditor", "安全审计员", PASSWORD, Role.AUDITOR, null, null);
            return null;
        });

        // The round of 2022 for the region, due in the coming weeks (publication: the legal 20 days only).
        java.time.LocalDate today = java.time.LocalDate.now(cn.perfeval.base.Formats.ZONE);
        as("admin", Role.ADMIN, () -> rounds.openForRegion(2022, "2022年度部门整体支出绩效自评",
                new Deadlines(today.plusDays(14), today.plusDays(21), today.plusDays(30), null),
                identity.regions().stream().filter(r -> r.name().equals("米易县")).findFirst().orElseThrow().id()));

        ReportDocument department = withOverallTargets(document("demo/miyi-2022-department.json"));
        ReportDocument transfer = document("demo/miyi-2022-transfer-payment.json");
        ReportDocument project = projectReport(department, 0);

        // The department's overall targets of 2022, declared, passed by the bureau and approved by finance.
        long declared = as("drafter", Role.DRAFTER, () -> declarations.create(declaration(department))).id();
        as("drafter", Role.DRAFTER, () -> declarationRoute.submit(declared, null));
        as("bureau", Role.BUREAU_REVIEWER, () -> declarationRoute.pass(declared, "绩效目标与年度工作任务相符，同意报送。"));
        as("finance", Role.FINANCE_REVIEWER, () -> declarationRoute.approve(declared, "同意批复。"));

        // The department's overall report of 2022, in drafting, with a PDF as evidence.
        ReportSummary drafting = as("drafter", Role.DRAFTER, () -> reports.importDocument(department));
        as("drafter", Role.DRAFTER, () -> evidence.upload(drafting.id(), "2022年医疗救助资金拨付记录.pdf",
                bytes("demo/miyi-2022-evidence.pdf"), "城乡医疗救助资金到位情况"));

        // A project report, submitted and waiting for the bureau.
        ReportSummary inReview = as("drafter", Role.DRAFTER, () -> reports.importDocument(project));
        as("drafter", Role.DRAFTER, () -> workflow.submit(inReview.id(), null));

        // The transfer-payment table, through the whole route to publication.
        ReportSummary published = as("drafter", Role.DRAFTER, () -> reports.importDocument(transfer));
        as("drafter", Role.DRAFTER, () -> workflow.submit(published.id(), null));
        as("bureau", Role.BUREAU_REVIEWER, () -> workflow.pass(published.id(), "数据与佐证一致，同意报送。"));
        as("finance", Role.FINANCE_REVIEWER, () -> workflow.approve(published.id(), "审核通过。"));
        as("drafter", Role.DRAFTER, () -> workflow.publish(published.id()));
        monitoringAtMidYear();
        log.info("Demo data loaded: region 米易县, 2 departments, 9 users, the round of 2022, the approved overall"
                + " declaration of 2022, 3 reports, 1 evidence file, the monitoring round of June 2022 with one report");
    }

    /**
     * The monitoring round at the end of June 2022 and the department's report in it, submitted:
     * the budget items of its 2022 report with their adjusted budget and an execution to 06-30 (the
     * published report gives none: these are made up, the 特定目标类项目 below the calendar line),
     * and its overall targets, the insurance rate at risk.
     */
    private void monitoringAtMidYear() {
        long round = as("admin", Role.ADMIN, () -> monitoring.openRound(2022, "2022年6月绩效运行监控",
                java.time.LocalDate.of(2022, 6, 30), java.time.LocalDate.of(2022, 7, 15))).id();
        MonitoringDocument document = new MonitoringDocument(MonitoringDocument.FORMAT_VERSION, 2022, MoneyUnit.YUAN,
                new MonitoringDocument.Department("米易县医疗保障局"), null,
                List.of(line("人员类项目", "3449800.00", "1724900.00"), line("运转类项目", "384800.00", "201300.00"),
                        line("特定目标类项目", "600000.00", "150000.00")),
                List.of(),
                List.of(new MonitoringDocument.Indicator(null, "产出指标", "数量指标", "城乡居民医疗保险参保人数", "187387人",
                                Progress.EXPECTED_MET, null, null),
                        new MonitoringDocument.Indicator(null, "产出指标", "质量指标", "城乡居民医疗保险参保率", "≥98%",
                                Progress.AT_RISK, "截至6月底城乡居民参保率为96.2%，外出务工人员续保缴费滞后。",
                                "联合乡镇开展参保动员，对未续保人员逐户核实并提供线上缴费渠道，9月底前完成补缴。"),
                        new MonitoringDocument.Indicator(null, "效益指标", "社会效益指标", "重点群体参保率", "100%",
                                Progress.EXPECTED_MET, null, null)));
        long report = as("drafter", Role.DRAFTER, () -> monitoring.draft(round, document)).report().id();
        as("drafter", Role.DRAFTER, () -> monitoring.submit(round, report));
    }

    private static MonitoringDocument.Line line(String name, String budget, String executed) {
        return new MonitoringDocument.Line(name, new BigDecimal(budget), new BigDecimal(executed));
    }

    /**
     * The department's overall performance targets (整体绩效目标) of the published report's first table,
     * broken down into indicators a declaration can carry: that table states its 产出指标 and 效益指标 as
     * two sentences without second levels or weights, and no 满意度指标. The figures of those sentences
     * become one indicator each (第二级 and weights added here), the 效益 sentence stays a text target,
     * and 参保人员满意度 ≥95% is the target the report sets for its 医保专项工作经费, since the national
     * rule asks every declaration for a 满意度指标. Each actual is what section 三（二）1 says in its own
     * words; the report states no satisfaction figure, so that actual stays empty.
     */
    static ReportDocument withOverallTargets(ReportDocument d) {
        List<ReportDocument.Indicator> indicators = List.of(
                indicator("产出指标", "数量指标", "职工医保参保人数", "24336人", "全面完成城镇职工医保参保24336人。", "15"),
                indicator("产出指标", "数量指标", "职工医保基金征收额", "16836.32万元",
                        "职工医保基金征收共计16836.32万元，其中基本医疗征收13094.69万元，公务员医疗保险征收3278.55万元，"
                                + "灵活就业人员缴费463.08万元。", "15"),
                indicator("产出指标", "数量指标", "城乡居民医疗保险参保人数", "187387人",
                        "全县参加城乡居民医疗保险的人数为187387人，完成市医保局下达的18.42万人的年度目标任务。", "15"),
                indicator("产出指标", "质量指标", "城乡居民医疗保险参保率", "≥98%", "城乡居民医疗保险参保率达98%。", "15"),
                indicator("产出指标", "数量指标", "资助特殊人群参保人数", RAISED_TARGET_STATED,
                        "已稳定脱贫户、防返贫监测户、特困供养人员、低保户、残疾人等重点群体26160人参加城乡居民医疗保险。", "10"),
                indicator("效益指标", "社会效益指标", "重点群体参保率", "100%", "重点群体参保率达100%。", "10"),
                indicator("效益指标", "社会效益指标", "法定人员参保覆盖",
                        "实现法定人员全覆盖，逐步提高社会保险待遇水平，防止因病致贫、因病返贫。",
                        "通过基本医保、大病（补充）保险、医保扶贫等各项政策落地落实和各项待遇的及时兑付，切实增强参保群众的获得感和幸福感。",
                        "10"),
                indicator("满意度指标", "服务对象满意度指标", "参保人员满意度", "≥95%", null, "10"));
        return new ReportDocument(d.formatVersion(), d.kind(), d.year(), d.unit(), d.department(), d.mainTasks(),
                d.income(), d.expenditure(), d.totals(), d.budget(), d.threePublicExpenses(), d.assets(), indicators,
                d.projects(), d.scoring(), d.conclusion(), d.problems(), d.suggestions(), d.resultUse(),
                d.publication(), d.project(), d.narrative());
    }

    /** The target of 资助特殊人群参保人数 the report states: the number it reached. */
    static final String RAISED_TARGET_STATED = "26160人";

    /** The target of 资助特殊人群参保人数 finance approved, higher than the one the report states. */
    static final String RAISED_TARGET_APPROVED = "26500人";

    private static ReportDocument.Indicator indicator(String level1, String level2, String name, String target,
            String actual, String weight) {
        return new ReportDocument.Indicator(level1, level2, name, target, actual, new BigDecimal(weight), null, null);
    }

    /**
     * The department's overall declaration of 2022 (部门整体支出绩效目标申报表): the funds and overall
     * target of the published report's first table, and the indicators of the report's
     * {@link #withOverallTargets}, all with the same targets and weights except 资助特殊人群参保人数,
     * approved at {@value #RAISED_TARGET_APPROVED} where the report states {@value #RAISED_TARGET_STATED}.
     */
    static DeclarationDocument declaration(ReportDocument report) {
        List<DeclarationDocument.Indicator> indicators = report.indicators().stream()
                .map(i -> new DeclarationDocument.Indicator(i.level1(), i.level2(), i.name(),
                        RAISED_TARGET_STATED.equals(i.target()) ? RAISED_TARGET_APPROVED : i.target(), i.weight()))
                .toList();
        return new DeclarationDocument(DeclarationDocument.FORMAT_VERSION, ReportKind.DEPARTMENT_OVERALL,
                report.year(), MoneyUnit.YUAN, new DeclarationDocument.Department(report.department().name()), null,
                "保障单位正常运转，严格执行相关政策，保障工资及时、足额发放或社保及时、足额缴纳，预算编制科学合理，减少结余资金。",
                new DeclarationDocument.Funds(new BigDecimal("20985500.00"), new BigDecimal("20950500.00"),
                        new BigDecimal("35000.00")),
                indicators);
    }

    /** The first project of the department's report as a project report of its own. */
    private static ReportDocument projectReport(ReportDocument d, int index) {
        return new ReportDocument(d.formatVersion(), ReportKind.PROJECT, d.year(), d.unit(), d.department(), null,
                null, null, null, null, null, null, null, List.of(d.projects().get(index)), null, null, null, null,
                null, null);
    }

    private static byte[] bytes(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Demo file missing: " + path, e);
        }
    }

    private ReportDocument document(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return json.readValue(in, ReportDocument.class);
        } catch (IOException e) {
            throw new IllegalStateException("Demo document missing: " + path, e);
        }
    }

    private <T> T as(String username, Role role, Supplier<T> work) {
        SecurityContext previous = contexts.getContext();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList(role.authority())));
        contexts.setContext(context);
        try {
            return work.get();
        } finally {
            contexts.setContext(previous);
        }
    }
}
