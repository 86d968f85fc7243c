package cn.perfeval.checks.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.checks.CheckReport;
import cn.perfeval.checks.GuidedFix;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Severity;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The checks' findings on a report: how many errors and warnings, the recomputed score, and one
 * line per finding naming the table, row and column with the expected and found values. A click
 * on a line asks the screen to show that cell. A finding with an obvious repair offers it as a
 * button naming what it does ("添加缺少的收入科目 21099 / 2109999（13.17 元）"); the screen asks
 * the user to confirm before anything changes. A finding on the figures of the report's texts
 * shows the sentence with the figure marked; a click on it asks the screen to select the figure in
 * its text field, and where the product writes the standard sentence for the same fact, it is offered
 * in the sentence's place.
 */
public class FindingsPanel extends VerticalLayout {

    private final Span summary = new Span();
    private final Grid<Finding> grid = new Grid<>();
    private final VerticalLayout fixBox = new VerticalLayout();
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
        grid.addComponentColumn(this::message).setHeader(getTranslation("findings.message")).setWidth("16em").setFlexGrow(4);
        grid.addColumn(f -> Formats.money(f.expected())).setHeader(getTranslation("findings.expected"))
                .setAutoWidth(true);
        grid.addColumn(f -> Formats.money(f.found())).setHeader(getTranslation("findings.found")).setAutoWidth(true);
        grid.addItemClickListener(e -> onSelect.accept(e.getItem()));
        fixBox.setId("findings-fixes");
        fixBox.addClassName("guided-fixes");
        fixBox.setPadding(false);
        fixBox.setSpacing(false);
        fixBox.getStyle().set("gap", "var(--lumo-space-xs)");
        add(new H3(getTranslation("findings.title")), summary, fixBox, grid);
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
        showFixes(guidedFixes);
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        String text = errors + warnings == 0 ? getTranslation("findings.none")
                : getTranslation("findings.summary", errors, warnings);
        text += report.score().map(s -> " " + getTranslation("findings.score", s.total().toPlainString(), s.grade()))
                .orElse("");
        summary.setText(text);
        grid.setItems(report.findings());
        grid.setVisible(!report.findings().isEmpty());
    }

    /**
     * A button per repair, above the findings, where they are seen at once: findings that one repair
     * resolves alike (a row's and the totals' difference made by the same missing rows) share one.
     */
    private void showFixes(List<GuidedFix> guidedFixes) {
        fixBox.removeAll();
        List<Object> offered = new ArrayList<>();
        for (GuidedFix fix : guidedFixes) {
            if (offered.contains(fix.plan().result())) {
                continue;
            }
            offered.add(fix.plan().result());
            Button button = new Button(GuidedFixDialog.label(this, fix.plan()), e -> onFix.accept(fix));
            button.setId("fix-" + offered.size());
            button.addThemeVariants(ButtonVariant.SMALL);
            button.addClassName("guided-fix");
            button.setIcon(VaadinIcon.MAGIC.create());
            button.setTooltipText(getTranslation("findings.fix.for", location(fix.finding())));
            button.getElement().setAttribute("data-rule", fix.finding().rule());
            fixBox.add(button);
        }
        if (!offered.isEmpty()) {
            Span lead = new Span(getTranslation("findings.fix"));
            lead.addClassName("guided-fixes-lead");
            fixBox.addComponentAsFirst(lead);
        }
        // Left visible when empty (it then takes no room): Flow does not send an invisible
        // component's children, so hiding it would keep the last repairs in the browser's page.
    }

    private HorizontalLayout severity(Finding f) {
        Icon icon = f.blocks() ? VaadinIcon.CLOSE_CIRCLE.create() : VaadinIcon.WARNING.create();
        icon.setColor(f.blocks() ? "var(--lumo-error-color)" : "var(--lumo-warning-color, #b45309)");
        icon.setSize("var(--lumo-icon-size-s)");
        return new HorizontalLayout(icon, new Span(getTranslation("findings.severity." + f.severity().name())));
    }

    /** The message; for a finding on the report's texts, the sentence below it with the figure marked. */
    private Div message(Finding f) {
        Div message = new Div(new Span(getTranslation(f.message().key(), f.message().args())));
        Finding.Quote quote = f.quote();
        if (quote != null) {
            Div sentence = new Div();
            sentence.addClassName("finding-quote");
            sentence.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            Span figure = new Span(quote.figure());
            figure.getElement().setAttribute("role", "mark");
            figure.addClassName("finding-figure");
            figure.getStyle().set("background", "var(--lumo-warning-color-10pct, #fef3c7)").set("font-weight", "600");
            sentence.add(new Span("“" + quote.sentence().substring(0, quote.figureStart())), figure,
                    new Span(quote.sentence().substring(quote.figureEnd()) + "”"));
            message.add(sentence);
        }
        return message;
    }

    private String location(Finding f) {
        StringBuilder where = new StringBuilder(getTranslation("findings.table." + f.table()));
        if (f.row() != null) {
            String text = "findings.text." + f.row();
            String label = f.quote() == null ? text : getTranslation(text);
            where.append(" · ").append(text.equals(label) ? f.row() : label);
        }
        if (f.column() != null) {
            String key = "findings.column." + f.column();
            String label = getTranslation(key);
            where.append(" · ").append(key.equals(label) ? f.column() : label);
        }
        return where.toString();
    }
}
