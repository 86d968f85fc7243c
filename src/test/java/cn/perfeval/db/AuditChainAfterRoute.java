package cn.perfeval.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.audit.AuditVerification;
import cn.perfeval.audit.AuditVerifier;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.workflow.ReportWorkflow;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
}
