package cn.perfeval.notification;

import cn.perfeval.base.Messages;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails each stored notification to its recipient's address, when a mail server is set up
 * ({@code spring.mail.host}; Spring Boot then provides the {@link JavaMailSender}) and the
 * recipient has an address. Sending runs on a thread of its own after the notification is stored:
 * a slow or failing server delays and breaks nothing (a failure is logged).
 */
@Component
class NotificationMail {

    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final Messages messages;
    private final String from;
    private final String baseUrl;
    private final ExecutorService sending = Executors.newVirtualThreadPerTaskExecutor();

    NotificationMail(ObjectProvider<JavaMailSender> senders, Messages messages,
            @Value("${perfeval.mail.from:perfeval@localhost}") String from,
            @Value("${perfeval.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.senders = senders;
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** Sends the mails of the stored notifications, in the background; nothing without a mail server. */
    void send(List<Outgoing> outgoing, List<NotificationInfo> stored) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return;
        }
        for (int i = 0; i < outgoing.size(); i++) {
            Outgoing o = outgoing.get(i);
            if (o.email() == null) {
                continue;
            }
            NotificationInfo info = stored.get(i);
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(o.email());
            String text = messages.resolve(info.message(), Messages.DEFAULT_LOCALE);
            mail.setSubject(messages.get("notification.mail.subject", Messages.DEFAULT_LOCALE, text));
            mail.setText(text + "\n\n" + messages.get("notification.mail.open", Messages.DEFAULT_LOCALE,
                    baseUrl + info.path(o.role())));
            sending.execute(() -> {
                try {
                    sender.send(mail);
                } catch (MailException e) {
                    log.warn("Notification {} not mailed to {}: {}", info.id(), o.email(), e.getMessage());
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        sending.shutdown();
    }
}
