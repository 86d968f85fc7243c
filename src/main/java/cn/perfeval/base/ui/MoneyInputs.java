package cn.perfeval.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
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

    /** The class of money fields whose digits are grouped while they are not being edited. */
    static final String GROUPED = "money-grouped";
    private static final String GROUPING_INSTALLED = "perfeval.money-grouping";

    /**
     * Groups a money field's digits by thousands while the field is not being edited
     * ({@code 16,975,811.96}); while it has the focus it shows the plain number, so that what is
     * typed is the number itself. Only what the field shows changes: its value stays the plain
     * number. The browser does the grouping (one script per page, watching for such fields), so
     * no round trip stands between a click and the plain number.
     */
    static final String GROUPING_SCRIPT = """
            if (!window.perfevalMoneyGrouping) {
              const selector = 'vaadin-big-decimal-field.%s';
              const group = v => {
                const m = /^(-?)(\\d+)(\\.\\d*)?$/.exec(v == null ? '' : String(v));
                return m ? m[1] + m[2].replace(/\\B(?=(\\d{3})+(?!\\d))/g, ',') + (m[3] || '') : v;
              };
              const plainOf = f => f.value == null ? '' : String(f.value);
              const show = f => {
                const input = f.inputElement;
                if (!input || f.matches(':focus-within')) return;
                const plain = plainOf(f);
                const grouped = group(plain);
                if (input.value === plain && grouped !== plain) input.value = grouped;
              };
              const plainAgain = f => {
                const input = f.inputElement;
                if (!input) return;
                const plain = plainOf(f);
                if (input.value === plain || input.value !== group(plain)) return;
                const all = input.value.length > 0 && input.selectionStart === 0
                    && input.selectionEnd === input.value.length;
                const caret = input.value.slice(0, input.selectionStart ?? input.value.length).replace(/,/g, '').length;
                input.value = plain;
                if (all) input.select(); else input.setSelectionRange(caret, caret);
              };
              const install = f => {
                if (!f.__perfevalGrouped) {
                  f.__perfevalGrouped = true;
                  f.addEventListener('focusin', () => plainAgain(f));
                  f.addEventListener('focusout', () => setTimeout(() => show(f)));
                  f.addEventListener('value-changed', () => setTimeout(() => show(f)));
                }
                customElements.whenDefined('vaadin-big-decimal-field').then(() => requestAnimationFrame(() => show(f)));
              };
              const scan = n => {
                if (n.nodeType !== 1) return;
                if (n.matches(selector)) install(n);
                n.querySelectorAll(selector).forEach(install);
              };
              window.perfevalMoneyGrouping = { group };
              scan(document.body);
              new MutationObserver(records => records.forEach(r => {
                if (r.type !== 'attributes') r.addedNodes.forEach(scan);
                else if (r.target.matches(selector)) install(r.target);
              })).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
            }
            """.formatted(GROUPED);

    private MoneyInputs() {
    }

    /** Shows the field's digits grouped by thousands while it is not being edited (see {@link #GROUPING_SCRIPT}). */
    public static BigDecimalField groupDigitsWhenIdle(BigDecimalField field) {
        field.addClassName(GROUPED);
        field.addAttachListener(e -> installGrouping(e.getUI()));
        return field;
    }

    private static void installGrouping(UI ui) {
        if (ComponentUtil.getData(ui, GROUPING_INSTALLED) == null) {
            ComponentUtil.setData(ui, GROUPING_INSTALLED, Boolean.TRUE);
            ui.getPage().executeJs(GROUPING_SCRIPT);
        }
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
