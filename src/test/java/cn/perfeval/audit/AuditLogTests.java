package cn.perfeval.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.workflow.ReportWorkflow;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class AuditLogTests {

    @Autowired
    AuditLog audit;
    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    AsUser as;
    @Autowired
    MockMvc mvc;
    @Autowired
    cn.perfeval.identity.IdentityAdministration identity;
    @Autowired
    cn.perfeval.identity.Directory directory;

    @Test
    void every_move_of_a_report_is_recorded_with_its_user_and_object() {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.returnReport(id, "请补充", null));

        List<AuditRecord> mine = entriesFor("report:" + id);
        assertThat(mine).extracting(AuditRecord::event).containsExactly("REPORT_CREATE", "REPORT_SUBMIT",
                "REPORT_RETURN");
        assertThat(mine).extracting(AuditRecord::user).containsExactly("drafter", "drafter", "bureau");
        assertThat(mine.get(2).detail()).contains("BUREAU_REVIEW -> DRAFTING").contains("请补充");
    }

    @Test
    void a_successful_form_login_and_a_failed_one_are_recorded() throws Exception {
        mvc.perform(formLogin("/login").user("finance").password("Perfeval#2026"));
        mvc.perform(formLogin("/login").user("finance").password("guess"));
        List<AuditRecord> logins = as.call("auditor", () -> audit.recent(50)).stream()
                .filter(r -> r.event().equals("LOGIN") && "finance".equals(r.user())).toList();
        assertThat(logins).extracting(AuditRecord::outcome).contains("SUCCESS", "FAILURE");
    }

    @Test
    void a_refused_action_is_recorded_as_a_denial() throws Exception {
        mvc.perform(post("/api/reports/1/approve").with(httpBasic("drafter2", "Perfeval#2026")));
        assertThat(as.call("auditor", () -> audit.recent(20))).anyMatch(r -> r.event().equals("ACCESS_DENIED")
                && "drafter2".equals(r.user()) && r.object().equals("ReportWorkflow.approve"));
    }

    @Test
    void administrators_changes_are_recorded_with_who_made_them() {
        String name = "审计测试部门" + System.nanoTime();
        as.run("admin", () -> identity.createDepartment(directory.departmentNamed("米易县医疗保障局").orElseThrow()
                .regionId(), name, "事业单位"));
        assertThat(as.call("auditor", () -> audit.recent(20))).anyMatch(r -> r.event().equals("ORGANISATION_CREATE")
                && "admin".equals(r.user()) && r.object().equals("department:" + name));
    }

    @Test
    void a_lock_after_repeated_failed_logins_is_recorded() throws Exception {
        String user = "lock" + System.nanoTime() % 1_000_000;
        long department = directory.departmentNamed("米易县医疗保障局").orElseThrow().id();
        as.run("admin", () -> identity.createUser(user, "锁定测试", "Perfeval#2026", cn.perfeval.identity.Role.DRAFTER,
                department, null));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(user).password("wrong-" + i));
        }
        assertThat(as.call("auditor", () -> audit.recent(30))).anyMatch(r -> r.event().equals("ACCOUNT_LOCK")
                && r.object().equals("user:" + user));
    }

    @Test
    void only_the_auditor_reads_the_log() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as.call("admin", () -> audit.recent(1)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private List<AuditRecord> entriesFor(String object) {
        List<AuditRecord> newestFirst = as.call("auditor", () -> audit.recent(500)).stream()
                .filter(r -> object.equals(r.object())).toList();
        return newestFirst.reversed();
    }
}
