package cn.perfeval.report.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportHistoryEntry;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/**
 * The timeline of a report's route, oldest first: for each step an icon and colour by action,
 * who did it and when (China Standard Time), the status it moved the report from and to, the
 * round, and the comment given.
 */
public class HistoryList extends Div {

    public HistoryList(List<ReportHistoryEntry> entries) {
        setId("history");
        addClassName("history-timeline");
        getStyle().set("display", "flex").set("flex-direction", "column").set("width", "100%");
        if (entries.isEmpty()) {
            Span none = new Span(getTranslation("history.empty"));
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(none);
        }
        for (int i = 0; i < entries.size(); i++) {
            add(entry(entries.get(i), i == entries.size() - 1));
        }
    }

    private Div entry(ReportHistoryEntry e, boolean last) {
        String colour = colour(e.action());
        Icon icon = icon(e.action()).create();
        icon.setSize("14px");
        icon.getStyle().set("color", "var(--lumo-base-color, #fff)");
        Div dot = new Div(icon);
        dot.getStyle().set("width", "26px").set("height", "26px").set("border-radius", "50%")
                .set("background", colour).set("display", "flex").set("align-items", "center")
                .set("justify-content", "center").set("flex", "none");
        Div line = new Div();
        line.getStyle().set("flex", "1").set("width", "2px").set("background", "var(--lumo-contrast-20pct)")
                .set("visibility", last ? "hidden" : "visible");
        Div rail = new Div(dot, line);
        rail.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center")
                .set("flex", "none");

        Span action = new Span(action(e));
        action.addClassName("history-action");
        action.getStyle().set("font-weight", "600").set("color", colour);
        Span who = new Span(e.user());
        who.addClassName("history-user");
        Span when = new Span(Formats.dateTime(e.at()));
        when.addClassName("history-at");
        when.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span round = new Span(getTranslation("history.round.label", e.round()));
        round.addClassName("history-round");
        round.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("padding", "0 var(--lumo-space-xs)")
                .set("border-radius", "var(--lumo-border-radius-s)").set("background", "var(--lumo-contrast-10pct)");
        Div head = new Div(action, who, when, round);
        head.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "baseline");

        Span status = new Span((e.fromStatus() == null ? "" : getTranslation("status." + e.fromStatus().name()) + " → ")
                + getTranslation("status." + e.toStatus().name()));
        status.addClassName("history-status");
        status.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Div body = new Div(head, status);
        body.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "2px")
                .set("padding-bottom", "var(--lumo-space-m)").set("min-width", "0");
        if (e.comment() != null && !e.comment().isBlank()) {
            Div comment = new Div(e.comment());
            comment.addClassName("history-comment");
            comment.getStyle().set("white-space", "pre-wrap").set("border-left", "3px solid " + colour)
                    .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                    .set("background", "var(--lumo-contrast-5pct)");
            body.add(comment);
        }

        Div row = new Div(rail, body);
        row.addClassName("history-entry");
        row.getElement().setAttribute("data-action", e.action().name());
        row.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "stretch");
        return row;
    }

    private static VaadinIcon icon(ReportAction action) {
        return switch (action) {
            case CREATE -> VaadinIcon.FILE_ADD;
            case SUBMIT -> VaadinIcon.PAPERPLANE;
            case WITHDRAW -> VaadinIcon.ARROW_BACKWARD;
            case PASS -> VaadinIcon.CHECK;
            case APPROVE -> VaadinIcon.CHECK_CIRCLE;
            case RETURN -> VaadinIcon.REPLY;
            case SCHEDULE_PUBLICATION -> VaadinIcon.CLOCK;
            case PUBLISH -> VaadinIcon.GLOBE;
            case DELEGATE, TRANSFER -> VaadinIcon.USER_CHECK;
            case CLAIM -> VaadinIcon.HAND;
            case REPLACE -> VaadinIcon.UPLOAD;
            case RESOLVE -> VaadinIcon.REPLY_ALL;
        };
    }

    private static String colour(ReportAction action) {
        return switch (action) {
            case CREATE, WITHDRAW, REPLACE -> "var(--lumo-contrast-60pct, #6b7280)";
            case SUBMIT, SCHEDULE_PUBLICATION -> "var(--lumo-primary-color, #1a73e8)";
            case PASS, APPROVE, PUBLISH -> "var(--lumo-success-color, #2e7d32)";
            case RETURN -> "var(--lumo-error-color, #d93025)";
            case DELEGATE, RESOLVE, TRANSFER, CLAIM -> "var(--lumo-contrast-60pct, #6b7280)";
        };
    }

    /** The action's name, with the colleague it went to and where a return asked the report to go next. */
    private String action(ReportHistoryEntry e) {
        String text = getTranslation(e.action().labelKey());
        if (e.otherUser() != null) {
            text += getTranslation("history.to-user", e.otherUser());
        }
        if (e.note() != null) {
            text += getTranslation("history.note", getTranslation(e.note().labelKey()));
        }
        return text;
    }
}
