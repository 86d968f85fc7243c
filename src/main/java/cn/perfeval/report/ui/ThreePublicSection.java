package cn.perfeval.report.ui;

import cn.perfeval.report.ReportDocument.ThreeLines;
import cn.perfeval.report.ReportDocument.ThreePublicExpenses;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * 三公经费: budget and actual of 因公出国（境）, 公务用车购置及运行维护 and 公务接待, their sums and
 * rates, and the batches and persons of official reception.
 */
final class ThreePublicSection extends Section {

    static final String[] LINES = {"overseas", "vehicles", "reception"};

    /** One of the three lines, in yuan. */
    static final class Line {
        final String key;
        BigDecimal budget;
        BigDecimal actual;

        Line(String key, BigDecimal budget, BigDecimal actual) {
            this.key = key;
            this.budget = budget;
            this.actual = actual;
        }
    }

    private final List<Line> lines = new ArrayList<>();
    private final Grid<Line> grid = new Grid<>();
    private final Grid.Column<Line> budgetColumn;
    private final Grid.Column<Line> actualColumn;
    private final Grid.Column<Line> rateColumn;
    private final Map<Line, Span> rates = new IdentityHashMap<>();
    private final IntegerField batches = new IntegerField();
    private final IntegerField persons = new IntegerField();

    ThreePublicSection(EditorContext ctx, ThreePublicExpenses three) {
        super(ctx, "threePublicExpenses", "editor.section.threePublicExpenses");
        ThreeLines budget = three == null ? null : three.budget();
        ThreeLines actual = three == null ? null : three.actual();
        lines.add(new Line(LINES[0], budget == null ? null : budget.overseas(), actual == null ? null : actual.overseas()));
        lines.add(new Line(LINES[1], budget == null ? null : budget.vehicles(), actual == null ? null : actual.vehicles()));
        lines.add(new Line(LINES[2], budget == null ? null : budget.reception(),
                actual == null ? null : actual.reception()));
        grid.setId("three-public-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::nameCell).setHeader(ctx.t("editor.three.line")).setWidth("8em").setFlexGrow(3)
                .setFooter(ctx.t("report.total"));
        budgetColumn = grid.addComponentColumn(l -> ctx.money(l.budget, v -> l.budget = v, this::showSums))
                .setHeader(ctx.t("editor.three.budget")).setTextAlign(ColumnTextAlign.END).setWidth("9.5em")
                .setFlexGrow(2);
        actualColumn = grid.addComponentColumn(l -> ctx.money(l.actual, v -> l.actual = v, this::showSums))
                .setHeader(ctx.t("editor.three.actual")).setTextAlign(ColumnTextAlign.END).setWidth("9.5em")
                .setFlexGrow(2);
        rateColumn = grid.addComponentColumn(this::rateCell)
                .setHeader(ctx.t("editor.rate")).setTextAlign(ColumnTextAlign.END).setWidth("5.5em").setFlexGrow(1);
        grid.setItems(lines);
        batches.setLabel(ctx.t("editor.three.batches"));
        persons.setLabel(ctx.t("editor.three.persons"));
        for (IntegerField f : List.of(batches, persons)) {
            f.setMin(0);
            f.setReadOnly(!ctx.editable());
            f.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    ctx.changed();
                }
            });
        }
        batches.setValue(three == null ? null : three.receptionBatches());
        persons.setValue(three == null ? null : three.receptionPersons());
        add(grid, new HorizontalLayout(field("receptionBatches", batches), field("receptionPersons", persons)));
        showSums();
    }

    @Override
    boolean hasMoney() {
        return true;
    }

    @Override
    boolean isEmpty() {
        return expenses() == null;
    }

    @Override
    protected void redraw() {
        grid.getDataProvider().refreshAll();
        showSums();
    }

    private Component nameCell(Line l) {
        Span name = new Span(ctx.t("editor.three." + l.key));
        Component badges = EditorContext.badges(ctx.marksOf(part(), l.key));
        return badges == null ? name : new HorizontalLayout(name, badges);
    }

    private void showSums() {
        BigDecimal budget = EditorContext.sum(lines.stream().map(l -> l.budget).toList());
        BigDecimal actual = EditorContext.sum(lines.stream().map(l -> l.actual).toList());
        budgetColumn.setFooter(ctx.money(budget));
        actualColumn.setFooter(ctx.money(actual));
        rateColumn.setFooter(EditorContext.percent(actual, budget));
        rates.forEach((line, rate) -> rate.setText(EditorContext.percent(line.actual, line.budget)));
    }

    private Span rateCell(Line l) {
        Span rate = new Span(EditorContext.percent(l.actual, l.budget));
        rates.put(l, rate);
        return rate;
    }

    ThreePublicExpenses expenses() {
        ThreeLines budget = threeLines(lines.get(0).budget, lines.get(1).budget, lines.get(2).budget);
        ThreeLines actual = threeLines(lines.get(0).actual, lines.get(1).actual, lines.get(2).actual);
        if (budget == null && actual == null && batches.getValue() == null && persons.getValue() == null) {
            return null;
        }
        return new ThreePublicExpenses(budget, actual, batches.getValue(), persons.getValue());
    }

    private static ThreeLines threeLines(BigDecimal overseas, BigDecimal vehicles, BigDecimal reception) {
        return overseas == null && vehicles == null && reception == null ? null
                : new ThreeLines(overseas, vehicles, reception);
    }

    @Override
    void focus(String table, String row, String column) {
        super.focus(table, row, column);
        lines.stream().filter(l -> l.key.equals(row)).findFirst().ifPresent(grid::select);
    }

    Grid<Line> grid() {
        return grid;
    }
}
