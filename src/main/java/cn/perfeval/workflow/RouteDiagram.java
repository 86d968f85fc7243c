package cn.perfeval.workflow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Draws a process as SVG, with the steps passed, the current step and the steps not reached told
 * apart. Where the process carries its own layout (BPMN DI) that layout is used; otherwise the
 * nodes are laid out here: the main path (from the start, taking a gateway's default flow or
 * else its first flow) on one line from left to right, other branches on lines below, columns by
 * the longest path from the start, flows going back (returns) as arcs above the line. Boundary
 * events are drawn small on the edge of their activity. Plain Java; every name is escaped.
 */
final class RouteDiagram {

    enum Shape {
        START, END, EVENT, TIMER_EVENT, TASK, AUTOMATIC_TASK, GATEWAY, BOUNDARY, TIMER_BOUNDARY
    }

    enum State {
        PASSED, CURRENT, PENDING
    }

    /** A node of the process; {@code attachedTo} names the activity of a boundary event. */
    record Node(String id, String name, Shape shape, String attachedTo, String defaultFlow) {

        boolean boundary() {
            return shape == Shape.BOUNDARY || shape == Shape.TIMER_BOUNDARY;
        }
    }

    record Flow(String id, String source, String target, String name) {
    }

    /** A box in the drawing's coordinates (top-left corner, width, height). */
    record Box(double x, double y, double w, double h) {

        double cx() {
            return x + w / 2;
        }

        double cy() {
            return y + h / 2;
        }

        double right() {
            return x + w;
        }

        double bottom() {
            return y + h;
        }
    }

    /**
     * The process to draw; {@code boxes} and {@code waypoints} are its own layout (DI), used when
     * every node has a box.
     */
    record Graph(String name, List<Node> nodes, List<Flow> flows, Map<String, Box> boxes,
            Map<String, List<double[]>> waypoints) {
    }

    private static final double MARGIN = 16;
    private static final double GAP = 46;
    private static final double ROW = 104;
    private static final double LANE = 13;
    private static final int CHARS_PER_LINE = 7;

    private final Graph graph;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Box> boxes = new HashMap<>();
    private final Map<String, List<double[]>> paths = new HashMap<>();
    private double width;
    private double height;

    private RouteDiagram(Graph graph) {
        this.graph = graph;
        graph.nodes().forEach(n -> nodes.put(n.id(), n));
    }

    /**
     * The SVG of the process: each node a {@code <g class="node ..." data-id data-state>} with
     * state {@code passed}, {@code current} or {@code pending}; each flow a {@code <path>} with
     * {@code data-id} and {@code data-state} {@code passed} or {@code pending}.
     */
    static String svg(Graph graph, Set<String> current, Set<String> passed, Set<String> passedFlows) {
        RouteDiagram diagram = new RouteDiagram(graph);
        boolean ownLayout = graph.nodes().stream().allMatch(n -> graph.boxes().containsKey(n.id()));
        if (ownLayout) {
            diagram.useOwnLayout();
        } else {
            diagram.layOut();
        }
        return diagram.draw(current, passed, passedFlows);
    }

    // ---- layout from the process's own DI ----

