package cn.perfeval.workflow.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A report's route as a diagram (SVG generated and escaped by the workflow service) with a legend
 * of the colours: steps done, the current step, steps not reached.
 */
class RouteFigure extends Div {

    RouteFigure(String svg) {
        setId("route");
        getStyle().set("max-width", "100%");
        Div drawing = new Div();
        drawing.setId("route-diagram");
        drawing.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        drawing.getElement().setProperty("innerHTML", svg);
        Div legend = new Div(key("route.legend.passed", "var(--lumo-success-color-10pct, #e6f4ea)",
                "var(--lumo-success-color, #2e7d32)"),
                key("route.legend.current", "var(--lumo-primary-color-10pct, #e8f0fe)",
                        "var(--lumo-primary-color, #1a73e8)"),
                key("route.legend.pending", "var(--lumo-base-color, #fff)", "var(--lumo-contrast-40pct, #9aa0a6)"));
        legend.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)")
                .set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(drawing, legend);
    }

    /** The SVG shown. */
    String svg() {
        return getChildren().findFirst().orElseThrow().getElement().getProperty("innerHTML");
    }

    private Span key(String labelKey, String fill, String stroke) {
        Span swatch = new Span();
        swatch.getStyle().set("display", "inline-block").set("width", "12px").set("height", "12px")
                .set("border-radius", "3px").set("margin-right", "4px").set("vertical-align", "middle")
                .set("background", fill).set("border", "2px solid " + stroke);
        Span key = new Span(swatch, new Span(getTranslation(labelKey)));
        return key;
    }
}
