package cn.perfeval.review.ui;

import cn.perfeval.review.PinAnchor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;

/** A pin's anchor as a small clickable chip (收入表 · 21013 · 合计): a click asks the screen to show the place. */
final class PinChip {

    private PinChip() {
    }

    static Button of(PinAnchor pin, Consumer<PinAnchor> onShow, String id) {
        Button chip = new Button(VaadinIcon.PIN.create(), e -> onShow.accept(pin));
        chip.setText(label(pin, chip));
        chip.setId(id);
        chip.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        chip.getStyle().set("background", "var(--lumo-contrast-5pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("margin", "0");
        return chip;
    }

    /** The anchor in words: the part, the row, and the column where the bundles name it. */
    static String label(PinAnchor pin, Component in) {
        StringBuilder where = new StringBuilder(in.getTranslation("review.part." + pin.part()));
        if (pin.row() != null) {
            where.append(" · ").append(pin.row());
        }
        if (pin.column() != null) {
            String key = "findings.column." + pin.column();
            String label = in.getTranslation(key);
            where.append(" · ").append(key.equals(label) ? pin.column() : label);
        }
        return where.toString();
    }
}
