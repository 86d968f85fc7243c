package cn.perfeval.report.ui;

import cn.perfeval.report.ReportDocument.Deduction;
import cn.perfeval.report.ReportDocument.Scoring;
import cn.perfeval.report.ReportDocument.ScoringItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 评分表: the scoring table as a tree following the items' paths (first level first), each item
 * with its max points, self score, explanation and standard; group rows sum the items below;
 * the deduction items; the stated total (with the computed one beside) and grade. While drafting,
 * a template (a framework's empty table) fills an empty table or, once confirmed, replaces it.
 */
final class ScoringSection extends Section {

    /** A scoring item as the user edits it. */
    static final class Item {
        List<String> path;
        BigDecimal maxPoints;
        BigDecimal selfScore;
        String explanation;
        String standard;

        Item(List<String> path, BigDecimal maxPoints, BigDecimal selfScore, String explanation, String standard) {
            this.path = path == null ? List.of() : List.copyOf(path);
            this.maxPoints = maxPoints;
            this.selfScore = selfScore;
            this.explanation = explanation;
            this.standard = standard;
        }
    }

    /** A deduction item as the user edits it. */
    static final class DeductionRow {
        String name;
        BigDecimal maxPoints;
        BigDecimal points;

        DeductionRow(String name, BigDecimal maxPoints, BigDecimal points) {
            this.name = name;
            this.maxPoints = maxPoints;
            this.points = points;
        }
    }

    /** A row of the tree: a group (a path prefix) or an item. Identity is the node itself. */
    static final class Node {
        final List<String> prefix;
        final Item item;

        Node(List<String> prefix, Item item) {
            this.prefix = prefix;
            this.item = item;
        }

        String label() {
            List<String> p = item != null ? item.path : prefix;
            return p.isEmpty() ? "" : p.getLast();
        }
    }

    private String framework;
    private final List<Item> items = new ArrayList<>();
    private final List<DeductionRow> deductions = new ArrayList<>();
    private BigDecimal total;
    private String grade;
    private final TreeGrid<Node> grid = new TreeGrid<>();
    private final Grid<DeductionRow> deductionGrid = new Grid<>();
    private TreeData<Node> tree = new TreeData<>();
    private final Map<Node, Span[]> sums = new IdentityHashMap<>();
    private final Map<Item, Map<String, Focusable<?>>> cells = new IdentityHashMap<>();
    private final TextField frameworkField = new TextField();
    private final BigDecimalField totalField;
    private final TextField gradeField = new TextField();
    private final Select<String> templateChoice = new Select<>();
    private final HorizontalLayout templateBar = new HorizontalLayout();
    private final Map<String, Scoring> templates = new HashMap<>();

    ScoringSection(EditorContext ctx, Scoring scoring) {
        super(ctx, "scoring", "editor.section.scoring");
        load(scoring);
        templateChoice.setId("scoring-template");
        templateChoice.setLabel(ctx.t("editor.scoring.template"));
        templateChoice.setWidth("24em");
        Button apply = new Button(ctx.t("editor.scoring.apply-template"), e -> applyChosenTemplate());
        apply.setId("scoring-apply-template");
        templateBar.add(templateChoice, apply);
        templateBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        templateBar.setVisible(false);

        frameworkField.setId("scoring-framework");
        frameworkField.setLabel(ctx.t("editor.scoring.framework"));
        frameworkField.setWidthFull();
        ctx.bind(frameworkField, framework, v -> framework = v);

        grid.setId("scoring-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.ROW_STRIPES);
        grid.setWidthFull();
        grid.addComponentHierarchyColumn(this::labelCell).setHeader(ctx.t("editor.scoring.indicator")).setFlexGrow(4);
        grid.addComponentColumn(n -> points(n, 0)).setHeader(ctx.t("editor.scoring.max"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.addComponentColumn(n -> points(n, 1)).setHeader(ctx.t("editor.scoring.self"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setWidth(ctx.editable() ? "7em" : "4em").setFlexGrow(0);
        grid.setDetailsVisibleOnClick(false);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));

        deductionGrid.setId("scoring-deductions");
        deductionGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        deductionGrid.setAllRowsVisible(true);
        deductionGrid.addComponentColumn(d -> ctx.editable() ? ctx.text(d.name, v -> d.name = v)
                : new Span(Objects.toString(d.name, ""))).setHeader(ctx.t("editor.scoring.deduction")).setFlexGrow(4);
        deductionGrid.addComponentColumn(d -> pointsField(d.maxPoints, v -> d.maxPoints = v, () -> { }))
                .setHeader(ctx.t("editor.scoring.max")).setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        deductionGrid.addComponentColumn(d -> pointsField(d.points, v -> d.points = v, this::showTotal))
                .setHeader(ctx.t("editor.scoring.deducted")).setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        if (ctx.editable()) {
            deductionGrid.addComponentColumn(d -> removeButton(() -> {
                deductions.remove(d);
                deductionGrid.setItems(deductions);
                showTotal();
            })).setWidth("4em").setFlexGrow(0);
        }

        totalField = ctx.number(total, v -> total = v, this::showTotal);
        totalField.setId("scoring-total");
        totalField.setLabel(ctx.t("editor.scoring.total"));
        gradeField.setId("scoring-grade");
        gradeField.setLabel(ctx.t("editor.scoring.grade"));
        ctx.bind(gradeField, grade, v -> grade = v);
        FormLayout summary = new FormLayout(field("framework", frameworkField), field("total", totalField),
                field("grade", gradeField));
        summary.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));

        add(templateBar, grid);
        if (ctx.editable()) {
            add(addItemBar());
        }
        add(new H4(ctx.t("editor.scoring.deductions")), deductionGrid);
        if (ctx.editable()) {
            add(addButton("scoring-add-deduction", "report.row.add", () -> {
                deductions.add(new DeductionRow("", null, null));
                deductionGrid.setItems(deductions);
            }));
        }
        add(summary);
        rebuild();
    }

    private void load(Scoring scoring) {
        items.clear();
        deductions.clear();
        framework = scoring == null ? null : scoring.framework();
        total = scoring == null ? null : scoring.total();
        grade = scoring == null ? null : scoring.grade();
        if (scoring != null && scoring.items() != null) {
            for (ScoringItem i : scoring.items()) {
                items.add(new Item(i.path(), i.maxPoints(), i.selfScore(), i.explanation(), i.standard()));
            }
        }
        if (scoring != null && scoring.deductions() != null) {
            for (Deduction d : scoring.deductions()) {
                deductions.add(new DeductionRow(d.name(), d.maxPoints(), d.points()));
            }
        }
    }

    /** Offers the given frameworks' empty tables to fill the scoring table from (while drafting). */
    void setTemplates(List<Scoring> list) {
        templates.clear();
        list.forEach(t -> templates.put(t.framework(), t));
        templateChoice.setItems(list.stream().map(Scoring::framework).toList());
        templateBar.setVisible(ctx.editable() && !list.isEmpty());
    }

    private void applyChosenTemplate() {
        Scoring template = templates.get(templateChoice.getValue());
        if (template == null) {
            templateChoice.setInvalid(true);
            templateChoice.setErrorMessage(ctx.t("editor.scoring.choose-template"));
            return;
        }
        templateChoice.setInvalid(false);
        if (items.isEmpty() && deductions.isEmpty()) {
            applyTemplate(template);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("scoring-replace-confirm");
        confirm.setHeader(ctx.t("editor.scoring.replace.header"));
        confirm.setText(ctx.t("editor.scoring.replace.text", items.size(), template.framework()));
        confirm.setConfirmText(ctx.t("editor.scoring.replace.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(ctx.t("editor.cancel"));
        confirm.addConfirmListener(e -> applyTemplate(template));
        confirm.open();
    }

    /** Fills the table from a template: its items and deductions, no scores, no stated total or grade. */
    void applyTemplate(Scoring template) {
        load(new Scoring(template.framework(), template.items(), template.deductions(), null, null));
        frameworkField.setValue(Objects.toString(framework, ""));
        totalField.setValue(null);
        gradeField.setValue("");
        ctx.changed();
        rebuild();
    }

    /** Rebuilds the tree from the items' paths as they are now, every level open. */
    void rebuild() {
        tree = new TreeData<>();
        Map<List<String>, Node> groups = new HashMap<>();
        for (Item item : items) {
            Node parent = null;
            for (int depth = 1; depth < item.path.size(); depth++) {
                List<String> prefix = item.path.subList(0, depth);
                Node p = parent;
                parent = groups.computeIfAbsent(List.copyOf(prefix), k -> {
                    Node n = new Node(k, null);
                    tree.addItem(p, n);
                    return n;
                });
            }
            tree.addItem(parent, new Node(item.path, item));
        }
        sums.clear();
        grid.setTreeData(tree);
        grid.expandRecursively(tree.getRootItems(), 5);
        EditorContext.fitRows(grid, items.size() + groups.size());
        deductionGrid.setItems(deductions);
        showTotal();
    }

    @Override
    boolean isEmpty() {
        return scoring() == null;
    }

    @Override
    protected void redraw() {
        grid.getDataProvider().refreshAll();
        deductionGrid.getDataProvider().refreshAll();
    }

    private Component labelCell(Node n) {
        Span label = new Span(n.label());
        if (n.item == null) {
            label.addClassName("group-label");
            return label;
        }
        Component badges = EditorContext.badges(ctx.marksOf(part(), key(n.item)));
        if (badges == null) {
            return label;
        }
        HorizontalLayout box = new HorizontalLayout(label, badges);
        box.setSpacing(false);
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        return box;
    }

    /** Max points (0) or self score (1): a field on an item, the sum of the items below on a group. */
    private Component points(Node n, int which) {
        if (n.item == null) {
            Span sum = new Span();
            sum.addClassName("group-sum");
            sums.computeIfAbsent(n, k -> new Span[2])[which] = sum;
            showSum(n, which);
            return sum;
        }
        Item item = n.item;
        Component field = pointsField(which == 0 ? item.maxPoints : item.selfScore, v -> {
            if (which == 0) {
                item.maxPoints = v;
            } else {
                item.selfScore = v;
            }
        }, () -> {
            for (Node at = tree.getParent(n); at != null; at = tree.getParent(at)) {
                showSum(at, which);
            }
            showTotal();
        });
        if (field instanceof Focusable<?> focusable) {
            cells.computeIfAbsent(item, k -> new HashMap<>()).put(which == 0 ? "maxPoints" : "selfScore", focusable);
        }
        return field;
    }

    private Component pointsField(BigDecimal value, java.util.function.Consumer<BigDecimal> setter, Runnable after) {
        if (!ctx.editable()) {
            return new Span(value == null ? "" : ReportSheet.points(value));
        }
        return ctx.number(value, setter, after);
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
            if (child.item == null) {
                collect(child, which, values);
            } else {
                values.add(which == 0 ? child.item.maxPoints : child.item.selfScore);
            }
        }
    }

    /** The self scores added up, less the deductions: what the stated total is compared with. */
    BigDecimal computedTotal() {
        if (items.stream().allMatch(i -> i.selfScore == null)) {
            return null;
        }
        BigDecimal sum = items.stream().map(i -> i.selfScore).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal deducted = deductions.stream().map(d -> d.points).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.subtract(deducted);
    }

    private void showTotal() {
        BigDecimal computed = computedTotal();
        BigDecimal max = items.stream().map(i -> i.maxPoints).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        computed("total", computed == null ? null
                : ctx.t("editor.scoring.computed", ReportSheet.points(computed), ReportSheet.points(max)),
                EditorContext.differ(total, computed));
    }

    private Component actions(Node n) {
        HorizontalLayout box = new HorizontalLayout();
        box.setSpacing(false);
        if (n.item == null) {
            return box;
        }
        Button details = new Button(VaadinIcon.INFO_CIRCLE_O.create(),
                e -> grid.setDetailsVisible(n, !grid.isDetailsVisible(n)));
        details.addThemeVariants(ButtonVariant.TERTIARY);
        details.setAriaLabel(ctx.t("editor.scoring.details"));
        details.setTooltipText(ctx.t("editor.scoring.details"));
        box.add(details);
        if (ctx.editable()) {
            box.add(removeButton(() -> {
                items.remove(n.item);
                rebuild();
            }));
        }
        return box;
    }

    private Component details(Node n) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        if (n.item != null) {
            Item item = n.item;
            box.add(ctx.area("editor.scoring.explanation", item.explanation, v -> item.explanation = v),
                    ctx.area("editor.scoring.standard", item.standard, v -> item.standard = v));
        }
        return box;
    }

    private Component addItemBar() {
        TextField path = new TextField(ctx.t("editor.scoring.new-path"));
        path.setId("scoring-new-path");
        path.setPlaceholder(ctx.t("editor.scoring.new-path.placeholder"));
        path.setWidth("28em");
        Button add = new Button(ctx.t("editor.scoring.add-item"), VaadinIcon.PLUS.create(), e -> {
            List<String> segments = Arrays.stream(path.getValue().split("/")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            if (segments.isEmpty()) {
                path.setInvalid(true);
                path.setErrorMessage(ctx.t("editor.scoring.new-path.required"));
                return;
            }
            path.setInvalid(false);
            items.add(new Item(segments, null, null, null, null));
            path.clear();
            ctx.changed();
            rebuild();
        });
        add.setId("scoring-add-item");
        add.addThemeVariants(ButtonVariant.SMALL);
        HorizontalLayout bar = new HorizontalLayout(path, add);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    /** An item as findings name it: its path joined with " / ", or its place counted from 1. */
    private String key(Item item) {
        return item.path.isEmpty() ? String.valueOf(items.indexOf(item) + 1) : String.join(" / ", item.path);
    }

    @Override
    void focus(String table, String row, String column) {
        if (row == null) {
            super.focus(table, row, column);
            return;
        }
        scrollIntoView();
        for (Node root : tree.getRootItems()) {
            Node found = find(root, row);
            if (found != null) {
                List<Node> ancestors = new ArrayList<>();
                for (Node at = tree.getParent(found); at != null; at = tree.getParent(at)) {
                    ancestors.add(at);
                }
                grid.expand(ancestors);
                grid.select(found);
                grid.scrollToItem(found);
                Focusable<?> field = cells.getOrDefault(found.item, Map.of())
                        .get(column == null ? "selfScore" : column);
                if (field != null) {
                    field.focus();
                }
                return;
            }
        }
        deductions.stream().filter(d -> ReportSheet.rowKey(d.name, deductions.indexOf(d)).equals(row)).findFirst()
                .ifPresent(deductionGrid::select);
    }

    private Node find(Node node, String row) {
        if (node.item != null && key(node.item).equals(row)) {
            return node;
        }
        for (Node child : tree.getChildren(node)) {
            Node found = find(child, row);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    Scoring scoring() {
        List<ScoringItem> list = items.stream().map(i -> new ScoringItem(i.path, i.maxPoints, i.selfScore,
                ReportSheet.blankToNull(i.explanation), ReportSheet.blankToNull(i.standard))).toList();
        List<Deduction> ds = deductions.stream()
                .map(d -> new Deduction(ReportSheet.strip(d.name), d.maxPoints, d.points)).toList();
        String name = ReportSheet.blankToNull(framework);
        String g = ReportSheet.blankToNull(grade);
        if (list.isEmpty() && ds.isEmpty() && name == null && total == null && g == null) {
            return null;
        }
        return new Scoring(name == null ? null : name.strip(), list.isEmpty() ? null : list,
                ds.isEmpty() ? null : ds, total, g == null ? null : g.strip());
    }

    TreeGrid<Node> grid() {
        return grid;
    }

    Grid<DeductionRow> deductionGrid() {
        return deductionGrid;
    }
}
