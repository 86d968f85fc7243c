package cn.perfeval.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.audit.AuditTampering;
import cn.perfeval.audit.AuditVerification;
import cn.perfeval.audit.AuditVerification.Break;
import cn.perfeval.audit.AuditVerification.Kind;
import cn.perfeval.audit.AuditVerifier;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.workflow.ReportWorkflow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;

/**
 * The audit chain verifies after sign-ins and a whole route on the database under test, and still
 * names a line edited in the database. Each database test class runs it with its own profiles.
 */
abstract class AuditChainAfterRoute {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    AsUser as;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    AuthenticationEventPublisher loginFailures;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ApplicationContext context;

    @Test
    void the_audit_chain_verifies_after_sign_ins_and_a_whole_route_and_names_an_edited_line() {
        for (String user : List.of("drafter", "bureau", "finance")) {
            events.publishEvent(new InteractiveAuthenticationSuccessEvent(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()), getClass()));
        }
        loginFailures.publishAuthenticationFailure(new BadCredentialsException("wrong"),
                UsernamePasswordAuthenticationToken.unauthenticated("finance2", "wrong"));
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, "同意，𠀀"));
        as.run("finance", () -> workflow.returnReport(id, "请补充绩效指标完成值", null));
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));
        as.run("finance", () -> workflow.approve(id, null));
        assertThat(as.call("drafter", () -> workflow.publish(id)).status()).isEqualTo(ReportStatus.PUBLISHED);

        long lines = jdbc.queryForObject("select count(*) from audit_entry where seq > (select anchor_seq from "
                + "audit_chain)", Long.class);
        assertThat(lines).isGreaterThanOrEqualTo(12);
        AuditVerification intact = as.call("auditor", () -> verifier.verify());
        assertThat(intact.breaks()).isEmpty();
        assertThat(intact.checked()).isEqualTo(lines);

        long seq = jdbc.queryForObject("select max(seq) from audit_entry where event = 'LOGIN'", Long.class);
        String original = jdbc.queryForObject("select username from audit_entry where seq = ?", String.class, seq);
        jdbc.update("update audit_entry set username = ? where seq = ?", "auditor", seq);
        try {
            assertThat(as.call("auditor", () -> verifier.verify()).breaks())
                    .containsExactly(new AuditVerification.Break(seq, AuditVerification.Kind.CHANGED));
        } finally {
            jdbc.update("update audit_entry set username = ? where seq = ?", original, seq);
        }
        assertThat(as.call("auditor", () -> verifier.verify()).intact()).isTrue();
    }

    @Test
    void the_database_user_cannot_insert_edit_delete_or_cut_back_the_audit_log_unnoticed() {
        AuditTampering tampering = new AuditTampering(jdbc, context);
        signIn("drafter", "bureau", "finance");
        assertThat(breaks()).as("the untouched log").isEmpty();
        List<Map<String, Object>> lines = tampering.lines();
        Map<String, Object> head = tampering.head();
        long login = jdbc.queryForObject("select max(seq) from audit_entry where event = 'LOGIN'", Long.class) - 1;

        long forged = tampering.forgeAppend("finance", "APPROVE", "审批通过");
        assertThat(breaks()).as("a line appended with a correct hash and link")
                .containsExactly(new Break(forged, Kind.INSERTED), new Break(forged, Kind.HEAD_FORGED));
        tampering.restore(lines, head);
        assertThat(breaks()).isEmpty();

        tampering.editAndRehash(login, "篡改");
        assertThat(breaks()).as("a line edited, its hash and every later one recomputed")
                .contains(new Break(login, Kind.CHANGED)).extracting(Break::kind)
                .containsOnly(Kind.CHANGED, Kind.HEAD_FORGED).containsOnlyOnce(Kind.CHANGED);
        tampering.restore(lines, head);

        jdbc.update("delete from audit_entry where seq = ?", login);
        assertThat(breaks()).as("a deleted line").contains(new Break(login, Kind.MISSING));
        tampering.restore(lines, head);

        // The head as it was (a state it really had, copied earlier), three more lines, then the log cut back to it.
        signIn("drafter", "bureau", "finance");
        List<Map<String, Object>> longer = tampering.lines();
        Map<String, Object> later = tampering.head();
        long last = ((Number) later.get("LAST_SEQ")).longValue();
        jdbc.update("delete from audit_entry where seq > ?", head.get("LAST_SEQ"));
        tampering.restore(tampering.lines(), head);
        assertThat(breaks()).as("the end cut off and the head rewound to a state it had")
                .containsExactly(new Break(last, Kind.TRUNCATED));

        jdbc.update("delete from audit_entry");
        assertThat(breaks()).as("the table emptied").contains(new Break(last, Kind.TRUNCATED));
        tampering.restore(longer, later);
        assertThat(breaks()).isEmpty();
    }

    private void signIn(String... users) {
        for (String user : users) {
            events.publishEvent(new InteractiveAuthenticationSuccessEvent(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()), getClass()));
        }
    }

    private List<Break> breaks() {
        return as.call("auditor", () -> verifier.verify()).breaks();
    }
}
