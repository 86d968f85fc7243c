package cn.perfeval.workflow;

import cn.perfeval.base.ActionRefusedException;
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
 * or region, for the route's tests. The reports use the years 2000 to 2029 (not 2022, the demo's)
 * in each of the three kinds, apart from the years other tests draw, and skip a year a report of
 * the same kind already holds in this test context's database.
 */
@Component
public class RouteReports {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final AtomicInteger USERS = new AtomicInteger(1);
    private static final List<ReportKind> KINDS = List.of(ReportKind.TRANSFER_PAYMENT, ReportKind.PROJECT,
            ReportKind.DEPARTMENT_OVERALL);

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
        for (int attempt = 0; attempt < 200; attempt++) {
            int n = NEXT.getAndIncrement();
            ReportKind kind = KINDS.get(Math.floorMod(n, KINDS.size()));
            int year = 2000 + Math.floorMod(n / KINDS.size(), 30);
            if (year == 2022) {
                continue;
            }
            try {
                return as.call("drafter", () -> reports.importDocument(of(kind, year))).id();
            } catch (ActionRefusedException e) {
                if (!"error.report.exists".equals(e.localized().key())) {
                    throw e;
                }
            }
        }
        throw new IllegalStateException("No free year and kind left for a new report");
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

    private static ReportDocument of(ReportKind kind, int year) {
        ReportDocument d = TestDocuments.small(year);
        return new ReportDocument(d.formatVersion(), kind, d.year(), d.unit(), d.department(), d.mainTasks(),
                d.income(), d.expenditure(), d.totals(), d.budget(), d.threePublicExpenses(), d.assets(),
                d.indicators(), d.projects(), d.scoring(), d.conclusion(), d.problems(), d.suggestions(),
                d.resultUse(), d.publication());
    }
}
