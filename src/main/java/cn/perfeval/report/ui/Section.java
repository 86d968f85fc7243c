package cn.perfeval.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One part of the report on the sheet, under its heading: the heading carries the part's marks,
 * the section redraws its figures when the unit changes, and brings a row or field into view.
 */
abstract class Section extends VerticalLayout {

    protected final EditorContext ctx;
    private final String part;
    private final String titleKey;
    private final H3 title = new H3();
    private final HorizontalLayout heading;
    private Component headingMarks;
    /** Fields of the part by column name, for focus and marks. */
    private final Map<String, Component> fields = new LinkedHashMap<>();
    /** Computed figures shown under fields, by column name. */
    private final Map<String, Component> computed = new LinkedHashMap<>();

    Section(EditorContext ctx, String part, String titleKey) {
        this.ctx = ctx;
        this.part = part;
        this.titleKey = titleKey;
        setId("section-" + part);
        addClassName("sheet-section");
        setPadding(false);
        setSpacing(true);
        heading = new HorizontalLayout(title);
        heading.setAlignItems(Alignment.BASELINE);
        heading.setWrap(true);
        add(heading);
        updateTitle();
    }

    /** The part's name in the document and in findings, e.g. {@code income}. */
    String part() {
        return part;
    }

    /** Whether the section shows the named part. */
    boolean shows(String table) {
        return part.equals(table);
    }

    /** The heading for the section navigation. */
    String navigationLabel() {
        return ctx.t(titleKey);
    }

    /** Whether the heading names the unit of money (parts with money). */
    boolean hasMoney() {
        return false;
    }

    protected void updateTitle() {
        title.setText(ctx.t(titleKey) + (hasMoney() ? ctx.t("editor.unit-suffix", ctx.unitLabel()) : ""));
    }

    /** Redraws after the unit of money or the marks changed. */
    void refresh() {
        updateTitle();
        if (headingMarks != null) {
            heading.remove(headingMarks);
        }
        headingMarks = EditorContext.badges(ctx.marksOf(part, null, null));
        if (headingMarks != null) {
            heading.add(headingMarks);
        }
        fields.forEach((column, field) -> helper(column));
        redraw();
    }

    /** Redraws the section's own content (figures in the current unit, marks on rows). */
    protected abstract void redraw();

    /**
     * Brings a row or field of the part into view; a section without rows focuses the field named
     * by {@code column} where it has one.
     */
    void focus(String table, String row, String column) {
        scrollIntoView();
        Component field = column == null ? null : fields.get(column);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    /**
     * Brings the text field named by {@code column} into view, focuses it and selects its characters from
     * {@code start} to {@code end} (kept within its text); {@code false} where the part has no such text field.
     */
    boolean select(String column, int start, int end) {
        Component field = column == null ? null : fields.get(column);
        if (!(field instanceof TextArea area)) {
            return false;
        }
        int length = area.getValue() == null ? 0 : area.getValue().length();
        int from = Math.clamp(start, 0, length);
        int to = Math.clamp(end, from, length);
        scrollIntoView();
        area.focus();
        // centred, not at the top where the part's sticky navigation would cover it; TextArea has no selection in
        // Flow: the web component's own textarea selects the characters
        area.getElement().executeJs("this.scrollIntoView({block: 'center'}); this.inputElement.setSelectionRange($0, $1)",
                from, to);
        return true;
    }

    /** Remembers a field of the part by its column name (for focus and marks); returns it. */
    protected <C extends Component> C field(String column, C field) {
        fields.put(column, field);
        helper(column);
        return field;
    }

    protected Component fieldOf(String column) {
        return fields.get(column);
    }

    /** Shows a computed figure under a field (e.g. the sum of the rows beside a stated total). */
    protected void computed(String column, String text, boolean differs) {
        Span span = new Span(text);
        span.addClassName("computed");
        if (differs) {
            span.addClassName("computed-differs");
        }
        computed.put(column, text == null ? null : span);
        helper(column);
    }

    private void helper(String column) {
        Component field = fields.get(column);
        if (!(field instanceof HasHelper hasHelper)) {
            return;
        }
        List<Component> parts = new ArrayList<>();
        if (computed.get(column) != null) {
            parts.add(computed.get(column));
        }
        Component badges = EditorContext.badges(ctx.marksOf(part, null, column));
        if (badges != null) {
            parts.add(badges);
        }
        hasHelper.setHelperComponent(parts.isEmpty() ? null : new Div(parts.toArray(Component[]::new)));
    }

    /** A button that removes a row (the runnable), counted as the user's change. */
    protected Button removeButton(Runnable remove) {
        Button button = new Button(VaadinIcon.TRASH.create(), e -> {
            remove.run();
            ctx.changed();
        });
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        button.setAriaLabel(ctx.t("report.row.remove"));
        button.setTooltipText(ctx.t("report.row.remove"));
        return button;
    }

    /** A button that adds a row (the runnable), counted as the user's change. */
    protected Button addButton(String id, String labelKey, Runnable add) {
        Button button = new Button(ctx.t(labelKey), VaadinIcon.PLUS.create(), e -> {
            add.run();
            ctx.changed();
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.SMALL);
        return button;
    }

    /**
     * The report became editable or read-only ({@link EditorContext#editable()} says which): a section
     * that can switch its fields in place does so and says {@code true}; the others say {@code false}
     * and are built anew from the report as shown.
     */
    boolean switchEditable() {
        return false;
    }

    /** Whether the part holds nothing (shown as a short note on a read-only sheet). */
    boolean isEmpty() {
        return false;
    }

    /** On a read-only sheet, an empty part shows a note instead of empty tables. */
    void collapseWhenEmpty() {
        if (!ctx.editable() && isEmpty()) {
            getChildren().filter(c -> c != heading).toList().forEach(this::remove);
            add(emptyNote());
        }
    }

    /** A line saying the part is empty, for read-only sheets. */
    protected Component emptyNote() {
        Span note = new Span(ctx.t("editor.empty"));
        note.addClassName("empty-note");
        return note;
    }
}
