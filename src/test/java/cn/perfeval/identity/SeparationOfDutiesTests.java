package cn.perfeval.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.audit.AuditLog;
import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.identity.AccountEvents.RoleChanged;
import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestAccounts;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.tracking.TrackingService;
import cn.perfeval.workflow.ReportWorkflow;
import cn.perfeval.workflow.ReturnTarget;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * 三员分立: the system administrator (organisation and business users), the security
 * administrator (roles, password policy, locks, temporary passwords) and the auditor (the audit
 * log) each do their own work only, and none of them drafts, reviews or approves a report.
 */
@PortalTest
@RecordApplicationEvents
class SeparationOfDutiesTests {

    static final List<String> THREE = List.of("admin", "security", "auditor");

    @Autowired
    IdentityAdministration identity;
    @Autowired
    SecurityAdministration security;
    @Autowired
    Directory directory;
    @Autowired
    TrackingService tracking;
    @Autowired
    AuditLog audit;
    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AsUser as;
    @Autowired
    ApplicationEvents events;

    @Test
    void each_demo_administrator_holds_exactly_one_role_and_no_two_of_them_share_one() {
        assertThat(THREE).map(name -> users.loadUserByUsername(name).getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).toList())
                .containsExactly(List.of("ROLE_ADMIN"), List.of("ROLE_SECURITY_ADMIN"), List.of("ROLE_AUDITOR"));
        assertThat(EnumSet.allOf(Role.class).stream().filter(Role::isAdministrator))
                .containsExactlyInAnyOrder(Role.ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR);
    }

    @Test
    void the_system_administrator_keeps_the_organisation_and_creates_users_of_the_business_roles_only() {
        long region = as.call("admin", () -> identity.createRegion("测试区" + TestDocuments.freshYear()));
        long department = as.call("admin", () -> identity.createDepartment(region, "测试局" + TestDocuments.freshYear(),
                "行政单位"));
        as.run("admin", () -> identity.createUser("biz" + region, "业务用户", TestAccounts.PASSWORD, Role.DRAFTER,
                department, null));
        as.run("admin", () -> identity.createUser("fin" + region, "财政用户", TestAccounts.PASSWORD,
                Role.FINANCE_REVIEWER, null, region));
        for (Role administrator : List.of(Role.ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR)) {
            assertThatThrownBy(() -> as.run("admin", () -> identity.createUser("adm" + administrator, "管理员",
                    TestAccounts.PASSWORD, administrator, null, null))).as(administrator.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_security_administrator_creates_the_administrators_and_nothing_of_the_organisation() {
        String auditor2 = accounts.administrator("aud", Role.AUDITOR);
        assertThat(users.loadUserByUsername(auditor2).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_AUDITOR");
        long department = directory.departmentNamed(TestDocuments.MEDICAL).orElseThrow().id();
        assertThatThrownBy(() -> as.run("security", () -> identity.createUser("sd1", "填报", TestAccounts.PASSWORD,
                Role.DRAFTER, department, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("security", () -> identity.createRegion("安全区")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("security", () -> identity.createDepartment(1L, "安全局", "行政单位")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void every_role_change_is_the_security_administrators_and_the_organisation_follows_the_role() {
        String user = accounts.drafter("role");
        as.run("security", () -> security.changeRole(user, Role.BUREAU_REVIEWER));
        assertThat(role(user)).isEqualTo(Role.BUREAU_REVIEWER);
        assertThat(account(user).organisation()).isEqualTo(TestDocuments.MEDICAL);

        as.run("security", () -> security.changeRole(user, Role.FINANCE_REVIEWER));
        assertThat(account(user).organisation()).isEqualTo("米易县");

        as.run("security", () -> security.changeRole(user, Role.AUDITOR));
        assertThat(account(user).organisation()).isEmpty();
        assertThatThrownBy(() -> as.run("security", () -> security.changeRole(user, Role.DRAFTER)))
                .isInstanceOf(ActionRefusedException.class);

        assertThat(events.stream(RoleChanged.class)).containsExactly(
                new RoleChanged(user, Role.DRAFTER, Role.BUREAU_REVIEWER, "security"),
                new RoleChanged(user, Role.BUREAU_REVIEWER, Role.FINANCE_REVIEWER, "security"),
                new RoleChanged(user, Role.FINANCE_REVIEWER, Role.AUDITOR, "security"));
    }

    @Test
    void nobody_changes_their_own_role_and_nobody_but_the_security_administrator_changes_any() {
        String user = accounts.drafter("norole");
        assertThatThrownBy(() -> as.run("security", () -> security.changeRole("security", Role.ADMIN)))
                .isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.localized().key()).isEqualTo("error.account.not-yourself"));
        for (String other : List.of("admin", "auditor", "drafter", "bureau", "finance")) {
            assertThatThrownBy(() -> as.run(other, () -> security.changeRole(user, Role.ADMIN))).as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(role(user)).isEqualTo(Role.DRAFTER);
        assertThat(role("security")).isEqualTo(Role.SECURITY_ADMIN);
    }

    @Test
    void the_last_holder_of_an_administrator_role_keeps_it() {
        assertThatThrownBy(() -> as.run("security", () -> security.changeRole("admin", Role.DRAFTER)))
                .isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.localized().key()).isEqualTo("error.role.last-holder"));
        assertThat(role("admin")).isEqualTo(Role.ADMIN);
    }

    @Test
    void only_the_auditor_reads_the_audit_log_and_only_the_system_administrator_tracks_the_reports() {
        assertThatCode(() -> as.call("auditor", () -> audit.recent(1))).doesNotThrowAnyException();
        assertThatCode(() -> as.call("admin", () -> tracking.overview())).doesNotThrowAnyException();
        for (String name : List.of("admin", "security")) {
            assertThatThrownBy(() -> as.call(name, () -> audit.recent(1))).as(name)
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (String name : List.of("security", "auditor")) {
            assertThatThrownBy(() -> as.call(name, () -> tracking.overview())).as(name)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as.call(name, () -> identity.createRegion("区" + name))).as(name)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as.call("auditor", () -> security.accounts())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("auditor", () -> identity.createUser("aud-made", "x", TestAccounts.PASSWORD,
                Role.AUDITOR, null, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void none_of_the_three_administrators_drafts_reviews_approves_or_publishes_a_report() {
        long drafting = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        long inBureauReview = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        as.run("drafter", () -> workflow.submit(inBureauReview, null));
        long inFinanceReview = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        as.run("drafter", () -> workflow.submit(inFinanceReview, null));
        as.run("bureau", () -> workflow.pass(inFinanceReview, null));
        long approved = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        as.run("drafter", () -> workflow.submit(approved, null));
        as.run("bureau", () -> workflow.pass(approved, null));
        as.run("finance", () -> workflow.approve(approved, null));

        Map<String, Supplier<?>> work = new java.util.LinkedHashMap<>();
        work.put("import", () -> reports.importDocument(TestDocuments.small()));
        work.put("save", () -> reports.saveDraft(drafting, 0, TestDocuments.small()));
        work.put("submit", () -> workflow.submit(drafting, null));
        work.put("withdraw", () -> workflow.withdraw(inBureauReview, null));
        work.put("pass", () -> workflow.pass(inBureauReview, null));
        work.put("return (bureau)", () -> workflow.returnReport(inBureauReview, "退回", null));
        work.put("approve", () -> workflow.approve(inFinanceReview, null));
        work.put("return (finance)", () -> workflow.returnReport(inFinanceReview, "退回", ReturnTarget.DRAFTING));
        work.put("publish", () -> workflow.publish(approved));
        work.put("record a move", () -> reports.recordTransition(inFinanceReview, ReportAction.APPROVE,
                ReportStatus.APPROVED, null));

        int refusals = 0;
        for (String administrator : THREE) {
            for (var action : work.entrySet()) {
                assertThatThrownBy(() -> as.call(administrator, action.getValue()))
                        .as(administrator + " " + action.getKey()).isInstanceOf(AccessDeniedException.class);
                refusals++;
            }
            assertThat(as.call(administrator, () -> workflow.myTasks())).as(administrator).isEmpty();
        }
        assertThat(refusals).isEqualTo(30);
        assertThat(List.of(drafting, inBureauReview, inFinanceReview, approved))
                .map(id -> as.call("drafter", () -> reports.summary(id)).status())
                .containsExactly(ReportStatus.DRAFTING, ReportStatus.BUREAU_REVIEW, ReportStatus.FINANCE_REVIEW,
                        ReportStatus.APPROVED);
    }

    @Test
    void the_security_administrator_and_the_auditor_see_no_report() {
        for (String name : List.of("security", "auditor")) {
            assertThat(as.call(name, () -> reports.list(null, null, null))).as(name).isEmpty();
        }
    }

    private Role role(String username) {
        return account(username).role();
    }

    private Account account(String username) {
        return as.call("security", () -> security.accounts()).stream().filter(a -> a.username().equals(username))
                .findFirst().orElseThrow();
    }
}