    private void useOwnLayout() {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = 0;
        double maxY = 0;
        for (Box b : graph.boxes().values()) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.right());
            maxY = Math.max(maxY, b.bottom());
        }
        for (List<double[]> points : graph.waypoints().values()) {
            for (double[] p : points) {
                minX = Math.min(minX, p[0]);
                minY = Math.min(minY, p[1]);
                maxX = Math.max(maxX, p[0]);
                maxY = Math.max(maxY, p[1]);
            }
        }
        double dx = MARGIN - minX;
        double dy = MARGIN + LANE - minY;
        for (Node n : graph.nodes()) {
            Box b = graph.boxes().get(n.id());
            boxes.put(n.id(), new Box(b.x() + dx, b.y() + dy, b.w(), b.h()));
        }
        for (Flow f : graph.flows()) {
            List<double[]> points = graph.waypoints().get(f.id());
            if (points != null && points.size() >= 2) {
                paths.put(f.id(), points.stream().map(p -> new double[] {p[0] + dx, p[1] + dy}).toList());
            } else if (boxes.containsKey(f.source()) && boxes.containsKey(f.target())) {
                Box s = boxes.get(f.source());
                Box t = boxes.get(f.target());
                paths.put(f.id(), List.of(new double[] {s.cx(), s.cy()}, new double[] {t.cx(), t.cy()}));
            }
        }
        width = maxX - minX + 2 * MARGIN;
        height = maxY - minY + 2 * MARGIN + LANE + 16;
    }

    // ---- layout of our own ----

    private void layOut() {
        List<Node> placed = graph.nodes().stream().filter(n -> !n.boundary()).toList();
        Map<String, String> hostOf = new HashMap<>();
        graph.nodes().stream().filter(Node::boundary).forEach(n -> hostOf.put(n.id(), n.attachedTo()));
        Map<String, List<Flow>> out = new LinkedHashMap<>();
        placed.forEach(n -> out.put(n.id(), new ArrayList<>()));
        for (Flow f : graph.flows()) {
            String source = hostOf.getOrDefault(f.source(), f.source());
            if (out.containsKey(source) && out.containsKey(f.target())) {
                out.get(source).add(f);
            }
        }
        List<String> starts = placed.stream().filter(n -> n.shape() == Shape.START).map(Node::id).toList();
        if (starts.isEmpty() && !placed.isEmpty()) {
            starts = List.of(placed.getFirst().id());
        }

        // The main path: from the first start, the default flow of a gateway or else its first flow.
        List<String> main = new ArrayList<>();
        if (!starts.isEmpty()) {
            String at = starts.getFirst();
            while (at != null && !main.contains(at)) {
                main.add(at);
                String here = at;
                Node node = nodes.get(here);
                List<Flow> leaving = graph.flows().stream().filter(f -> f.source().equals(here)).toList();
                at = leaving.stream().filter(f -> f.id().equals(node.defaultFlow())).map(Flow::target)
                        .filter(t -> !main.contains(t) && out.containsKey(t)).findFirst()
                        .orElse(leaving.stream().map(Flow::target).filter(t -> !main.contains(t) && out.containsKey(t))
                                .findFirst().orElse(null));
            }
        }

        // Flows going back (to a node still on the depth-first stack) are drawn as arcs.
        Set<String> back = new HashSet<>();
        Set<String> done = new HashSet<>();
        List<String> roots = new ArrayList<>(starts);
        placed.forEach(n -> roots.add(n.id()));
        for (String root : roots) {
            if (!done.contains(root)) {
                findBackFlows(root, out, done, new HashSet<>(), back, main);
            }
        }

        // Columns: the longest path from a start, over the flows that go forward.
        Map<String, Integer> column = new HashMap<>();
        Map<String, Integer> incoming = new HashMap<>();
        placed.forEach(n -> incoming.put(n.id(), 0));
        out.values().forEach(fs -> fs.stream().filter(f -> !back.contains(f.id()))
                .forEach(f -> incoming.merge(f.target(), 1, Integer::sum)));
        Deque<String> ready = new ArrayDeque<>();
        placed.stream().map(Node::id).filter(id -> incoming.get(id) == 0).forEach(ready::add);
        placed.forEach(n -> column.put(n.id(), 0));
        while (!ready.isEmpty()) {
            String id = ready.poll();
            for (Flow f : out.get(id)) {
                if (back.contains(f.id())) {
                    continue;
                }
                column.merge(f.target(), column.get(id) + 1, Math::max);
                if (incoming.merge(f.target(), -1, Integer::sum) == 0) {
                    ready.add(f.target());
                }
            }
        }

        // Rows: the main path on the first line, the other nodes below, a branch on one line.
        Map<String, Integer> row = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (String id : main) {
            row.put(id, 0);
            taken.add(column.get(id) + ":0");
        }
        List<Node> others = placed.stream().filter(n -> !row.containsKey(n.id()))
                .sorted(Comparator.comparingInt(n -> column.get(n.id()))).toList();
        for (Node n : others) {
            int preferred = 1;
            for (Flow f : graph.flows()) {
                String source = hostOf.getOrDefault(f.source(), f.source());
                if (f.target().equals(n.id()) && row.getOrDefault(source, 0) > 0) {
                    preferred = row.get(source);
                    break;
                }
            }
            int r = preferred;
            while (taken.contains(column.get(n.id()) + ":" + r)) {
                r++;
            }
            row.put(n.id(), r);
            taken.add(column.get(n.id()) + ":" + r);
        }

        // Flows drawn over the first line: going back, or skipping nodes on their own line.
        List<Flow> over = new ArrayList<>();
        for (Flow f : graph.flows()) {
            String source = hostOf.getOrDefault(f.source(), f.source());
            if (!column.containsKey(source) || !column.containsKey(f.target())) {
                continue;
            }
            int from = column.get(source);
            int to = column.get(f.target());
            boolean skips = row.get(source).equals(row.get(f.target())) && !nodes.get(f.source()).boundary()
                    && placed.stream().anyMatch(n -> row.get(n.id()).equals(row.get(source))
                            && column.get(n.id()) > Math.min(from, to) && column.get(n.id()) < Math.max(from, to));
            if (back.contains(f.id()) || skips) {
                over.add(f);
            }
        }
        over.sort(Comparator.comparingInt(f -> Math.abs(column.get(hostOf.getOrDefault(f.source(), f.source()))
                - column.get(f.target()))));

        // Coordinates.
        int columns = column.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        int rows = row.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        double[] columnWidth = new double[columns];
        for (Node n : placed) {
            columnWidth[column.get(n.id())] = Math.max(columnWidth[column.get(n.id())], size(n.shape())[0]);
        }
        double[] columnX = new double[columns];
        double x = MARGIN;
        for (int c = 0; c < columns; c++) {
            columnX[c] = x;
            x += columnWidth[c] + GAP;
        }
        double top = MARGIN + 20 + over.size() * LANE;
        for (Node n : placed) {
            double[] size = size(n.shape());
            int c = column.get(n.id());
            double cx = columnX[c] + columnWidth[c] / 2;
            double cy = top + row.get(n.id()) * ROW + 30;
            boxes.put(n.id(), new Box(cx - size[0] / 2, cy - size[1] / 2, size[0], size[1]));
        }
        Map<String, Integer> onHost = new HashMap<>();
        for (Node n : graph.nodes()) {
            if (n.boundary() && boxes.containsKey(n.attachedTo())) {
                Box host = boxes.get(n.attachedTo());
                int k = onHost.merge(n.attachedTo(), 1, Integer::sum) - 1;
                double[] size = size(n.shape());
                boxes.put(n.id(), new Box(host.right() - 16 - k * 24 - size[0] / 2, host.bottom() - size[1] / 2,
                        size[0], size[1]));
            }
        }
        width = x - GAP + MARGIN;
        height = top + (rows - 1) * ROW + 30 + 27 + 24 + MARGIN;

        // Flows.
        double lineTop = top + 30 - 27;
        for (Flow f : graph.flows()) {
            Box s = boxes.get(f.source());
            Box t = boxes.get(f.target());
            if (s == null || t == null) {
                continue;
            }
            int lane = over.indexOf(f);
            List<double[]> p = new ArrayList<>();
            if (lane >= 0) {
                double y = lineTop - 16 - lane * LANE;
                p.add(new double[] {s.cx(), s.y()});
                p.add(new double[] {s.cx(), y});
                p.add(new double[] {t.cx(), y});
                p.add(new double[] {t.cx(), t.y()});
            } else if (Math.abs(s.cy() - t.cy()) < 1 && !nodes.get(f.source()).boundary()) {
                boolean right = t.cx() >= s.cx();
                p.add(new double[] {right ? s.right() : s.x(), s.cy()});
                p.add(new double[] {right ? t.x() : t.right(), t.cy()});
            } else if (nodes.get(f.source()).shape() == Shape.GATEWAY || nodes.get(f.source()).boundary()) {
                boolean down = t.cy() > s.cy();
                p.add(new double[] {s.cx(), down ? s.bottom() : s.y()});
                p.add(new double[] {s.cx(), t.cy()});
                p.add(new double[] {t.cx() >= s.cx() ? t.x() : t.right(), t.cy()});
            } else {
                double mx = t.cx() >= s.cx() ? t.x() - 14 : t.right() + 14;
                p.add(new double[] {t.cx() >= s.cx() ? s.right() : s.x(), s.cy()});
                p.add(new double[] {mx, s.cy()});
                p.add(new double[] {mx, t.cy()});
                p.add(new double[] {t.cx() >= s.cx() ? t.x() : t.right(), t.cy()});
            }
            paths.put(f.id(), p);
        }
    }

    private void findBackFlows(String id, Map<String, List<Flow>> out, Set<String> done, Set<String> onStack,
            Set<String> back, List<String> main) {
        done.add(id);
        onStack.add(id);
        List<Flow> leaving = new ArrayList<>(out.get(id));
        // Along the main path first, so that its flows go forward.
        leaving.sort(Comparator.comparingInt(f -> main.indexOf(f.target()) == main.indexOf(id) + 1
                && main.contains(id) ? 0 : 1));
        for (Flow f : leaving) {
            if (onStack.contains(f.target())) {
                back.add(f.id());
            } else if (!done.contains(f.target())) {
                findBackFlows(f.target(), out, done, onStack, back, main);
            }
        }
        onStack.remove(id);
    }

    private static double[] size(Shape shape) {
        return switch (shape) {
            case TASK, AUTOMATIC_TASK -> new double[] {104, 54};
            case GATEWAY -> new double[] {42, 42};
            case START, END, EVENT, TIMER_EVENT -> new double[] {34, 34};
            case BOUNDARY, TIMER_BOUNDARY -> new double[] {20, 20};
        };
    }

    // ---- drawing ----

    private String draw(Set<String> current, Set<String> passed, Set<String> passedFlows) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"")
                .append(escape(graph.name())).append("\" width=\"").append(n(width)).append("\" height=\"")
                .append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" style=\"max-width:100%;height:auto\" font-size=\"12\" font-family=\"sans-serif\">");
        svg.append("<defs>");
        marker(svg, "arrow", "var(--lumo-contrast-50pct, #8a8f98)");
        marker(svg, "arrow-passed", "var(--lumo-success-color, #2e7d32)");
        svg.append("</defs>");
        for (Flow f : graph.flows()) {
            List<double[]> p = paths.get(f.id());
            if (p == null) {
                continue;
            }
            boolean done = passedFlows.contains(f.id());
            svg.append("<path class=\"flow ").append(done ? "passed" : "pending").append("\" data-id=\"")
                    .append(escape(f.id())).append("\" data-state=\"").append(done ? "passed" : "pending")
                    .append("\" fill=\"none\" style=\"stroke:")
                    .append(done ? "var(--lumo-success-color, #2e7d32)" : "var(--lumo-contrast-50pct, #8a8f98)")
                    .append(";stroke-width:").append(done ? "2" : "1.3").append("\" marker-end=\"url(#")
                    .append(done ? "arrow-passed" : "arrow").append(")\" d=\"");
            for (int i = 0; i < p.size(); i++) {
                svg.append(i == 0 ? "M" : " L").append(n(p.get(i)[0])).append(' ').append(n(p.get(i)[1]));
            }
            svg.append("\"/>");
            if (f.name() != null && !f.name().isBlank()) {
                double[] a = p.get(p.size() / 2 - (p.size() % 2 == 0 ? 1 : 0));
                double[] b = p.get(Math.min(p.size() - 1, p.indexOf(a) + 1));
                svg.append("<text x=\"").append(n((a[0] + b[0]) / 2 + 3)).append("\" y=\"")
                        .append(n((a[1] + b[1]) / 2 - 4))
                        .append("\" font-size=\"11\" style=\"fill:var(--lumo-secondary-text-color, #5f6368)\">")
                        .append(escape(f.name())).append("</text>");
            }
        }
        for (Node node : graph.nodes()) {
            Box b = boxes.get(node.id());
            if (b == null) {
                continue;
            }
            State state = current.contains(node.id()) ? State.CURRENT
                    : passed.contains(node.id()) ? State.PASSED : State.PENDING;
            node(svg, node, b, state);
        }
        return svg.append("</svg>").toString();
    }

    private static void marker(StringBuilder svg, String id, String colour) {
        svg.append("<marker id=\"").append(id).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
                .append(" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M0 0 L10 5 L0 10 z\" style=\"fill:").append(colour).append("\"/></marker>");
    }

    private void node(StringBuilder svg, Node node, Box b, State state) {
        String name = state.name().toLowerCase(Locale.ROOT);
        String fill = switch (state) {
            case PASSED -> "var(--lumo-success-color-10pct, #e6f4ea)";
            case CURRENT -> "var(--lumo-primary-color-10pct, #e8f0fe)";
            case PENDING -> "var(--lumo-base-color, #ffffff)";
        };
        String stroke = switch (state) {
            case PASSED -> "var(--lumo-success-color, #2e7d32)";
            case CURRENT -> "var(--lumo-primary-color, #1a73e8)";
            case PENDING -> "var(--lumo-contrast-40pct, #9aa0a6)";
        };
        String style = "fill:" + fill + ";stroke:" + stroke + ";stroke-width:" + (state == State.CURRENT ? 3 : 1.5);
        svg.append("<g class=\"node ").append(name).append("\" data-id=\"").append(escape(node.id()))
                .append("\" data-state=\"").append(name).append("\"><title>").append(escape(label(node)))
                .append("</title>");
        switch (node.shape()) {
            case TASK, AUTOMATIC_TASK -> {
                svg.append("<rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y())).append("\" width=\"")
                        .append(n(b.w())).append("\" height=\"").append(n(b.h())).append("\" rx=\"8\" style=\"")
                        .append(style).append(node.shape() == Shape.AUTOMATIC_TASK ? ";stroke-dasharray:4 3" : "")
                        .append("\"/>");
                List<String> lines = lines(label(node));
                double y = b.cy() - (lines.size() - 1) * 8 + 4;
                for (String line : lines) {
                    svg.append("<text x=\"").append(n(b.cx())).append("\" y=\"").append(n(y))
                            .append("\" text-anchor=\"middle\"")
                            .append(state == State.CURRENT ? " font-weight=\"bold\"" : "")
                            .append(" style=\"fill:var(--lumo-body-text-color, #1f1f1f)\">").append(escape(line))
                            .append("</text>");
                    y += 16;
                }
                if (state == State.PASSED) {
                    svg.append("<text x=\"").append(n(b.right() - 10)).append("\" y=\"").append(n(b.y() + 14))
                            .append("\" text-anchor=\"middle\" style=\"fill:var(--lumo-success-color, #2e7d32)\">")
                            .append("\u2713</text>");
                }
            }
            case GATEWAY -> {
                svg.append("<polygon points=\"").append(n(b.cx())).append(',').append(n(b.y())).append(' ')
                        .append(n(b.right())).append(',').append(n(b.cy())).append(' ').append(n(b.cx())).append(',')
                        .append(n(b.bottom())).append(' ').append(n(b.x())).append(',').append(n(b.cy()))
                        .append("\" style=\"").append(style).append("\"/>");
                svg.append("<text x=\"").append(n(b.cx() + 8)).append("\" y=\"").append(n(b.y() - 5))
                        .append("\" font-size=\"11\" style=\"fill:var(--lumo-secondary-text-color, #5f6368)\">")
                        .append(escape(label(node))).append("</text>");
            }
            default -> {
                double r = b.w() / 2;
                svg.append("<circle cx=\"").append(n(b.cx())).append("\" cy=\"").append(n(b.cy())).append("\" r=\"")
                        .append(n(r)).append("\" style=\"").append(style)
                        .append(node.shape() == Shape.END ? ";stroke-width:3.5" : "").append("\"/>");
                if (node.shape() != Shape.START && node.shape() != Shape.END) {
                    svg.append("<circle cx=\"").append(n(b.cx())).append("\" cy=\"").append(n(b.cy()))
                            .append("\" r=\"").append(n(r - 3)).append("\" style=\"fill:none;stroke:").append(stroke)
                            .append(";stroke-width:1\"/>");
                }
                if (node.shape() == Shape.TIMER_EVENT || node.shape() == Shape.TIMER_BOUNDARY) {
                    double hand = Math.max(3, r - 6);
                    svg.append("<path d=\"M").append(n(b.cx())).append(' ').append(n(b.cy() - hand)).append(" L")
                            .append(n(b.cx())).append(' ').append(n(b.cy())).append(" L").append(n(b.cx() + hand * 0.7))
                            .append(' ').append(n(b.cy())).append("\" style=\"fill:none;stroke:").append(stroke)
                            .append(";stroke-width:1.2\"/>");
                }
                if (!node.boundary()) {
                    svg.append("<text x=\"").append(n(b.cx())).append("\" y=\"").append(n(b.bottom() + 15))
                            .append("\" text-anchor=\"middle\" font-size=\"11\"")
                            .append(" style=\"fill:var(--lumo-secondary-text-color, #5f6368)\">")
                            .append(escape(label(node))).append("</text>");
                }
            }
        }
        svg.append("</g>");
    }

    private static String label(Node node) {
        return node.name() == null || node.name().isBlank() ? node.id() : node.name();
    }

    /** A task's name on lines of a few characters each. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        int perLine = cps.length > 2 * CHARS_PER_LINE ? (cps.length + 2) / 3 : CHARS_PER_LINE;
        for (int i = 0; i < cps.length; i += perLine) {
            lines.add(new String(cps, i, Math.min(perLine, cps.length - i)));
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    private static String n(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (cp >= 0x20 || cp == '\n' || cp == '\t') {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
