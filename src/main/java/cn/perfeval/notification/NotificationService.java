package cn.perfeval.notification;

import cn.perfeval.base.NotFoundException;
import cn.perfeval.identity.CurrentUser;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own notifications: how many are unread, the latest ones, marking them read. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    /** How many notifications the bell lists at most. */
    public static final int LATEST = 20;

    private final UserNotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(UserNotificationRepository notifications, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(me());
    }

    /** The user's latest notifications, newest first, read or not. */
    @Transactional(readOnly = true)
    public List<NotificationInfo> latest(int limit) {
        return notifications.findByRecipientOrderByCreatedAtDescIdDesc(me(), PageRequest.of(0, Math.max(1, limit)))
                .stream().map(UserNotification::info).toList();
    }

    /** Marks one of the user's notifications read; another user's is "not found". */
    public NotificationInfo markRead(long id) {
        UserNotification notification = notifications.findByIdAndRecipient(id, me())
                .orElseThrow(() -> new NotFoundException("error.notification.not-found", id));
        notification.markRead(clock.instant());
        return notification.info();
    }

    /** Marks all the user's notifications read; returns how many were unread. */
    public int markAllRead() {
        return notifications.markAllRead(me(), clock.instant());
    }

    private String me() {
        return currentUser.require().username();
    }
}
