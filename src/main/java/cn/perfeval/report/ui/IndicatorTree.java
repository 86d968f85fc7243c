package cn.perfeval.report.ui;

import cn.perfeval.report.ReportDocument.Indicator;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Performance indicators as a tree: 一级 (产出 / 效益 / 满意度 / 成本) → 二级 (数量, 质量, …) → the
 * indicators, each with its target, actual, weight, score and the reason for a deviation. Group
 * rows show the sums of weights and scores below them. While drafting, indicators are edited in
 * place, added under a group or with new levels, and removed.
 */
final class IndicatorTree extends VerticalLayout {

    static final List<String> LEVEL1 = List.of("产出指标", "效益指标", "满意度指标", "成本指标");
    static final Map<String, List<String>> LEVEL2 = Map.of(
            "产出指标", List.of("数量指标", "质量指标", "时效指标", "成本指标"),
            "效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
            "满意度指标", List.of("服务对象满意度指标"),
            "成本指标", List.of("经济成本指标", "社会成本指标", "生态环境成本指标"));

    /** An indicator as the user edits it. */
    static final class Row {
        String level1;
        String level2;
        String name;
        String target;
        String actual;
        BigDecimal weight;
        BigDecimal score;
        String deviationReason;

        Row(String level1, String level2, String name, String target, String actual, BigDecimal weight,
                BigDecimal score, String deviationReason) {
            this.level1 = level1;
            this.level2 = level2;
            this.name = name;
            this.target = target;
            this.actual = actual;
            this.weight = weight;
            this.score = score;
            this.deviationReason = deviationReason;
        }

        static Row of(Indicator i) {
            return new Row(i.level1(), i.level2(), i.name(), i.target(), i.actual(), i.weight(), i.score(),
                    i.deviationReason());
        }

        Indicator indicator() {
            return new Indicator(ReportSheet.strip(level1), ReportSheet.strip(level2), ReportSheet.strip(name),
                    ReportSheet.blankToNull(target), ReportSheet.blankToNull(actual), weight, score,
                    ReportSheet.blankToNull(deviationReason));
        }
    }

    /** A row of the tree: a 一级 or 二级 group, or an indicator. Identity is the node itself. */
    static final class Node {
        final String level1;
        final String level2;
        final Row row;

        Node(String level1, String level2, Row row) {
            this.level1 = level1;
            this.level2 = level2;
            this.row = row;
        }

        boolean isGroup() {
            return row == null;
        }

        String label() {
            return row != null ? Objects.toString(row.name, "") : level2 != null ? level2 : level1;
        }
    }

    private final EditorContext ctx;
    private final String part;
    private final Supplier<String> rowPrefix;
    private final List<Row> rows = new ArrayList<>();
    private final TreeGrid<Node> grid = new TreeGrid<>();
    private TreeData<Node> tree = new TreeData<>();
    private final Map<Node, Span[]> sums = new IdentityHashMap<>();
    private final Map<Row, Map<String, Focusable<?>>> cells = new IdentityHashMap<>();

