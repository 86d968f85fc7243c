package cn.perfeval.notification;

import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers what a listener gathered: the notifications are stored in a transaction of their own,
 * then mailed. A failure is logged, never passed on to the action that caused it.
 */
@Component
class NotificationDelivery {

    private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

    private final NotificationStore store;
    private final NotificationMail mail;

    NotificationDelivery(NotificationStore store, NotificationMail mail) {
        this.store = store;
        this.mail = mail;
    }

    void deliver(String what, Supplier<List<Outgoing>> gather) {
        try {
            NotificationStore.Stored stored = store.save(gather);
            mail.send(stored.outgoing(), stored.infos());
        } catch (RuntimeException ex) {
            log.warn("No notifications for {}: {}", what, ex.toString());
        }
    }
}
