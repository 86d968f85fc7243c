package cn.perfeval.workflow.ui;

import cn.perfeval.workflow.ReturnTarget;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Finance's return: the reason, where the report goes back to (退回至 drafting or bureau review),
 * and whether the corrected report comes straight back to finance (修改后直接退回给我). The dialog
 * closes once the return went through; on a refusal it stays, with what was typed.
 */
class ReturnDialog extends Dialog {

    /** Carries out the return; true when it went through. */
    interface Action {
        boolean run(String reason, ReturnTarget to, boolean backToMe);
    }

    ReturnDialog(String reason, Action action) {
        setHeaderTitle(getTranslation("action.return"));
        setId("return-dialog");
        TextArea text = new TextArea(getTranslation("action.return.reason"));
        text.setId("return-reason");
        text.setRequired(true);
        text.setWidth("28em");
        text.setValue(reason == null ? "" : reason);
        RadioButtonGroup<ReturnTarget> target = new RadioButtonGroup<>(getTranslation("action.return-to"));
        target.setId("return-to");
        target.setItems(ReturnTarget.values());
        target.setItemLabelGenerator(t -> getTranslation("return-to." + t.name()));
        target.setValue(ReturnTarget.DRAFTING);
        Checkbox backToMe = new Checkbox(getTranslation("action.return-back-to-me"));
        backToMe.setId("back-to-me");
        add(new VerticalLayout(text, target, backToMe));

        Button confirm = new Button(getTranslation("action.return.confirm"), e -> {
            if (action.run(text.getValue(), target.getValue(), backToMe.getValue())) {
                close();
            } else {
                markIfMissing(text);
            }
        });
        confirm.setId("confirm-return");
        confirm.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("cancel-return");
        getFooter().add(cancel, confirm);
    }

    /** A return refused for want of a reason: the reason's field says so, and has the focus. */
    static void markIfMissing(TextArea reason) {
        if (reason.getValue() == null || reason.getValue().isBlank()) {
            reason.setErrorMessage(reason.getTranslation("error.return.reason-required"));
            reason.setInvalid(true);
            reason.focus();
        }
    }
}
