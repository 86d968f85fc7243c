package cn.perfeval.workflow.ui;

import cn.perfeval.report.ReportAction;
import cn.perfeval.workflow.ReportWorkflow;
import cn.perfeval.workflow.TaskHolder;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of a review step's actions that hand the task to a colleague: 委派 and 转办 (each
 * choosing a colleague in a dialog), 办结委派 for the colleague a task was delegated to, and a note
 * saying who holds the task when the user does not.
 */
final class ReviewHandover {

    private ReviewHandover() {
    }

    /** The 委派 and 转办 buttons the user may press now. */
    static List<Component> buttons(StepView view, ReportWorkflow workflow, long reportId, Set<ReportAction> allowed) {
        List<Component> buttons = new ArrayList<>();
        for (ReportAction kind : List.of(ReportAction.DELEGATE, ReportAction.TRANSFER)) {
            if (!allowed.contains(kind)) {
                continue;
            }
            Button button = new Button(view.getTranslation(kind.labelKey()), e -> new HandoverDialog(kind,
                    workflow.colleagues(), (to, comment) -> view.run(() -> kind == ReportAction.DELEGATE
                            ? workflow.delegate(reportId, to, comment)
                            : workflow.transfer(reportId, to, comment), "action.done")).open());
            button.setId(kind.name().toLowerCase(java.util.Locale.ROOT));
            button.addThemeVariants(ButtonVariant.TERTIARY);
            buttons.add(button);
        }
        return buttons;
    }

    /** For the colleague a task was delegated to: a comment and 办结委派, with who gets it back. */
    static Component resolveBar(StepView view, ReportWorkflow workflow, long reportId, Optional<TaskHolder> holder) {
        TextArea comment = new TextArea(view.getTranslation("action.comment"));
        comment.setId("comment");
        comment.setWidth("30em");
        Button resolve = new Button(view.getTranslation(ReportAction.RESOLVE.labelKey()),
                e -> view.run(() -> workflow.resolve(reportId, comment.getValue()), "action.done"));
        resolve.setId("resolve");
        resolve.addThemeVariants(ButtonVariant.PRIMARY);
        Span hint = new Span(view.getTranslation("action.resolve.hint",
                holder.map(TaskHolder::delegatedBy).orElse("")));
        hint.setId("holder");
        HorizontalLayout bar = new HorizontalLayout(comment, resolve, hint);
        bar.setAlignItems(FlexComponent.Alignment.END);
        return bar;
    }

    /** Who holds the task, when someone in particular does; shown to those who cannot act on it. */
    static Optional<Component> holderNote(StepView view, Optional<TaskHolder> holder) {
        return holder.filter(h -> h.assignee() != null).map(h -> {
            Span note = new Span(h.delegated()
                    ? view.getTranslation("holder.delegated", h.assignee(), h.delegatedBy())
                    : view.getTranslation("holder.assigned", h.assignee()));
            note.setId("holder");
            return note;
        });
    }
}
