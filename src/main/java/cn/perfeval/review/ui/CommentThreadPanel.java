package cn.perfeval.review.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.base.PerfevalException;
import cn.perfeval.base.ui.Notifications;
import cn.perfeval.review.CommentThread;
import cn.perfeval.review.PinAnchor;
import cn.perfeval.review.ReviewComment;
import cn.perfeval.review.ReviewComments;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A report's comment thread: the comments by round, newest round first, each with its answers; a
 * pin's place as a chip the user clicks to see it in the report; answer, resolve, reopen and edit
 * where the user may; a field for a new comment, and for a reviewer at its step "钉在当前位置",
 * which pins the comment to the place the screen reports as current (the selected row, or the
 * part chosen beside the button).
 */
public class CommentThreadPanel extends VerticalLayout {

    /** The place in the report the user has chosen now, given the part picked in the panel (or null). */
    @FunctionalInterface
    public interface CurrentPlace {
        Optional<PinAnchor> of(String chosenPart);
    }

    private final ReviewComments comments;
    private final long reportId;
    private final Consumer<PinAnchor> onShow;
    private final CurrentPlace currentPlace;
    private final VerticalLayout rounds = new VerticalLayout();
    private final VerticalLayout composer = new VerticalLayout();
    private final TextArea text = new TextArea();
    private final Select<String> part = new Select<>();
    private final Button add = new Button();
    private final Button pinHere = new Button();
    private Runnable onChange = () -> {
    };

    /**
     * @param onShow called with a pin's anchor when the user clicks its chip
     * @param currentPlace the place a new pin goes to; null where the screen has no report to pin to
     */
    public CommentThreadPanel(ReviewComments comments, long reportId, Consumer<PinAnchor> onShow,
            CurrentPlace currentPlace) {
        this.comments = comments;
        this.reportId = reportId;
        this.onShow = onShow;
        this.currentPlace = currentPlace;
        setId("comment-thread");
        setPadding(false);
        rounds.setPadding(false);
        rounds.setSpacing(false);
        composer.setPadding(false);
        composer.setSpacing(false);

        text.setId("new-comment");
        text.setPlaceholder(getTranslation("review.new.placeholder"));
        text.setMaxLength(ReviewComments.MAX_TEXT);
        text.setWidthFull();
        add.setText(getTranslation("review.add"));
        add.setId("add-comment");
        add.addClickListener(e -> change(() -> comments.comment(reportId, text.getValue()), "review.added", true));
        part.setId("pin-part");
        part.setEmptySelectionAllowed(true);
        part.setEmptySelectionCaption(getTranslation("review.pin.selected-row"));
        part.setItems(PinAnchor.PARTS);
        part.setItemLabelGenerator(p -> p == null ? getTranslation("review.pin.selected-row")
                : getTranslation("review.part." + p));
        part.setWidth("12em");
        pinHere.setText(getTranslation("review.pin-here"));
        pinHere.setIcon(VaadinIcon.PIN.create());
        pinHere.setId("pin-here");
        pinHere.addThemeVariants(ButtonVariant.PRIMARY);
        pinHere.addClickListener(e -> pin());
        HorizontalLayout buttons = new HorizontalLayout(add, part, pinHere);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        buttons.setWrap(true);
        composer.add(text, buttons);

        add(new H3(getTranslation("review.title")), composer, rounds);
        refresh();
    }

