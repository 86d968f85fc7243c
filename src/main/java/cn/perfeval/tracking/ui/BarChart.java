package cn.perfeval.tracking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A horizontal bar chart drawn on the server as inline SVG: no charting library, no frontend
 * build. One bar per label, its value written after it.
 */
class BarChart extends Div {

    private static final int LABEL_WIDTH = 120;
    private static final int BAR_WIDTH = 220;
    private static final int ROW = 26;
    private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"};

    private final Div drawing = new Div();
    private final Map<String, Integer> values = new LinkedHashMap<>();

    BarChart(String title) {
        addClassName("bar-chart");
        getStyle().set("min-width", "380px");
        drawing.addClassName("bar-chart-drawing");
        add(new H4(title), drawing);
    }

    /** Draws the bars; labels keep the map's order. */
    void show(Map<String, Integer> data) {
        values.clear();
        values.putAll(data);
        drawing.getElement().setProperty("innerHTML", svg());
    }

    Map<String, Integer> values() {
        return Map.copyOf(values);
    }

    String svg() {
        int max = values.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int height = Math.max(ROW, values.size() * ROW);
        int width = LABEL_WIDTH + BAR_WIDTH + 60;
        StringBuilder svg = new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" font-size=\"13\">");
        int i = 0;
        for (Map.Entry<String, Integer> e : values.entrySet()) {
            int y = i * ROW;
            int length = max == 0 ? 0 : Math.round((float) BAR_WIDTH * e.getValue() / max);
            svg.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"end\">").append(escape(e.getKey())).append("</text>");
            svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(length).append("\" height=\"").append(ROW - 8).append("\" fill=\"")
                    .append(COLOURS[i % COLOURS.length]).append("\"><title>").append(escape(e.getKey())).append(": ")
                    .append(e.getValue()).append("</title></rect>");
            svg.append("<text x=\"").append(LABEL_WIDTH + length + 6).append("\" y=\"").append(y + 17).append("\">")
                    .append(e.getValue()).append("</text>");
            i++;
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
