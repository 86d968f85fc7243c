package cn.perfeval.report.ui;

import cn.perfeval.report.ReportDocument.BudgetLine;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * 预算执行: budget against execution by item, with the execution rate computed for display
 * (executed / adjusted budget, or the initial budget where none was adjusted).
 */
final class BudgetSection extends Section {

    /** A budget line as the user edits it, in yuan. */
    static final class Row {
        String item;
        BigDecimal initial;
        BigDecimal adjusted;
        BigDecimal executed;

        Row(String item, BigDecimal initial, BigDecimal adjusted, BigDecimal executed) {
            this.item = item;
            this.initial = initial;
            this.adjusted = adjusted;
            this.executed = executed;
        }

        String rate() {
            return EditorContext.percent(executed, adjusted != null ? adjusted : initial);
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final Grid<Row> grid = new Grid<>();
    private final Map<Row, Span> rates = new IdentityHashMap<>();

    BudgetSection(EditorContext ctx, List<BudgetLine> lines) {
        super(ctx, "budget", "editor.section.budget");
        if (lines != null) {
            for (BudgetLine l : lines) {
                rows.add(new Row(l.item(), l.initial(), l.adjusted(), l.executed()));
            }
        }
        grid.setId("budget-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::itemCell).setHeader(ctx.t("editor.budget.item")).setWidth("10em").setFlexGrow(3);
        grid.addComponentColumn(r -> ctx.money(r.initial, v -> r.initial = v, () -> showRate(r)))
                .setHeader(ctx.t("editor.budget.initial")).setTextAlign(ColumnTextAlign.END).setWidth("9.5em").setFlexGrow(2);
        grid.addComponentColumn(r -> ctx.money(r.adjusted, v -> r.adjusted = v, () -> showRate(r)))
                .setHeader(ctx.t("editor.budget.adjusted")).setTextAlign(ColumnTextAlign.END).setWidth("9.5em").setFlexGrow(2);
        grid.addComponentColumn(r -> ctx.money(r.executed, v -> r.executed = v, () -> showRate(r)))
                .setHeader(ctx.t("editor.budget.executed")).setTextAlign(ColumnTextAlign.END).setWidth("9.5em").setFlexGrow(2);
        grid.addComponentColumn(this::rateCell).setHeader(ctx.t("editor.rate")).setTextAlign(ColumnTextAlign.END)
                .setWidth("5.5em").setFlexGrow(1);
        if (ctx.editable()) {
            grid.addComponentColumn(r -> removeButton(() -> {
                rows.remove(r);
                grid.setItems(rows);
            })).setWidth("4em").setFlexGrow(0);
        }
        grid.setItems(rows);
        add(grid);
        if (ctx.editable()) {
            add(addButton("budget-add-row", "report.row.add", () -> {
                rows.add(new Row("", null, null, null));
                grid.setItems(rows);
            }));
        }
    }

    @Override
    boolean hasMoney() {
        return true;
    }

    @Override
    boolean isEmpty() {
        return rows.isEmpty();
    }

    @Override
    protected void redraw() {
        grid.getDataProvider().refreshAll();
    }

    private Component itemCell(Row r) {
        Component item = ctx.editable() ? ctx.text(r.item, v -> r.item = v) : new Span(r.item == null ? "" : r.item);
        Component badges = EditorContext.badges(ctx.marksOf(part(), key(r)));
        return badges == null ? item : new HorizontalLayout(item, badges);
    }

    private Component rateCell(Row r) {
        Span rate = new Span(r.rate());
        rate.addClassName("money");
        rates.put(r, rate);
        return rate;
    }

    private void showRate(Row r) {
        Span rate = rates.get(r);
        if (rate != null) {
            rate.setText(r.rate());
        }
    }

    /** The row as findings name it: the item, or its place counted from 1 where it has none. */
    private String key(Row r) {
        return ReportSheet.rowKey(r.item, rows.indexOf(r));
    }

    @Override
    void focus(String table, String row, String column) {
        scrollIntoView();
        rows.stream().filter(r -> key(r).equals(row)).findFirst().ifPresent(r -> {
            grid.select(r);
            grid.scrollToItem(r);
        });
    }

    List<BudgetLine> lines() {
        List<BudgetLine> lines = rows.stream()
                .map(r -> new BudgetLine(ReportSheet.strip(r.item), r.initial, r.adjusted, r.executed)).toList();
        return lines.isEmpty() ? null : lines;
    }

    Grid<Row> grid() {
        return grid;
    }
}
