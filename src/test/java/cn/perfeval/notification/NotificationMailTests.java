package cn.perfeval.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.audit.AuditLog;
import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.identity.IdentityAdministration;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.workflow.ReportWorkflow;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With a mail server set up, notifications also go out by mail; here to a real SMTP server (GreenMail). */
@SpringBootTest
@ActiveProfiles("test")
class NotificationMailTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("perfeval.mail.from", () -> "perfeval@miyi.example");
        registry.add("perfeval.mail.base-url", () -> "https://perfeval.miyi.example");
    }

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    IdentityAdministration identity;
    @Autowired
    AuditLog audit;
    @Autowired
    AsUser as;

    @Test
    void a_notification_is_also_mailed_to_the_recipients_address_and_the_address_change_is_audited()
            throws Exception {
        as.run("admin", () -> identity.setEmail("bureau", "wang.shenhe@miyi.example"));
        assertThat(as.call("auditor", () -> audit.recent(20))).anyMatch(r -> r.event().equals("EMAIL_CHANGE")
                && "admin".equals(r.user()) && r.object().equals("user:bureau"));

        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        as.run("drafter", () -> workflow.submit(id, null));

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> content(m).contains("bureau-review/" + id)).findFirst().orElseThrow();
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("wang.shenhe@miyi.example");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("perfeval@miyi.example");
        assertThat(mail.getSubject()).startsWith("【预算绩效自评】待办：米易县医疗保障局");
        assertThat(content(mail)).contains("https://perfeval.miyi.example/bureau-review/" + id);
    }

    @Test
    void an_address_must_look_like_one_and_each_administrator_keeps_only_their_own_users() {
        assertThatThrownBy(() -> as.run("admin", () -> identity.setEmail("drafter", "not an address")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as.run("admin", () -> identity.setEmail("auditor", "audit@miyi.example")))
                .isInstanceOf(ActionRefusedException.class);
        as.run("security", () -> identity.setEmail("admin", "admin@miyi.example"));
    }

    private static String content(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
