package cn.perfeval.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * Money cells that say what is wrong instead of swallowing it. Vaadin's number field drops any
 * key that is not a digit without a word; here only separators are kept out (a pasted
 * {@code 1,234.56} still reads as 1234.56), so letters stay visible and the cell is marked invalid
 * with a message. A negative amount is asked about before it is kept: it is legal in a few rows
 * (e.g. 结转结余 adjustments) but is usually a slip.
 */
public final class MoneyInputs {

    /** Any character but separators and spaces, which are left out silently as before. */
    static final String ALLOWED = "[^,，\\s]";

    private MoneyInputs() {
    }

    /** Letters typed into the cell stay and mark it invalid with a message; returns the field. */
    public static BigDecimalField refuseLetters(BigDecimalField field) {
        field.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage(field.getTranslation("money.input.not-a-number")));
        field.getElement().setProperty("allowedCharPattern", ALLOWED);
        // the web component sets its own pattern of digits whenever its decimal separator is set,
        // which may come after attaching: the pattern is set again each time the cell takes the focus
        field.addAttachListener(e -> field.getElement().executeJs(
                "this.allowedCharPattern = $0;"
                        + "if (!this.__moneyPattern) { this.__moneyPattern = true;"
                        + " this.addEventListener('focusin', () => { this.allowedCharPattern = $0; }); }",
                ALLOWED));
        return field;
    }

    /**
     * A negative amount typed by the user is kept only once the user confirms it; otherwise the
     * cell goes back to what it held. {@code shown} writes an amount as the page shows it.
     */
    public static BigDecimalField confirmNegative(BigDecimalField field, Function<BigDecimal, String> shown) {
        field.addValueChangeListener(e -> {
            BigDecimal value = e.getValue();
            if (!e.isFromClient() || value == null || value.signum() >= 0) {
                return;
            }
            BigDecimal before = e.getOldValue();
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setId("negative-confirm");
            dialog.setHeader(field.getTranslation("money.negative.header"));
            dialog.setText(field.getTranslation("money.negative.text", shown.apply(value)));
            dialog.setConfirmText(field.getTranslation("money.negative.keep"));
            dialog.setCancelable(true);
            dialog.setCancelText(field.getTranslation("money.negative.undo"));
            dialog.addCancelListener(c -> {
                field.setValue(before);
                field.focus();
            });
            dialog.open();
        });
        return field;
    }
}
