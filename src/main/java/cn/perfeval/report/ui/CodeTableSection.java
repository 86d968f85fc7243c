package cn.perfeval.report.ui;

import cn.perfeval.report.ui.ReportSheet.TableRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyNotifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * 收入决算 or 支出决算: the rows by functional classification code as a tree (类 3 digits, 款 5, 项 7;
 * a row whose parent code is absent hangs at the top), each parent showing the sum of its children
 * under its own stated figure, marked where they differ. While drafting, codes, names and amounts
 * are edited in place and rows are added and removed.
 *
 * <p>A row never moves under the cursor: a row whose code was typed (or that was just added) stays
 * where it is while it is edited, and takes its place in the tree when the user presses Enter in it
 * or goes on to another row; the focus follows the row (after Enter) or stays in the row the user
 * went to. "添加下级科目" on a parent row inserts a child under it with the parent's code filled.
 */
final class CodeTableSection extends Section {

    private static final Pattern CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");
    private static final String MONEY_WIDTH = "9.5em";

    private final List<TableRow> rows;
    private final String[] columns;
    private final TreeGrid<TableRow> grid = new TreeGrid<>();
    private final Runnable figuresChanged;
    private TreeData<TableRow> tree = new TreeData<>();
    /** The fields of each row shown now, by column, for focus. */
    private final Map<TableRow, Map<String, Focusable<?>>> cells = new IdentityHashMap<>();
    /** The subtotal lines of each parent shown now, by column index 0 to 2. */
    private final Map<TableRow, Span[]> subtotals = new IdentityHashMap<>();
    /** The row being edited whose code changed (or that was just added): it is placed once the user leaves it. */
    private TableRow pending;
    /** Where the focus goes when the field is next built (after the tree was rebuilt): a row and a column. */
    private TableRow focusRow;
    private String focusColumn;
    /** Whether placing the pending row is already scheduled for the end of this round trip. */
    private boolean placing;
    /** Whether the auto-sum is setting parents' amounts now (their fields' changes are not a child's edit). */
    private boolean summing;

