package cn.perfeval.workflow.ui;

import cn.perfeval.identity.Colleague;
import cn.perfeval.report.ReportAction;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * Delegate (委派) or transfer (转办) a review: choose a colleague of the same role and department or
 * region, add a comment. Closes once the handover went through; on a refusal it stays.
 */
class HandoverDialog extends Dialog {

    /** Carries out the handover; true when it went through. */
    interface Action {
        boolean run(String to, String comment);
    }

    HandoverDialog(ReportAction kind, List<Colleague> colleagues, Action action) {
        setHeaderTitle(getTranslation("action.handover.title." + kind.name()));
        setId("handover-dialog");
        ComboBox<Colleague> colleague = new ComboBox<>(getTranslation("action.handover.colleague"));
        colleague.setId("colleague");
        colleague.setItems(colleagues);
        colleague.setItemLabelGenerator(c -> c.displayName() + "（" + c.username() + "）");
        colleague.setRequired(true);
        colleague.setWidth("24em");
        TextArea comment = new TextArea(getTranslation("action.comment.optional"));
        comment.setId("handover-comment");
        comment.setWidth("24em");
        add(new VerticalLayout(colleague, comment));

        Button confirm = new Button(getTranslation("action.handover.confirm." + kind.name()), e -> {
            String to = colleague.getValue() == null ? null : colleague.getValue().username();
            if (action.run(to, comment.getValue())) {
                close();
            }
        });
        confirm.setId("confirm-handover");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("cancel-handover");
        getFooter().add(cancel, confirm);
    }
}
