package cn.perfeval.notification;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes notifications in a transaction of their own, once the change they tell of has committed. */
@Component
class NotificationStore {

    private final UserNotificationRepository notifications;

    NotificationStore(UserNotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public List<NotificationInfo> save(List<Outgoing> outgoing) {
        return notifications.saveAll(outgoing.stream().map(Outgoing::notification).toList()).stream()
                .map(UserNotification::info).toList();
    }
}