    /**
     * @param part the document part the indicators belong to ({@code indicators} or {@code projects})
     * @param rowPrefix what findings put before an indicator's name ({@code "项目名 / "} for a project's)
     */
    IndicatorTree(EditorContext ctx, String id, String part, Supplier<String> rowPrefix, List<Indicator> indicators) {
        this.ctx = ctx;
        this.part = part;
        this.rowPrefix = rowPrefix;
        setPadding(false);
        if (indicators != null) {
            indicators.stream().map(Row::of).forEach(rows::add);
        }
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.ROW_STRIPES);
        if (!ctx.editable()) {
            grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        }
        grid.setWidthFull();
        // Each column keeps a width of its own (the grid scrolls sideways rather than squeeze the names to nothing).
        grid.addComponentHierarchyColumn(this::nameCell).setHeader(ctx.t("editor.indicator.name")).setWidth("16em")
                .setFlexGrow(4);
        grid.addComponentColumn(this::targetCell)
                .setHeader(ctx.t("editor.indicator.target")).setWidth("8em").setFlexGrow(2);
        grid.addComponentColumn(n -> text(n, "actual", () -> n.row.actual, v -> n.row.actual = v))
                .setHeader(ctx.t("editor.indicator.actual")).setWidth("8em").setFlexGrow(2);
        grid.addComponentColumn(n -> points(n, 0)).setHeader(ctx.t("editor.indicator.weight"))
                .setTextAlign(ColumnTextAlign.END).setWidth("5em").setFlexGrow(1);
        grid.addComponentColumn(n -> points(n, 1)).setHeader(ctx.t("editor.indicator.score"))
                .setTextAlign(ColumnTextAlign.END).setWidth("5em").setFlexGrow(1);
        grid.addComponentColumn(n -> text(n, "deviationReason", () -> n.row.deviationReason,
                v -> n.row.deviationReason = v)).setHeader(ctx.t("editor.indicator.deviation")).setWidth("8em")
                .setFlexGrow(2);
        if (ctx.editable()) {
            grid.addComponentColumn(this::actions).setWidth("5em").setFlexGrow(0);
        }
        add(grid);
        if (ctx.editable()) {
            add(addBar(id));
        }
        rebuild();
    }

    /** Rebuilds the tree from the levels as they are now, every level open. */
    void rebuild() {
        tree = new TreeData<>();
        Map<String, Node> level1Nodes = new LinkedHashMap<>();
        Map<List<String>, Node> level2Nodes = new HashMap<>();
        for (Row row : rows) {
            String l1 = ReportSheet.blankToNull(ReportSheet.strip(row.level1));
            String l2 = ReportSheet.blankToNull(ReportSheet.strip(row.level2));
            Node leaf = new Node(l1, l2, row);
            if (l1 == null) {
                tree.addItem(null, leaf);
                continue;
            }
            Node parent = level1Nodes.computeIfAbsent(l1, k -> {
                Node n = new Node(k, null, null);
                tree.addItem(null, n);
                return n;
            });
            if (l2 != null) {
                Node p = parent;
                parent = level2Nodes.computeIfAbsent(List.of(l1, l2), k -> {
                    Node n = new Node(l1, l2, null);
                    tree.addItem(p, n);
                    return n;
                });
            }
            tree.addItem(parent, leaf);
        }
        sums.clear();
        grid.setTreeData(tree);
        grid.expandRecursively(tree.getRootItems(), 3);
        EditorContext.fitRows(grid, rows.size() + level1Nodes.size() + level2Nodes.size());
    }

    void redraw() {
        grid.getDataProvider().refreshAll();
    }

    private Component nameCell(Node n) {
        Component name;
        if (n.isGroup()) {
            Span label = new Span(n.label());
            label.addClassName("group-label");
            name = label;
        } else if (ctx.editable()) {
            name = cell(n.row, "name", ctx.text(n.row.name, v -> n.row.name = v));
        } else {
            name = new Span(n.label());
        }
        Component badges = n.isGroup() ? null : EditorContext.badges(ctx.marksOf(part, key(n.row)));
        if (badges == null) {
            return name;
        }
        HorizontalLayout box = new HorizontalLayout(name, badges);
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.setSpacing(false);
        return box;
    }

    /**
     * The target: typed like the other texts, except for an indicator of the approved declaration, whose
     * target is shown as approved (a change goes through a target adjustment) and marked so.
     */
    private Component targetCell(Node n) {
        if (n.isGroup() || !ctx.editable()) {
            return text(n, "target", () -> n.row.target, v -> n.row.target = v);
        }
        var approved = ctx.approvedTarget(n.row.level1, n.row.level2, n.row.name);
        if (approved.isEmpty()) {
            return text(n, "target", () -> n.row.target, v -> n.row.target = v);
        }
        Span locked = new Span(Objects.toString(n.row.target, ""));
        locked.addClassName("approved-target");
        com.vaadin.flow.component.shared.Tooltip.forComponent(locked)
                .setText(ctx.t("editor.indicator.target.approved", approved.get()));
        return locked;
    }

    private Component text(Node n, String column, Supplier<String> value, java.util.function.Consumer<String> setter) {
        if (n.isGroup()) {
            return new Span();
        }
        if (!ctx.editable()) {
            return new Span(Objects.toString(value.get(), ""));
        }
        return cell(n.row, column, ctx.text(value.get(), setter));
    }

    /** Weight (0) or score (1): a field on an indicator, the sum of those below on a group. */
    private Component points(Node n, int which) {
        if (n.isGroup()) {
            Span sum = new Span();
            sum.addClassName("group-sum");
            sums.computeIfAbsent(n, k -> new Span[2])[which] = sum;
            showSum(n, which);
            return sum;
        }
        Row r = n.row;
        if (!ctx.editable()) {
            BigDecimal v = which == 0 ? r.weight : r.score;
            return new Span(v == null ? "" : ReportSheet.points(v));
        }
        var field = ctx.number(which == 0 ? r.weight : r.score, v -> {
            if (which == 0) {
                r.weight = v;
            } else {
                r.score = v;
            }
        }, () -> showSums(n));
        return cell(r, which == 0 ? "weight" : "score", field);
    }

    private void showSums(Node leaf) {
        for (Node at = tree.getParent(leaf); at != null; at = tree.getParent(at)) {
            showSum(at, 0);
            showSum(at, 1);
        }
    }

    private void showSum(Node group, int which) {
        Span[] spans = sums.get(group);
        if (spans == null || spans[which] == null) {
            return;
        }
        List<BigDecimal> values = new ArrayList<>();
        collect(group, which, values);
        BigDecimal sum = values.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        spans[which].setText(values.stream().allMatch(Objects::isNull) ? "" : ReportSheet.points(sum));
    }

    private void collect(Node node, int which, List<BigDecimal> values) {
        for (Node child : tree.getChildren(node)) {
            if (child.isGroup()) {
                collect(child, which, values);
            } else {
                values.add(which == 0 ? child.row.weight : child.row.score);
            }
        }
    }

    private Component actions(Node n) {
        if (!n.isGroup()) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                rows.remove(n.row);
                ctx.changed();
                rebuild();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(ctx.t("editor.indicator.remove"));
            remove.setTooltipText(ctx.t("editor.indicator.remove"));
            return remove;
        }
        Button add = new Button(VaadinIcon.PLUS.create(), e -> addIndicator(n.level1, n.level2));
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.setAriaLabel(ctx.t("editor.indicator.add-here", n.label()));
        add.setTooltipText(ctx.t("editor.indicator.add-here", n.label()));
        return add;
    }

    /** Adds an empty indicator under the given levels and shows it. */
    Row addIndicator(String level1, String level2) {
        Row row = new Row(level1, level2, "", null, null, null, null, null);
        int at = rows.size();
        for (int i = rows.size() - 1; i >= 0; i--) {
            Row r = rows.get(i);
            if (Objects.equals(r.level1, level1) && (level2 == null || Objects.equals(r.level2, level2))) {
                at = i + 1;
                break;
            }
        }
        rows.add(at, row);
        ctx.changed();
        rebuild();
        tree.getRootItems().stream().flatMap(this::walk).filter(n -> n.row == row).findFirst()
                .ifPresent(grid::scrollToItem);
        return row;
    }

    private java.util.stream.Stream<Node> walk(Node n) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(n),
                tree.getChildren(n).stream().flatMap(this::walk));
    }

    private Component addBar(String id) {
        ComboBox<String> level1 = new ComboBox<>(ctx.t("editor.indicator.level1"));
        ComboBox<String> level2 = new ComboBox<>(ctx.t("editor.indicator.level2"));
        level1.setId(id + "-level1");
        level2.setId(id + "-level2");
        level1.setItems(LEVEL1);
        level1.setAllowCustomValue(true);
        level2.setAllowCustomValue(true);
        level1.addCustomValueSetListener(e -> custom(level1, LEVEL1, e.getDetail()));
        level2.addCustomValueSetListener(e -> custom(level2, LEVEL2.getOrDefault(level1.getValue(), List.of()),
                e.getDetail()));
        level1.addValueChangeListener(e -> {
            level2.setItems(LEVEL2.getOrDefault(e.getValue(), List.of()));
            level2.clear();
        });
        Button add = new Button(ctx.t("editor.indicator.add"), VaadinIcon.PLUS.create(), e -> {
            if (level1.getValue() == null || level1.getValue().isBlank()) {
                level1.setInvalid(true);
                level1.setErrorMessage(ctx.t("editor.indicator.level1-required"));
                return;
            }
            level1.setInvalid(false);
            addIndicator(level1.getValue().strip(), ReportSheet.blankToNull(ReportSheet.strip(level2.getValue())));
        });
        add.setId(id + "-add");
        add.addThemeVariants(ButtonVariant.SMALL);
        HorizontalLayout bar = new HorizontalLayout(level1, level2, add);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private static void custom(ComboBox<String> box, List<String> options, String value) {
        List<String> items = new ArrayList<>(options);
        if (!items.contains(value)) {
            items.add(value);
        }
        box.setItems(items);
        box.setValue(value);
    }

    private <C extends Component & Focusable<C>> C cell(Row row, String column, C field) {
        cells.computeIfAbsent(row, r -> new HashMap<>()).put(column, field);
        return field;
    }

    /** The indicator as findings name it: its name, or its place counted from 1, after the prefix. */
    String key(Row r) {
        String prefix = rowPrefix == null ? "" : rowPrefix.get();
        return prefix + ReportSheet.rowKey(r.name, rows.indexOf(r));
    }

    /** Brings the indicator that findings name {@code row} into view; whether there is one. */
    boolean focus(String row, String column) {
        for (Row r : rows) {
            if (key(r).equals(row)) {
                Node leaf = tree.getRootItems().stream().flatMap(this::walk).filter(n -> n.row == r).findFirst()
                        .orElse(null);
                if (leaf == null) {
                    return false;
                }
                List<Node> ancestors = new ArrayList<>();
                for (Node at = tree.getParent(leaf); at != null; at = tree.getParent(at)) {
                    ancestors.add(at);
                }
                grid.expand(ancestors);
                grid.select(leaf);
                grid.scrollToItem(leaf);
                Focusable<?> field = cells.getOrDefault(r, Map.of()).get(column == null ? "actual" : column);
                if (field != null) {
                    field.focus();
                }
                return true;
            }
        }
        return false;
    }

    List<Indicator> indicators() {
        List<Indicator> list = rows.stream().map(Row::indicator).toList();
        return list.isEmpty() ? null : list;
    }

    List<Row> rows() {
        return rows;
    }

    TreeGrid<Node> grid() {
        return grid;
    }
}