    /** Called after every change the user makes here (e.g. to refresh a list of open pins). */
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange == null ? () -> {
        } : onChange;
    }

    /** Reads the thread again and shows it. */
    public void refresh() {
        CommentThread thread = comments.thread(reportId);
        add.setVisible(thread.mayComment());
        boolean mayPin = thread.mayPin() && currentPlace != null;
        part.setVisible(mayPin);
        pinHere.setVisible(mayPin);
        composer.setVisible(thread.mayComment() || mayPin);
        rounds.removeAll();
        if (thread.comments().isEmpty()) {
            Span none = new Span(getTranslation("review.none"));
            none.setId("thread-empty");
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            rounds.add(none);
            return;
        }
        Map<Integer, List<ReviewComment>> byRound = new TreeMap<>(java.util.Comparator.reverseOrder());
        thread.comments().forEach(c -> byRound.computeIfAbsent(c.round(), r -> new java.util.ArrayList<>()).add(c));
        byRound.forEach((round, list) -> {
            H4 heading = new H4(getTranslation(round == thread.round() ? "review.round.current" : "review.round",
                    round));
            heading.setId("round-" + round);
            rounds.add(heading);
            list.forEach(c -> rounds.add(card(c, thread.mayAnswer())));
        });
    }

    private Component card(ReviewComment c, boolean mayAnswer) {
        Div card = new Div();
        card.setId("comment-" + c.id());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)")
                .set("margin-bottom", "var(--lumo-space-s)").set("width", "100%").set("box-sizing", "border-box");
        HorizontalLayout top = new HorizontalLayout();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setWrap(true);
        top.setSpacing(true);
        if (c.pinned()) {
            top.add(PinChip.of(c.pin(), onShow, "pin-" + c.id()));
            Span state = new Span(c.open() ? getTranslation("review.open")
                    : getTranslation("review.resolved", c.resolvedBy(), Formats.dateTime(c.resolvedAt())));
            state.setId("state-" + c.id());
            state.addClassName("status-badge");
            state.getStyle().set("color", c.open() ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
            top.add(state);
        }
        top.add(byline(c));
        card.add(top, body(c));
        for (ReviewComment a : c.answers()) {
            Div answer = new Div(byline(a), body(a));
            answer.setId("comment-" + a.id());
            answer.getStyle().set("border-left", "3px solid var(--lumo-contrast-20pct)")
                    .set("padding-left", "var(--lumo-space-s)").set("margin", "var(--lumo-space-xs) 0 0 var(--lumo-space-m)");
            if (a.mayEdit()) {
                answer.add(editor(a));
            }
            card.add(answer);
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        VerticalLayout inline = new VerticalLayout();
        inline.setPadding(false);
        if (mayAnswer) {
            actions.add(small("review.answer", "answer-" + c.id(), () -> {
                inline.removeAll();
                inline.add(composer("answer-text-" + c.id(), "send-answer-" + c.id(), null,
                        value -> change(() -> comments.answer(reportId, c.id(), value), "review.answered", false)));
            }));
        }
        if (c.mayResolve() && c.open()) {
            Button resolve = small("review.resolve", "resolve-" + c.id(),
                    () -> change(() -> comments.resolve(reportId, c.id()), "review.resolved.done", false));
            resolve.addThemeVariants(ButtonVariant.SUCCESS);
            actions.add(resolve);
        }
        if (c.mayResolve() && !c.open()) {
            actions.add(small("review.reopen", "reopen-" + c.id(),
                    () -> change(() -> comments.reopen(reportId, c.id()), "review.reopened", false)));
        }
        if (c.mayEdit()) {
            actions.add(small("review.edit", "edit-" + c.id(), () -> {
                inline.removeAll();
                inline.add(composer("edit-text-" + c.id(), "save-edit-" + c.id(), c.text(),
                        value -> change(() -> comments.edit(reportId, c.id(), value), "review.edited", false)));
            }));
        }
        if (actions.getComponentCount() > 0) {
            card.add(actions, inline);
        }
        return card;
    }

    /** An edit button for an answer: the answer's own text in place. */
    private Component editor(ReviewComment a) {
        VerticalLayout inline = new VerticalLayout();
        inline.setPadding(false);
        Button edit = small("review.edit", "edit-" + a.id(), () -> {
            inline.removeAll();
            inline.add(composer("edit-text-" + a.id(), "save-edit-" + a.id(), a.text(),
                    value -> change(() -> comments.edit(reportId, a.id(), value), "review.edited", false)));
        });
        return new Div(edit, inline);
    }

    private Component composer(String textId, String sendId, String value, Consumer<String> send) {
        TextArea area = new TextArea();
        area.setId(textId);
        area.setWidthFull();
        area.setMaxLength(ReviewComments.MAX_TEXT);
        area.setValue(value == null ? "" : value);
        Button ok = new Button(getTranslation("review.send"), e -> send.accept(area.getValue()));
        ok.setId(sendId);
        ok.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        VerticalLayout box = new VerticalLayout(area, ok);
        box.setPadding(false);
        box.setSpacing(false);
        return box;
    }

    private Component byline(ReviewComment c) {
        String text = c.author() + "（" + getTranslation("role." + c.authorRole().name()) + "） "
                + Formats.dateTime(c.at()) + (c.editedAt() == null ? "" : " " + getTranslation("review.edited-mark"));
        Span by = new Span(text);
        by.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return by;
    }

    private Component body(ReviewComment c) {
        Div body = new Div(c.text());
        body.setId("text-" + c.id());
        body.getStyle().set("white-space", "pre-wrap").set("margin", "var(--lumo-space-xs) 0");
        return body;
    }

    private Button small(String key, String id, Runnable action) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return b;
    }

    private void pin() {
        Optional<PinAnchor> at = currentPlace.of(part.getValue());
        if (at.isEmpty()) {
            Notifications.error(getTranslation("review.pin.no-place"));
            return;
        }
        change(() -> comments.pin(reportId, text.getValue(), at.get()), "review.pinned", true);
    }

    /** Runs a change; on success says so, clears what was typed and shows the thread again; on refusal says why. */
    private void change(Supplier<ReviewComment> action, String successKey, boolean clearText) {
        try {
            ReviewComment done = action.get();
            Notifications.success(getTranslation(successKey, done.pin() == null ? "" : PinChip.label(done.pin(), this)));
            if (clearText) {
                text.clear();
                part.clear();
            }
            refresh();
            onChange.run();
        } catch (PerfevalException e) {
            Notifications.error(e);
        }
    }
}
