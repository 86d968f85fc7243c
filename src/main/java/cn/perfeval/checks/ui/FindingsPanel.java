package cn.perfeval.checks.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.checks.CheckReport;
import cn.perfeval.checks.GuidedFix;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Severity;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The checks' findings on a report: how many errors and warnings, the recomputed score, and one
 * line per finding naming the table, row and column with the expected and found values. A click
 * on a line asks the screen to show that cell. A finding with an obvious repair offers it as a
 * button naming what it does ("添加缺少的收入科目 21099 / 2109999（13.17 元）"); the screen asks
 * the user to confirm before anything changes.
 */
public class FindingsPanel extends VerticalLayout {

    private final Span summary = new Span();
    private final Grid<Finding> grid = new Grid<>();
    private final Map<Finding, GuidedFix> fixes = new IdentityHashMap<>();
    private Consumer<GuidedFix> onFix = f -> {
    };

    public FindingsPanel(Consumer<Finding> onSelect) {
        setId("findings");
        setPadding(false);
        setSpacing(false);
        summary.setId("findings-summary");
        grid.setId("findings-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::severity).setHeader(getTranslation("findings.severity")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::location).setHeader(getTranslation("findings.location")).setAutoWidth(true);
        grid.addColumn(f -> getTranslation(f.message().key(), f.message().args()))
                .setHeader(getTranslation("findings.message")).setWidth("16em").setFlexGrow(4);
        grid.addColumn(f -> Formats.money(f.expected())).setHeader(getTranslation("findings.expected"))
                .setAutoWidth(true);
        grid.addColumn(f -> Formats.money(f.found())).setHeader(getTranslation("findings.found")).setAutoWidth(true);
        grid.addComponentColumn(this::fix).setHeader(getTranslation("findings.fix")).setAutoWidth(true)
                .setFlexGrow(0).setKey("fix");
        grid.addItemClickListener(e -> onSelect.accept(e.getItem()));
        add(new H3(getTranslation("findings.title")), summary, grid);
    }

    /** Shows the findings of a fresh run of the checks, without repairs. */
    public void show(CheckReport report) {
        show(report, List.of());
    }

    /** Who is told when the user asks for a finding's repair (to confirm and apply it). */
    public void setOnFix(Consumer<GuidedFix> onFix) {
        this.onFix = onFix;
    }

    /** Shows the findings of a fresh run of the checks, offering the repairs of those that have one. */
    public void show(CheckReport report, List<GuidedFix> guidedFixes) {
        fixes.clear();
        guidedFixes.forEach(f -> fixes.put(f.finding(), f));
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        String text = errors + warnings == 0 ? getTranslation("findings.none")
                : getTranslation("findings.summary", errors, warnings);
        text += report.score().map(s -> " " + getTranslation("findings.score", s.total().toPlainString(), s.grade()))
                .orElse("");
        summary.setText(text);
        grid.setItems(report.findings());
        grid.setVisible(!report.findings().isEmpty());
        grid.getColumnByKey("fix").setVisible(!fixes.isEmpty());
    }

    /** The button that offers the finding's repair, if it has one. */
    private Component fix(Finding f) {
        GuidedFix fix = fixes.get(f);
        if (fix == null) {
            return new Span();
        }
        Button button = new Button(GuidedFixDialog.label(this, fix.plan()), e -> onFix.accept(fix));
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        button.addClassName("guided-fix");
        button.getElement().setAttribute("data-rule", f.rule());
        return button;
    }

    private HorizontalLayout severity(Finding f) {
        Icon icon = f.blocks() ? VaadinIcon.CLOSE_CIRCLE.create() : VaadinIcon.WARNING.create();
        icon.setColor(f.blocks() ? "var(--lumo-error-color)" : "var(--lumo-warning-color, #b45309)");
        icon.setSize("var(--lumo-icon-size-s)");
        return new HorizontalLayout(icon, new Span(getTranslation("findings.severity." + f.severity().name())));
    }

    private String location(Finding f) {
        StringBuilder where = new StringBuilder(getTranslation("findings.table." + f.table()));
        if (f.row() != null) {
            where.append(" · ").append(f.row());
        }
        if (f.column() != null) {
            String key = "findings.column." + f.column();
            String label = getTranslation(key);
            where.append(" · ").append(key.equals(label) ? f.column() : label);
        }
        return where.toString();
    }
}
