package cn.perfeval.checks.ui;

import cn.perfeval.checks.CheckReport;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Severity;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.Consumer;

/**
 * The findings in a line, for a bar that stays in view: how many errors and warnings stand, and
 * buttons to the previous and the next error (each brings its place in the report into view,
 * as a click on the finding does). Without errors the buttons go through the warnings.
 */
public class FindingsNavigator extends HorizontalLayout {

    private final Consumer<Finding> onSelect;
    private final Span summary = new Span();
    private final Span position = new Span();
    private final Button previous = new Button(VaadinIcon.ANGLE_UP.create());
    private final Button next = new Button(VaadinIcon.ANGLE_DOWN.create());
    private List<Finding> stops = List.of();
    private int at = -1;

    public FindingsNavigator(Consumer<Finding> onSelect) {
        this.onSelect = onSelect;
        setId("findings-nav");
        addClassName("findings-nav");
        setSpacing(false);
        setAlignItems(Alignment.CENTER);
        summary.setId("findings-nav-summary");
        position.setId("findings-nav-position");
        position.addClassName("findings-nav-position");
        previous.setId("findings-prev");
        next.setId("findings-next");
        for (Button b : List.of(previous, next)) {
            b.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        }
        previous.addClickListener(e -> go(-1));
        next.addClickListener(e -> go(1));
        add(summary, previous, position, next);
    }

    /** Shows the findings of a fresh run of the checks; the buttons start again from the first. */
    public void show(CheckReport report) {
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        summary.setText(errors + warnings == 0 ? getTranslation("findings.nav.none")
                : getTranslation("findings.nav.summary", errors, warnings));
        summary.getElement().getThemeList().clear();
        summary.getElement().getThemeList().add("badge");
        summary.getElement().getThemeList().add(errors > 0 ? "error" : warnings > 0 ? "contrast" : "success");
        List<Finding> blocking = report.findings().stream().filter(Finding::blocks).toList();
        stops = blocking.isEmpty() ? report.findings() : blocking;
        String kind = blocking.isEmpty() ? "warning" : "error";
        previous.setAriaLabel(getTranslation("findings.nav.previous." + kind));
        previous.setTooltipText(getTranslation("findings.nav.previous." + kind));
        next.setAriaLabel(getTranslation("findings.nav.next." + kind));
        next.setTooltipText(getTranslation("findings.nav.next." + kind));
        at = -1;
        previous.setEnabled(!stops.isEmpty());
        next.setEnabled(!stops.isEmpty());
        showPosition();
    }

    private void go(int step) {
        if (stops.isEmpty()) {
            return;
        }
        at = at < 0 ? (step > 0 ? 0 : stops.size() - 1) : Math.floorMod(at + step, stops.size());
        showPosition();
        onSelect.accept(stops.get(at));
    }

    private void showPosition() {
        position.setText(stops.isEmpty() ? "" : (at < 0 ? "–" : String.valueOf(at + 1)) + " / " + stops.size());
    }

    /** The finding the buttons went to last, if any. */
    public java.util.Optional<Finding> current() {
        return at < 0 ? java.util.Optional.empty() : java.util.Optional.of(stops.get(at));
    }
}
