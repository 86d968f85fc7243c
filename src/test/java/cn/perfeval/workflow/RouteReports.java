package cn.perfeval.workflow;

import cn.perfeval.identity.Directory;
import cn.perfeval.identity.IdentityAdministration;
import cn.perfeval.identity.Role;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestAccounts;
import cn.perfeval.support.TestDocuments;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Reports of 米易县医疗保障局 placed at a step of their route, and reviewers outside its department
 * or region, for the route's tests. The reports are project and transfer-payment reports of 2021,
 * each for a project of its own name, so that they never take a year another test needs.
 */
@Component
public class RouteReports {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final AtomicInteger USERS = new AtomicInteger(1);
    private static final List<ReportKind> KINDS = List.of(ReportKind.TRANSFER_PAYMENT, ReportKind.PROJECT);
    private static final int YEAR = 2021;

    private final ReportService reports;
    private final ReportWorkflow workflow;
    private final IdentityAdministration identity;
    private final Directory directory;
    private final AsUser as;

    RouteReports(ReportService reports, ReportWorkflow workflow, IdentityAdministration identity,
            Directory directory, AsUser as) {
        this.reports = reports;
        this.workflow = workflow;
        this.identity = identity;
        this.directory = directory;
        this.as = as;
    }

    /** A new report in drafting, imported by the demo drafter. */
    public long drafting() {
        int n = NEXT.getAndIncrement();
        ReportKind kind = KINDS.get(Math.floorMod(n, KINDS.size()));
        return as.call("drafter", () -> reports.importDocument(of(kind, n))).id();
    }

    /** A new report submitted by the drafter, waiting for the bureau. */
    public long inBureauReview() {
        long id = drafting();
        as.run("drafter", () -> workflow.submit(id, null));
        return id;
    }

    /** A new report passed by the bureau, waiting for finance sign-off. */
    public long atFinanceSignOff() {
        long id = inBureauReview();
        as.run("bureau", () -> workflow.pass(id, null));
        return id;
    }

    /** A new bureau reviewer of 米易县财政局: same role and region as the demo bureau, another department. */
    public String bureauOfAnotherDepartment() {
        String username = "bureau-other" + USERS.getAndIncrement();
        long department = directory.departmentNamed("米易县财政局").orElseThrow().id();
        as.run("admin", () -> identity.createUser(username, "测试局审核 " + username, TestAccounts.PASSWORD,
                Role.BUREAU_REVIEWER, department, null));
        return username;
    }

    /** A new finance reviewer of a new region: same role as the demo finance, another region. */
    public String financeOfAnotherRegion() {
        int n = USERS.getAndIncrement();
        String username = "finance-other" + n;
        as.run("admin", () -> {
            long region = identity.createRegion("测试县" + n + "-" + System.nanoTime());
            identity.createUser(username, "测试财政审核 " + username, TestAccounts.PASSWORD, Role.FINANCE_REVIEWER,
                    null, region);
        });
        return username;
    }

    private static ReportDocument of(ReportKind kind, int n) {
        ReportDocument d = TestDocuments.small(YEAR);
        return new ReportDocument(d.formatVersion(), kind, d.year(), d.unit(), d.department(), d.mainTasks(),
                d.income(), d.expenditure(), d.totals(), d.budget(), d.threePublicExpenses(), d.assets(),
                d.indicators(), d.projects(), d.scoring(), d.conclusion(), d.problems(), d.suggestions(),
                d.resultUse(), d.publication()).withProject("路由测试项目" + n + "-" + System.nanoTime());
    }
}