    /**
     * @param part {@code income} or {@code expenditure}
     * @param columns the three money columns' names, total first
     * @param headerKeys the message keys of the two columns after the total
     */
    CodeTableSection(EditorContext ctx, String part, List<TableRow> rows, String[] columns, String[] headerKeys,
            Runnable figuresChanged) {
        super(ctx, part, "editor.section." + part);
        this.rows = rows;
        this.columns = columns;
        this.figuresChanged = figuresChanged;
        grid.setId(part + "-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.ROW_STRIPES);
        grid.setWidthFull();
        if (ctx.editable()) {
            grid.addComponentHierarchyColumn(r -> cell(r, "code", codeField(r)))
                    .setHeader(ctx.t("report.code")).setWidth("13em").setFlexGrow(0);
        } else {
            grid.addHierarchyColumn(r -> r.code).setHeader(ctx.t("report.code")).setWidth("11em").setFlexGrow(0);
        }
        // Money columns wide enough for every digit of 999,999,999.99 (the grid scrolls sideways if need be).
        grid.addComponentColumn(this::nameCell).setHeader(ctx.t("report.name")).setWidth("10em").setFlexGrow(3);
        grid.addComponentColumn(r -> moneyCell(r, 0)).setHeader(ctx.t("report.total"))
                .setTextAlign(ColumnTextAlign.END).setWidth(MONEY_WIDTH).setFlexGrow(2);
        grid.addComponentColumn(r -> moneyCell(r, 1)).setHeader(ctx.t(headerKeys[0]))
                .setTextAlign(ColumnTextAlign.END).setWidth(MONEY_WIDTH).setFlexGrow(2);
        grid.addComponentColumn(r -> moneyCell(r, 2)).setHeader(ctx.t(headerKeys[1]))
                .setTextAlign(ColumnTextAlign.END).setWidth(MONEY_WIDTH).setFlexGrow(2);
        if (ctx.editable()) {
            grid.addComponentColumn(this::rowActions).setWidth("6em").setFlexGrow(0);
        }
        add(grid);
        if (ctx.editable()) {
            add(addButton(part + "-add-row", "report.row.add", () -> {
                placePending();
                TableRow row = new TableRow("", "", null, null, null);
                rows.add(row);
                rebuild();
                pending = row;
                focusLater(row, "code");
                grid.scrollToItem(row);
            }));
        }
        rebuild();
    }

    @Override
    boolean hasMoney() {
        return true;
    }

    /** Rebuilds the tree from the codes as they are now, every level open (the pending row placed too). */
    void rebuild() {
        pending = null;
        tree = build(rows);
        grid.setTreeData(tree);
        grid.expandRecursively(tree.getRootItems(), 3);
        EditorContext.fitRows(grid, rows.size());
    }

    /**
     * The tree of rows by their codes: a 5-digit code under the 3-digit code it starts with, a
     * 7-digit code under its 5-digit prefix; a row whose parent is absent (or whose code is not a
     * classification code) at the top level. Rows keep their order among siblings.
     */
    static TreeData<TableRow> build(List<TableRow> rows) {
        Map<String, TableRow> byCode = new HashMap<>();
        for (TableRow row : rows) {
            String code = code(row);
            if (code != null) {
                byCode.putIfAbsent(code, row);
            }
        }
        Map<TableRow, List<TableRow>> children = new IdentityHashMap<>();
        List<TableRow> roots = new ArrayList<>();
        for (TableRow row : rows) {
            TableRow parent = parentOf(row, byCode);
            if (parent == null) {
                roots.add(row);
            } else {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(row);
            }
        }
        TreeData<TableRow> data = new TreeData<>();
        data.addRootItems(roots);
        List<TableRow> level = roots;
        while (!level.isEmpty()) {
            List<TableRow> next = new ArrayList<>();
            for (TableRow parent : level) {
                List<TableRow> kids = children.getOrDefault(parent, List.of());
                data.addItems(parent, kids);
                next.addAll(kids);
            }
            level = next;
        }
        return data;
    }

    private static TableRow parentOf(TableRow row, Map<String, TableRow> byCode) {
        String code = code(row);
        if (code == null || code.length() == 3) {
            return null;
        }
        TableRow parent = byCode.get(code.substring(0, code.length() - 2));
        return parent == row ? null : parent;
    }

    private static String code(TableRow row) {
        String code = row.code == null ? null : row.code.strip();
        return code != null && CODE.matcher(code).matches() ? code : null;
    }

    /** The children of a row in the tree shown now. */
    List<TableRow> childrenOf(TableRow row) {
        return tree.contains(row) ? tree.getChildren(row) : List.of();
    }

    /** The sum of the children's values in a column; {@code null} if a child's value is unknown. */
    BigDecimal subtotal(TableRow parent, int column) {
        List<BigDecimal> values = new ArrayList<>();
        for (TableRow child : childrenOf(parent)) {
            values.add(child.value(column));
        }
        return EditorContext.sum(values);
    }

    /** The top-level 类 rows' values in a column (what the stated totals are compared with). */
    BigDecimal leiSum(int column) {
        return leiSum(rows, column);
    }

    /** The top-level 类 rows' values of a table in a column. */
    static BigDecimal leiSum(List<TableRow> rows, int column) {
        List<BigDecimal> values = new ArrayList<>();
        for (TableRow row : rows) {
            String code = code(row);
            if (code != null && code.length() == 3) {
                values.add(row.value(column));
            }
        }
        return EditorContext.sum(values);
    }

    @Override
    boolean isEmpty() {
        return rows.isEmpty();
    }

    @Override
    protected void redraw() {
        grid.getDataProvider().refreshAll();
    }

    private TextField codeField(TableRow r) {
        TextField field = ctx.text(r.code, v -> r.code = v);
        field.setWidth("7.5em");
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                if (pending != null && pending != r) {
                    placePending();
                }
                pending = r;
                figuresChanged.run();
            }
        });
        return field;
    }

    /**
     * The user is in a field of a row: going on to another row places the pending one (at the end
     * of the round trip, after the values typed meanwhile are in); Enter places the row it is
     * pressed in, and the focus follows it.
     */
    private <F extends Component & Focusable<F>> void watch(TableRow row, String column, F field) {
        if (!ctx.editable()) {
            return;
        }
        field.addFocusListener(e -> {
            if (pending != null && pending != row) {
                placeAtEndOfRoundTrip(row, column);
            }
        });
        if (field instanceof KeyNotifier keys) {
            keys.addKeyDownListener(Key.ENTER, e -> {
                if (pending == row) {
                    placeAtEndOfRoundTrip(row, column);
                }
            });
        }
    }

    private void placeAtEndOfRoundTrip(TableRow focusedRow, String column) {
        focusRow = focusedRow;
        focusColumn = column;
        if (placing) {
            return;
        }
        placing = true;
        getUI().ifPresentOrElse(ui -> ui.beforeClientResponse(grid, c -> {
            placing = false;
            placePending();
        }), () -> {
            placing = false;
            placePending();
        });
    }

    /** Places the pending row in the tree by its code now; the focus goes where {@link #focusLater} said. */
    void placePending() {
        if (pending == null) {
            return;
        }
        TableRow placed = pending;
        TableRow target = focusRow;
        String column = focusColumn;
        List<TableRow> formerParents = ancestorsOf(placed);
        rebuild();
        resumParents(formerParents, placed);
        figuresChanged.run();
        if (target != null) {
            focusLater(target, column);
            List<TableRow> ancestors = new ArrayList<>();
            for (TableRow at = tree.contains(target) ? tree.getParent(target) : null; at != null;
                    at = tree.getParent(at)) {
                ancestors.add(at);
            }
            grid.expand(ancestors);
            grid.scrollToItem(target);
        } else {
            grid.scrollToItem(placed);
        }
    }

    /** The field of the row's column takes the focus when it is next built (or now, if it stays). */
    private void focusLater(TableRow row, String column) {
        focusRow = row;
        focusColumn = column;
        Focusable<?> existing = cells.getOrDefault(row, Map.of()).get(column);
        getUI().ifPresent(ui -> ui.beforeClientResponse(grid, c -> {
            if (focusRow == row && column.equals(focusColumn)) {
                // The grid kept the row's fields: focus the one shown.
                focusRow = null;
                if (existing != null) {
                    existing.focus();
                }
            }
        }));
    }

    /** Called for each field built for a row: the one waiting for the focus takes it. */
    private void takeFocusIfWaiting(TableRow row, String column, Focusable<?> field) {
        if (focusRow == row && column.equals(focusColumn)) {
            focusRow = null;
            field.focus();
        }
    }

    private Component nameCell(TableRow r) {
        Component name;
        if (ctx.editable()) {
            name = cell(r, "name", ctx.text(r.name, v -> r.name = v));
        } else {
            name = new Span(r.name == null ? "" : r.name);
        }
        Component badges = EditorContext.badges(ctx.marksOf(part(), key(r)));
        if (badges == null) {
            return name;
        }
        HorizontalLayout box = new HorizontalLayout(name, badges);
        box.setAlignItems(Alignment.CENTER);
        box.setWidthFull();
        box.setSpacing(false);
        return box;
    }

    private Component moneyCell(TableRow r, int column) {
        Component value = ctx.money(r.value(column), v -> r.value(column, v), () -> figureChanged(r, column));
        if (value instanceof BigDecimalField field) {
            cells.computeIfAbsent(r, k -> new HashMap<>()).put(columns[column], field);
            watch(r, columns[column], field);
            takeFocusIfWaiting(r, columns[column], field);
        }
        if (childrenOf(r).isEmpty()) {
            subtotals.remove(r);
            return value;
        }
        Span line = new Span();
        line.addClassName("subtotal");
        subtotals.computeIfAbsent(r, k -> new Span[3])[column] = line;
        showSubtotal(r, column);
        Div box = new Div(value, line);
        box.addClassName("money-cell");
        return box;
    }

    /**
     * A figure of a row changed: with the auto-sum on, each parent above it takes the sum of its
     * children in that column; its parents' subtotal lines and the totals' sums follow.
     */
    private void figureChanged(TableRow row, int column) {
        if (summing) {
            return;
        }
        if (ctx.autoSum()) {
            summing = true;
            try {
                sumParentsOf(row, column);
            } finally {
                summing = false;
            }
        }
        for (TableRow at = row; at != null; at = tree.contains(at) ? tree.getParent(at) : null) {
            for (int c = 0; c < 3; c++) {
                showSubtotal(at, c);
            }
        }
        figuresChanged.run();
    }

    /**
     * Each parent above the row takes the sum of its children's amounts in the column, the children
     * left empty counting for nothing (a parent whose children are all empty is emptied); the field
     * shown for it follows. The stated totals are not touched.
     */
    private void sumParentsOf(TableRow row, int column) {
        for (TableRow parent = tree.contains(row) ? tree.getParent(row) : null; parent != null;
                parent = tree.getParent(parent)) {
            BigDecimal sum = null;
            for (TableRow child : childrenOf(parent)) {
                sum = EditorContext.add(sum, child.value(column));
            }
            parent.value(column, sum);
            if (cells.getOrDefault(parent, Map.of()).get(columns[column]) instanceof BigDecimalField field) {
                field.setValue(sum);
            }
        }
    }

    /** Removes a row; with the auto-sum on, the parents it was under take the sum of the children left. */
    void removeRow(TableRow row) {
        List<TableRow> formerParents = ancestorsOf(row);
        rows.remove(row);
        if (pending == row) {
            pending = null;
        }
        rebuild();
        resumParents(formerParents, null);
        figuresChanged.run();
    }

    /** The rows above a row in the tree shown now, nearest first. */
    private List<TableRow> ancestorsOf(TableRow row) {
        List<TableRow> ancestors = new ArrayList<>();
        for (TableRow at = tree.contains(row) ? tree.getParent(row) : null; at != null; at = tree.getParent(at)) {
            ancestors.add(at);
        }
        return ancestors;
    }

    /**
     * After a row was added to, moved in or removed from the tree: with the auto-sum on, each parent
     * it was under before and each parent it is under now takes the sum of its children in every
     * column, the nearest first. A former parent left without children keeps its figures.
     */
    private void resumParents(List<TableRow> formerParents, TableRow row) {
        if (!ctx.autoSum()) {
            return;
        }
        List<TableRow> parents = new ArrayList<>(formerParents);
        if (row != null) {
            parents.addAll(ancestorsOf(row));
        }
        // Deeper codes first, so that a 类 adds up its 款 after they added up their 项.
        // The fields are built again from the rows after the rebuild, so the new sums show.
        parents.sort(java.util.Comparator.comparingInt((TableRow p) -> -key(p).length()));
        for (TableRow parent : parents) {
            if (!tree.contains(parent) || childrenOf(parent).isEmpty()) {
                continue;
            }
            for (int c = 0; c < 3; c++) {
                BigDecimal sum = null;
                for (TableRow child : childrenOf(parent)) {
                    sum = EditorContext.add(sum, child.value(c));
                }
                parent.value(c, sum);
            }
        }
    }

    private void showSubtotal(TableRow parent, int column) {
        Span[] lines = subtotals.get(parent);
        if (lines == null || lines[column] == null) {
            return;
        }
        Span line = lines[column];
        BigDecimal sum = subtotal(parent, column);
        line.setText(ctx.t("editor.subtotal", sum == null ? ctx.t("editor.unknown") : ctx.money(sum)));
        boolean differs = EditorContext.differ(parent.value(column), sum);
        line.setClassName("subtotal-differs", differs);
        line.getElement().setAttribute("title", differs
                ? ctx.t("editor.subtotal.differs", ctx.money(parent.value(column).subtract(sum).abs()), ctx.unitLabel())
                : ctx.t("editor.subtotal.title"));
    }

    /** The subtotal line shown under a parent's figure now, for tests and marks. */
    String subtotalText(TableRow parent, int column) {
        Span[] lines = subtotals.get(parent);
        return lines == null || lines[column] == null ? null : lines[column].getText();
    }

    boolean subtotalDiffers(TableRow parent, int column) {
        Span[] lines = subtotals.get(parent);
        return lines != null && lines[column] != null && lines[column].hasClassName("subtotal-differs");
    }

    private Component rowActions(TableRow r) {
        Button remove = removeButton(() -> removeRow(r));
        String code = code(r);
        if (code == null || code.length() == 7 || pending == r) {
            return remove;
        }
        Button child = new Button(VaadinIcon.PLUS_SQUARE_O.create(), e -> {
            addChild(r);
            ctx.changed();
        });
        child.addThemeVariants(ButtonVariant.TERTIARY);
        child.setAriaLabel(ctx.t("editor.row.add-child"));
        child.setTooltipText(ctx.t("editor.row.add-child"));
        child.addClassName("add-child");
        HorizontalLayout box = new HorizontalLayout(child, remove);
        box.setSpacing(false);
        return box;
    }

    /**
     * Inserts a row under a parent (after its last descendant), its code the parent's code for the
     * user to finish; it stays under the parent while it is edited, its code field focused.
     */
    void addChild(TableRow parent) {
        placePending();
        String code = code(parent);
        TableRow child = new TableRow(code, "", null, null, null);
        int at = rows.indexOf(parent);
        List<TableRow> below = new ArrayList<>(childrenOf(parent));
        while (!below.isEmpty()) {
            TableRow next = below.removeLast();
            at = Math.max(at, rows.indexOf(next));
            below.addAll(childrenOf(next));
        }
        rows.add(at + 1, child);
        tree.addItem(parent, child);
        grid.getDataProvider().refreshAll();
        grid.expand(parent);
        pending = child;
        focusLater(child, "code");
        grid.scrollToItem(child);
    }

    /** The row whose code was typed and that waits for the user to leave it before it moves, if any. */
    java.util.Optional<TableRow> pending() {
        return java.util.Optional.ofNullable(pending);
    }

    private <C extends Component & Focusable<C>> C cell(TableRow row, String column, C field) {
        cells.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(column, field);
        watch(row, column, field);
        takeFocusIfWaiting(row, column, field);
        return field;
    }

    private static String key(TableRow r) {
        return r.code == null ? "" : r.code.strip();
    }

    @Override
    void focus(String table, String row, String column) {
        placePending();
        scrollIntoView();
        if (row == null) {
            return;
        }
        for (TableRow candidate : rows) {
            if (row.equals(key(candidate))) {
                List<TableRow> ancestors = new ArrayList<>();
                for (TableRow at = tree.getParent(candidate); at != null; at = tree.getParent(at)) {
                    ancestors.add(at);
                }
                grid.expand(ancestors);
                grid.select(candidate);
                grid.scrollToItem(candidate);
                Focusable<?> field = cells.getOrDefault(candidate, Map.of()).get(column == null ? "total" : column);
                if (field != null) {
                    field.focus();
                }
                return;
            }
        }
    }

    TreeGrid<TableRow> grid() {
        return grid;
    }

    java.util.Optional<TableRow> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }
}
