package cn.perfeval.report.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.base.ui.MoneyInputs;
import cn.perfeval.report.MoneyUnit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the sections of one {@link ReportSheet} share: whether the report is editable, the unit
 * money is shown in, the marks other features put on parts and rows, the number fields (to find
 * unparsable input) and who is told of a change the user made.
 */
final class EditorContext implements Serializable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Characters of a mark's text shown on its badge; the tooltip shows all of it. */
    private static final int BADGE_LENGTH = 16;
    /** Rows a grid shows all at once; a grid of more scrolls in its own box. */
    private static final int FEW_ROWS = 15;
    private static final String LAZY_GRID_HEIGHT = "34em";

    /** A badge with a tooltip on a part, a row or a field. */
    record Mark(String table, String row, String column, String text, String theme) implements Serializable {
    }

    private boolean editable;
    private final Component owner;
    private MoneyUnit unit = MoneyUnit.YUAN;
    private final List<Runnable> changeListeners = new ArrayList<>();
    private final List<BigDecimalField> numberFields = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private boolean dirty;
    private boolean autoSum;
    private final java.util.Map<String, String> approvedTargets = new java.util.HashMap<>();

    EditorContext(boolean editable, Component owner) {
        this.editable = editable;
        this.owner = owner;
    }

    boolean editable() {
        return editable;
    }

    /**
     * Makes the report editable or read-only (after an action that changed it); the sections built
     * before are built again, or switch in place, as the sheet decides. Fields built read-only
     * before are forgotten.
     */
    void editable(boolean editable) {
        this.editable = editable;
        numberFields.removeIf(f -> !f.isAttached());
    }

    MoneyUnit unit() {
        return unit;
    }

    void unit(MoneyUnit unit) {
        this.unit = unit;
    }

    /** Whether a parent code row takes the sum of its children as a child's amount is typed (decision 0029). */
    boolean autoSum() {
        return autoSum && moneyEditable();
    }

    void autoSum(boolean on) {
        this.autoSum = on;
    }

    /** The indicators of the report's approved declaration, whose targets are shown and never typed. */
    void approvedTargets(List<cn.perfeval.report.ReportDocument.Indicator> approved) {
        approvedTargets.clear();
        for (var indicator : approved) {
            approvedTargets.putIfAbsent(approvedKey(indicator.level1(), indicator.level2(), indicator.name()),
                    indicator.target() == null ? "" : indicator.target().strip());
        }
    }

    /** The approved target of the indicator of these levels and name (compared as project names are), if declared. */
    java.util.Optional<String> approvedTarget(String level1, String level2, String name) {
        return java.util.Optional.ofNullable(approvedTargets.get(approvedKey(level1, level2, name)));
    }

    private static String approvedKey(String level1, String level2, String name) {
        return cn.perfeval.report.ProjectNames.key(level1) + '\u0000' + cn.perfeval.report.ProjectNames.key(level2)
                + '\u0000' + cn.perfeval.report.ProjectNames.key(name);
    }

    /** Money is typed only while drafting and shown in yuan: 万元 figures are shown, never typed. */
    boolean moneyEditable() {
        return editable && unit == MoneyUnit.YUAN;
    }

    String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    /** The unit's name, e.g. 元. */
    String unitLabel() {
        return t("unit." + unit.name());
    }

    // ---- changes -------------------------------------------------------------------------------

    Registration addChangeListener(Runnable listener) {
        changeListeners.add(listener);
        return () -> changeListeners.remove(listener);
    }

    /** The user changed something: the sheet holds input not yet saved. */
    void changed() {
        dirty = true;
        changeListeners.forEach(Runnable::run);
    }

    boolean dirty() {
        return dirty;
    }

    void clean() {
        dirty = false;
    }

    // ---- money and numbers ---------------------------------------------------------------------

    /** Money in yuan written in the shown unit: 元 with its two decimals, 万元 rounded to two decimals for display. */
    String money(BigDecimal yuan) {
        if (yuan == null) {
            return "";
        }
        if (unit == MoneyUnit.YUAN) {
            return Formats.money(yuan);
        }
        return Formats.money(yuan.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP));
    }

    /** A percentage for display, two decimals, computed and never stored; empty where unknown. */
    static String percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return "";
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** The sum, unknown if any addend is unknown; unknown for no addends. */
    static BigDecimal sum(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            if (v == null) {
                return null;
            }
            total = total.add(v);
        }
        return total;
    }

    static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    static boolean differ(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) != 0;
    }

    /**
     * A money cell: a field while money is editable (typing writes {@code setter}, then runs
     * {@code after}), otherwise the figure as text in the shown unit, its exact yuan as tooltip.
     */
    Component money(BigDecimal yuan, Consumer<BigDecimal> setter, Runnable after) {
        if (!moneyEditable()) {
            Span text = new Span(money(yuan));
            text.addClassName("money");
            if (yuan != null && unit != MoneyUnit.YUAN) {
                text.getElement().setAttribute("title", Formats.money(yuan) + " " + t("unit.YUAN"));
            }
            return text;
        }
        return moneyNumber(yuan, setter, after);
    }

    /**
     * A money field: letters are refused at the cell with a message, a negative amount is asked
     * about, and the digits are grouped by thousands while the field is not being edited.
     */
    private BigDecimalField moneyNumber(BigDecimal yuan, Consumer<BigDecimal> setter, Runnable after) {
        return MoneyInputs.groupDigitsWhenIdle(MoneyInputs.confirmNegative(
                MoneyInputs.refuseLetters(number(yuan, setter, after)), v -> money(v) + " " + unitLabel()));
    }

    /**
     * A labelled money field for forms: typed in yuan while money is editable, otherwise the
     * figure in the shown unit, read-only; the unit stands after the figure.
     */
    Component moneyField(String label, BigDecimal yuan, Consumer<BigDecimal> setter, Runnable after) {
        Span suffix = new Span(unitLabel());
        if (moneyEditable()) {
            BigDecimalField field = moneyNumber(yuan, setter, after);
            field.setLabel(label);
            field.setSuffixComponent(suffix);
            return field;
        }
        TextField shown = new TextField(label);
        shown.setValue(money(yuan));
        shown.setReadOnly(true);
        shown.addClassName("money");
        shown.addThemeVariants(TextFieldVariant.ALIGN_RIGHT);
        shown.setSuffixComponent(suffix);
        if (yuan != null && unit != MoneyUnit.YUAN) {
            shown.setTooltipText(Formats.money(yuan) + " " + t("unit.YUAN"));
        }
        return shown;
    }

    /** A number field for money in yuan or points, registered so that unparsable input is caught. */
    BigDecimalField number(BigDecimal value, Consumer<BigDecimal> setter, Runnable after) {
        BigDecimalField field = new BigDecimalField();
        field.setValue(value);
        field.setWidthFull();
        field.addClassName("money");
        field.addThemeVariants(TextFieldVariant.ALIGN_RIGHT);
        field.setReadOnly(!editable);
        field.addValueChangeListener(e -> {
            setter.accept(e.getValue());
            if (e.isFromClient()) {
                changed();
            }
            after.run();
        });
        numberFields.removeIf(f -> !f.isAttached() && f.getParent().isEmpty());
        numberFields.add(field);
        return field;
    }

    /**
     * Sizes a grid for its number of rows: a few are all shown; more scroll inside a box of fixed
     * height and are sent to the browser as they come into view (a component column's cells are
     * built only then).
     */
    static void fitRows(Grid<?> grid, int rows) {
        boolean few = rows <= FEW_ROWS;
        grid.setAllRowsVisible(few);
        grid.setHeight(few ? null : LAZY_GRID_HEIGHT);
    }

    /** Whether a number field holds text that is not a number. */
    boolean hasUnparsableInput() {
        return numberFields.stream().anyMatch(f -> f.isAttached() && f.isInvalid());
    }

    TextField text(String value, Consumer<String> setter) {
        TextField field = new TextField();
        bind(field, value, setter);
        field.setWidthFull();
        return field;
    }

    TextArea area(String labelKey, String value, Consumer<String> setter) {
        TextArea area = new TextArea(t(labelKey));
        bind(area, value, setter);
        area.setWidthFull();
        return area;
    }

    /** Shows {@code value} in a text field and writes what the user types back through {@code setter}. */
    <F extends HasValue<?, String>> F bind(F field, String value, Consumer<String> setter) {
        field.setValue(value == null ? "" : value);
        field.setReadOnly(!editable);
        field.addValueChangeListener(e -> {
            setter.accept(e.getValue());
            if (e.isFromClient()) {
                changed();
            }
        });
        return field;
    }

    // ---- marks ---------------------------------------------------------------------------------

    void addMark(Mark mark) {
        marks.add(mark);
    }

    void clearMarks() {
        marks.clear();
    }

    boolean hasMarks() {
        return !marks.isEmpty();
    }

    /** How many marks a part holds, on the part itself, its fields and its rows. */
    long markCount(String table) {
        return marks.stream().filter(m -> m.table().equals(table)).count();
    }

    /** Removes the given marks, keeping all others. */
    void removeMarks(List<Mark> which) {
        marks.removeAll(which);
    }

    /** The marks of a row ({@code row} as the findings name it), or of the part itself where {@code row} is null. */
    List<Mark> marksOf(String table, String row) {
        return marks.stream().filter(m -> m.table().equals(table) && Objects.equals(m.row(), row)).toList();
    }

    /** The marks of a field of a part (no row). */
    List<Mark> marksOf(String table, String row, String column) {
        return marks.stream().filter(m -> m.table().equals(table) && Objects.equals(m.row(), row)
                && Objects.equals(m.column(), column)).toList();
    }

    /** Badges for marks, each with its text as tooltip; {@code null} for none. */
    static Component badges(List<Mark> marks) {
        if (marks.isEmpty()) {
            return null;
        }
        HorizontalLayout box = new HorizontalLayout();
        box.setSpacing(false);
        box.addClassName("mark-badges");
        for (Mark m : marks) {
            box.add(badge(m));
        }
        return box;
    }

    static Span badge(Mark m) {
        String text = m.text() == null ? "" : m.text().strip();
        Span badge = new Span(text.length() > BADGE_LENGTH ? text.substring(0, BADGE_LENGTH) + "…" : text);
        badge.addClassName("mark-badge");
        String theme = m.theme() == null || m.theme().isBlank() ? "contrast" : m.theme().strip();
        badge.addClassName("mark-" + theme);
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(theme);
        badge.getElement().setAttribute("data-mark", m.table() + "|" + Objects.toString(m.row(), "") + "|"
                + Objects.toString(m.column(), ""));
        Tooltip.forComponent(badge).setText(text);
        return badge;
    }
}
