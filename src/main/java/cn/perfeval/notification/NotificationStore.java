package cn.perfeval.notification;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Gathers and writes notifications in a transaction of their own, once the change they tell of has committed. */
@Component
class NotificationStore {

    private final UserNotificationRepository notifications;

    NotificationStore(UserNotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Stored save(Supplier<List<Outgoing>> gather) {
        List<Outgoing> outgoing = gather.get();
        return new Stored(outgoing, notifications.saveAll(outgoing.stream().map(Outgoing::notification).toList())
                .stream().map(UserNotification::info).toList());
    }

    /** What was written: the notifications with their addresses, and as their recipients read them. */
    record Stored(List<Outgoing> outgoing, List<NotificationInfo> infos) {
    }
}
