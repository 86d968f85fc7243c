package cn.perfeval.notification.ui;

import cn.perfeval.base.ui.TopBarItem;
import cn.perfeval.identity.CurrentUser;
import cn.perfeval.notification.NotificationService;
import com.vaadin.flow.component.Component;
import org.springframework.core.annotation.Order;

/** Puts the notification bell in the portal's top bar. */
@org.springframework.stereotype.Component
@Order(100)
class NotificationBellItem implements TopBarItem {

    private final NotificationService notifications;
    private final CurrentUser currentUser;

    NotificationBellItem(NotificationService notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @Override
    public Component create() {
        return new NotificationBell(notifications, currentUser.require().role());
    }
}
