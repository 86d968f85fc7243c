package cn.perfeval.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.notification.NotificationInfo;
import cn.perfeval.notification.NotificationService;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import cn.perfeval.workflow.ReportWorkflow;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class NotificationBellTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    NotificationService notifications;
    @Autowired
    AsUser as;

    @BeforeEach
    void a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    @WithUserDetails("bureau")
    void the_bell_counts_the_unread_notifications_and_a_click_on_one_opens_its_step_and_marks_it_read() {
        long id = submitted();
        UI.getCurrent().navigate("");
        NotificationBell bell = bell();
        long unread = notifications.unreadCount();
        assertThat(unread).isPositive();
        assertThat(bell.badge.isVisible()).isTrue();
        assertThat(bell.badge.getText()).isEqualTo(String.valueOf(Math.min(unread, 99)));

        bell.popover.open();
        NotificationInfo mine = notifications.latest(NotificationService.LATEST).stream()
                .filter(n -> Long.valueOf(id).equals(n.reportId())).findFirst().orElseThrow();
        Div item = find(Div.class).id("notification-" + mine.id());
        assertThat(item.getElement().getTextRecursively()).contains("待办：米易县医疗保障局").contains("“局审核”环节");
        ComponentUtil.fireEvent(item, new ClickEvent<>(item));

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("bureau-review/" + id);
        assertThat(notifications.latest(NotificationService.LATEST)).filteredOn(n -> n.id() == mine.id())
                .singleElement().satisfies(n -> assertThat(n.read()).isTrue());
        assertThat(bell().badge.getText()).isEqualTo(String.valueOf(Math.min(unread - 1, 99)));
    }

    @Test
    @WithUserDetails("bureau")
    void marking_all_read_empties_the_badge_and_a_new_notification_shows_at_the_next_navigation() {
        submitted();
        UI.getCurrent().navigate("");
        bell().popover.open();
        test(find(Button.class).id("notification-mark-all-read")).click();
        assertThat(notifications.unreadCount()).isZero();
        assertThat(bell().badge.isVisible()).isFalse();

        submitted();
        assertThat(bell().badge.isVisible()).isFalse(); // no push: the count waits for a navigation
        UI.getCurrent().navigate("reports");
        assertThat(bell().badge.isVisible()).isTrue();
        assertThat(bell().badge.getText()).isEqualTo("1");
    }

    private long submitted() {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        as.run("drafter", () -> workflow.submit(id, null));
        return id;
    }

    private NotificationBell bell() {
        return (NotificationBell) find(Div.class).id("notifications");
    }
}
