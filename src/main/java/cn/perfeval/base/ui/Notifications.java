package cn.perfeval.base.ui;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.base.PerfevalException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

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

    /**
     * A refusal in the user's words: each field at fault by its place and what is wrong there, never
     * by its path; a sentence the reason already says is not repeated; a single problem of the input
     * is said first, with the note that nothing was stored.
     */
    public static Notification error(PerfevalException e) {
        UI ui = UI.getCurrent();
        return error(text(e, (key, args) -> ui.getTranslation(key, args)));
    }

    /** The text {@link #error(PerfevalException)} shows, translated by {@code translation}. */
    public static String text(PerfevalException e, BiFunction<String, Object[], String> translation) {
        String reason = translate(e.localized(), translation);
        List<FieldProblem> problems = e instanceof InvalidInputException invalid ? invalid.problems()
                : e instanceof ActionRefusedException refused ? refused.problems() : List.of();
        Set<String> lines = new LinkedHashSet<>();
        for (FieldProblem problem : problems) {
            String line = translate(problem.text(), translation);
            if (!line.equals(reason)) {
                lines.add(line);
            }
        }
        if (lines.isEmpty()) {
            return reason;
        }
        if (e instanceof InvalidInputException && lines.size() == 1) {
            return lines.iterator().next() + "\n" + translation.apply("problem.nothing-stored", new Object[0]);
        }
        return reason + "\n" + String.join("\n", lines);
    }

    private static String translate(LocalizedMessage message, BiFunction<String, Object[], String> translation) {
        return translation.apply(message.key(), message.args());
    }
}
