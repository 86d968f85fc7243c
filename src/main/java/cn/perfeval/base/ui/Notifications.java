package cn.perfeval.base.ui;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.PerfevalException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.stream.Collectors;

/** Tells the user, in their language, what happened. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.SUCCESS);
        return n;
    }

    public static Notification error(String text) {
        Notification n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
        return n;
    }

    /** A refusal with its reason and, where fields are at fault, each field's problem. */
    public static Notification error(PerfevalException e) {
        UI ui = UI.getCurrent();
        String text = ui.getTranslation(e.localized().key(), e.localized().args());
        List<FieldProblem> problems = e instanceof InvalidInputException invalid ? invalid.problems()
                : e instanceof ActionRefusedException refused ? refused.problems() : List.of();
        if (!problems.isEmpty()) {
            text += "\n" + problems.stream()
                    .map(p -> p.field() + "：" + ui.getTranslation(p.message().key(), p.message().args()))
                    .collect(Collectors.joining("\n"));
        }
        return error(text);
    }
}
