package cn.perfeval.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The question asked before a step that cannot be taken back (公开, 批量审批, 提交 with warnings):
 * what the step will do in the dialog's body, a confirm button named after the step, and a
 * cancel that changes nothing.
 */
final class Confirmations {

    private Confirmations() {
    }

    /**
     * A dialog whose confirm button ({@code confirmId}) closes it and runs {@code onConfirm}; the
     * caller adds the body and opens it.
     */
    static ConfirmDialog dialog(String id, String header, String confirmText, String confirmId, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(id);
        dialog.setHeader(header);
        dialog.setCancelable(true);
        dialog.setCancelText(dialog.getTranslation("confirm.cancel"));
        Button confirm = new Button(confirmText, e -> {
            dialog.close();
            onConfirm.run();
        });
        confirm.setId(confirmId);
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.setConfirmButton(confirm);
        return dialog;
    }
}
