package cn.perfeval.notification.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.identity.Role;
import cn.perfeval.notification.NotificationInfo;
import cn.perfeval.notification.NotificationService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * The bell in the top bar: the number of unread notifications on a badge, refreshed at every
 * navigation; a click opens the latest notifications, and a click on one marks it read and opens
 * the report's page.
 */
class NotificationBell extends Div {

    private final NotificationService notifications;
    private final Role role;
    final Button bell = new Button(VaadinIcon.BELL.create());
    final Span badge = new Span();
    final Popover popover = new Popover();
    final VerticalLayout list = new VerticalLayout();
    private Registration navigation;

    NotificationBell(NotificationService notifications, Role role) {
        this.notifications = notifications;
        this.role = role;
        setId("notifications");
        getStyle().set("position", "relative").set("display", "inline-flex");
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.TERTIARY);
        bell.setAriaLabel(getTranslation("notification.bell"));
        badge.setId("notification-count");
        badge.getStyle().set("position", "absolute").set("top", "0").set("right", "0")
                .set("min-width", "1.3em").set("padding", "0 0.3em").set("border-radius", "1em")
                .set("background", "var(--lumo-error-color)").set("color", "var(--lumo-error-contrast-color)")
                .set("font-size", "var(--lumo-font-size-xxs)").set("text-align", "center")
                .set("pointer-events", "none");
        list.setId("notification-list");
        list.setPadding(false);
        list.setSpacing(false);
        list.setWidth("24rem");
        list.getStyle().set("max-height", "60vh").set("overflow", "auto");
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.add(list);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                showList();
            }
        });
        add(bell, badge);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
        navigation = event.getUI().addAfterNavigationListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (navigation != null) {
            navigation.remove();
            navigation = null;
        }
    }

    /** Shows the number of unread notifications; no badge when there are none. */
    void refresh() {
        long unread = notifications.unreadCount();
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        bell.getElement().setAttribute("title", getTranslation("notification.unread", unread));
    }

    /** Fills the list with the latest notifications, unread ones in bold. */
    void showList() {
        list.removeAll();
        Button allRead = new Button(getTranslation("notification.mark-all-read"), e -> {
            notifications.markAllRead();
            refresh();
            showList();
        });
        allRead.setId("notification-mark-all-read");
        allRead.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        list.add(allRead);
        List<NotificationInfo> latest = notifications.latest(NotificationService.LATEST);
        if (latest.isEmpty()) {
            list.add(new Span(getTranslation("notification.none")));
        }
        for (NotificationInfo n : latest) {
            list.add(item(n));
        }
    }

    private Div item(NotificationInfo n) {
        Div item = new Div();
        item.setId("notification-" + n.id());
        item.setWidthFull();
        item.getStyle().set("cursor", "pointer").set("padding", "0.5em")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        Span text = new Span(getTranslation(n.message().key(), n.message().args()));
        if (!n.read()) {
            text.getStyle().set("font-weight", "600");
        }
        Span when = new Span(Formats.dateTime(n.createdAt()));
        when.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        item.add(text, when);
        item.addClickListener(e -> open(n));
        return item;
    }

    /** Marks the notification read and opens the page of its report. */
    void open(NotificationInfo n) {
        notifications.markRead(n.id());
        popover.close();
        refresh();
        getUI().ifPresent(ui -> ui.navigate(n.path(role)));
    }
}
