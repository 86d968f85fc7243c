package cn.perfeval.review.ui;

import cn.perfeval.review.PinAnchor;
import cn.perfeval.review.ReviewComment;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * "未解决的批注": how many pins are open, by part of the report, and each open pin with its place
 * as a chip (a click shows the place), the start of its text, its author and how many answers it
 * has.
 */
public class OpenPinsList extends VerticalLayout {

    private static final int EXCERPT = 40;

    private final Consumer<PinAnchor> onShow;
    private final H3 title = new H3();
    private final HorizontalLayout counts = new HorizontalLayout();
    private final VerticalLayout pins = new VerticalLayout();

    /** @param onShow called with a pin's anchor when the user clicks its chip */
    public OpenPinsList(Consumer<PinAnchor> onShow) {
        this.onShow = onShow;
        setId("open-pins");
        setPadding(false);
        setSpacing(false);
        title.setId("open-pins-title");
        counts.setId("open-pins-counts");
        counts.setWrap(true);
        pins.setPadding(false);
        pins.setSpacing(false);
        add(title, counts, pins);
    }

    /** Shows the given open pins. */
    public void show(List<ReviewComment> open) {
        title.setText(getTranslation("review.open-pins", open.size()));
        counts.removeAll();
        pins.removeAll();
        if (open.isEmpty()) {
            Span none = new Span(getTranslation("review.open-pins.none"));
            none.setId("open-pins-none");
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            pins.add(none);
            return;
        }
        Map<String, Integer> byPart = new LinkedHashMap<>();
        for (String part : PinAnchor.PARTS) {
            int n = (int) open.stream().filter(c -> c.pin().part().equals(part)).count();
            if (n > 0) {
                byPart.put(part, n);
            }
        }
        byPart.forEach((part, n) -> {
            Span count = new Span(getTranslation("review.part." + part) + " " + n);
            count.setId("open-pins-count-" + part);
            count.addClassName("status-badge");
            counts.add(count);
        });
        for (ReviewComment c : open) {
            String text = c.text().length() > EXCERPT ? c.text().substring(0, EXCERPT) + "…" : c.text();
            Span excerpt = new Span(text);
            Span meta = new Span(c.author() + (c.answers().isEmpty() ? ""
                    : " · " + getTranslation("review.answers", c.answers().size())));
            meta.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            HorizontalLayout line = new HorizontalLayout(PinChip.of(c.pin(), onShow, "open-pin-" + c.id()), excerpt,
                    meta);
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            line.setWrap(true);
            pins.add(new Div(line));
        }
    }
}
