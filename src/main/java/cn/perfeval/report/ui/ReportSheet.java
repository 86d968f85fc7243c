package cn.perfeval.report.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDetails;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.DepartmentPart;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportDocument.Staffing;
import cn.perfeval.report.ReportDocument.Totals;
import cn.perfeval.report.ReportSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A report's parts in the order a published report shows them: basic information, the income
 * and expenditure tables by functional classification code with the stated totals, and the
 * conclusions. Editable while drafting; {@link #edits()} gives what the user typed.
 */
public class ReportSheet extends VerticalLayout {

    private final boolean editable;
    private final ReportDocument original;

    private final TextField departmentType = new TextField();
    private final IntegerField authorized = new IntegerField();
    private final IntegerField actual = new IntegerField();
    private final IntegerField retired = new IntegerField();
    private final TextArea duties = new TextArea();
    private final TextArea mainTasks = new TextArea();
    private final List<TableRow> income = new ArrayList<>();
    private final List<TableRow> expenditure = new ArrayList<>();
    private final Grid<TableRow> incomeGrid = new Grid<>();
    private final Grid<TableRow> expenditureGrid = new Grid<>();
    private final List<BigDecimalField> totals = new ArrayList<>();
    private final List<BigDecimalField> moneyFields = new ArrayList<>();
    private final java.util.Map<TableRow, java.util.Map<String, com.vaadin.flow.component.Focusable<?>>> cells =
            new java.util.IdentityHashMap<>();
    private final TextArea conclusion = new TextArea();
    private final TextArea problems = new TextArea();
    private final TextArea suggestions = new TextArea();
    private final TextArea resultUse = new TextArea();
    private final TextArea publication = new TextArea();

    /** A table row as the user edits it: code, name and three money columns in yuan. */
    public static final class TableRow {
        String code;
        String name;
        BigDecimal total;
        BigDecimal first;
        BigDecimal second;

        TableRow(String code, String name, BigDecimal total, BigDecimal first, BigDecimal second) {
            this.code = code;
            this.name = name;
            this.total = total;
            this.first = first;
            this.second = second;
        }

        public String code() {
            return code;
        }

        public BigDecimal total() {
            return total;
        }
    }

    public ReportSheet(ReportDetails details, boolean editable) {
        this.editable = editable;
        this.original = details.document();
        setPadding(false);
        setWidthFull();
        add(header(details.summary()));
        add(new H3(getTranslation("report.section.basic")), basicInfo());
        add(new H3(getTranslation("report.section.funds")));
        add(table("income", income, incomeGrid, "report.income.fiscal", "report.income.other"));
        add(table("expenditure", expenditure, expenditureGrid, "report.expenditure.basic",
                "report.expenditure.project"));
        add(totalsForm());
        add(new H3(getTranslation("report.section.conclusions")), conclusions());
    }

    private Component header(ReportSummary s) {
        H2 title = new H2(s.department() + " " + s.year() + getTranslation("report.year-suffix") + " "
                + getTranslation("kind." + s.kind().name()));
        title.addClassName("view-title");
        Span status = new Span(getTranslation("status." + s.status().name()));
        status.addClassName("status-badge");
        status.setId("report-status");
        Span meta = new Span(getTranslation("report.meta", s.round(), s.updatedBy(), Formats.dateTime(s.updatedAt())));
        HorizontalLayout header = new HorizontalLayout(title, status, meta);
        header.setAlignItems(Alignment.BASELINE);
        header.setWrap(true);
        return header;
    }

    private Component basicInfo() {
        DepartmentPart dept = original.department();
        Staffing staffing = dept == null ? null : dept.staffing();
        departmentType.setLabel(getTranslation("report.basic.type"));
        authorized.setLabel(getTranslation("report.basic.authorized"));
        actual.setLabel(getTranslation("report.basic.actual"));
        retired.setLabel(getTranslation("report.basic.retired"));
        duties.setLabel(getTranslation("report.basic.duties"));
        mainTasks.setLabel(getTranslation("report.basic.main-tasks"));
        for (IntegerField f : List.of(authorized, actual, retired)) {
            f.setMin(0);
            f.setStepButtonsVisible(editable);
        }
        setText(departmentType, dept == null ? null : dept.type());
        authorized.setValue(staffing == null ? null : staffing.authorized());
        actual.setValue(staffing == null ? null : staffing.actual());
        retired.setValue(staffing == null ? null : staffing.retired());
        setText(duties, dept == null ? null : dept.duties());
        setText(mainTasks, original.mainTasks());
        FormLayout form = new FormLayout(departmentType, authorized, actual, retired, duties, mainTasks);
        form.setColspan(duties, 4);
        form.setColspan(mainTasks, 4);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
        readOnly(departmentType, authorized, actual, retired, duties, mainTasks);
        return form;
    }

    private Component table(String id, List<TableRow> rows, Grid<TableRow> grid, String firstKey, String secondKey) {
        if ("income".equals(id)) {
            for (IncomeLine l : nonNull(original.income())) {
                rows.add(new TableRow(l.code(), l.name(), l.total(), l.fiscal(), l.other()));
            }
        } else {
            for (ExpenditureLine l : nonNull(original.expenditure())) {
                rows.add(new TableRow(l.code(), l.name(), l.total(), l.basic(), l.project()));
            }
        }
        grid.setId(id + "-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        if (editable) {
            String[] columns = "income".equals(id) ? new String[] {"total", "fiscal", "other"}
                : new String[] {"total", "basic", "project"};
            grid.addComponentColumn(r -> cell(r, "code", text(r.code, v -> r.code = v, "8em")))
                    .setHeader(getTranslation("report.code")).setAutoWidth(true);
            grid.addComponentColumn(r -> cell(r, "name", text(r.name, v -> r.name = v, "100%")))
                    .setHeader(getTranslation("report.name")).setFlexGrow(3);
            grid.addComponentColumn(r -> cell(r, columns[0], money(r.total, v -> r.total = v)))
                    .setHeader(getTranslation("report.total"));
            grid.addComponentColumn(r -> cell(r, columns[1], money(r.first, v -> r.first = v)))
                    .setHeader(getTranslation(firstKey));
            grid.addComponentColumn(r -> cell(r, columns[2], money(r.second, v -> r.second = v)))
                    .setHeader(getTranslation(secondKey));
            grid.addComponentColumn(r -> {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    rows.remove(r);
                    grid.setItems(rows);
                });
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                remove.setAriaLabel(getTranslation("report.row.remove"));
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        } else {
            grid.addColumn(r -> r.code).setHeader(getTranslation("report.code")).setAutoWidth(true);
            grid.addColumn(r -> indent(r.code) + r.name).setHeader(getTranslation("report.name")).setFlexGrow(3);
            grid.addColumn(r -> Formats.money(r.total)).setHeader(getTranslation("report.total")).setTextAlign(ColumnTextAlign.END);
            grid.addColumn(r -> Formats.money(r.first)).setHeader(getTranslation(firstKey)).setTextAlign(ColumnTextAlign.END);
            grid.addColumn(r -> Formats.money(r.second)).setHeader(getTranslation(secondKey)).setTextAlign(ColumnTextAlign.END);
        }
        grid.setItems(rows);
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("report." + id + ".title") + "（"
                + getTranslation("unit.YUAN") + "）"), grid);
        box.setPadding(false);
        if (editable) {
            Button add = new Button(getTranslation("report.row.add"), VaadinIcon.PLUS.create(), e -> {
                rows.add(new TableRow("", "", null, null, null));
                grid.setItems(rows);
            });
            add.setId(id + "-add-row");
            box.add(add);
        }
        return box;
    }

    private Component totalsForm() {
        Totals t = original.totals();
        String[] keys = {"income", "incomeFiscal", "incomeOther", "expenditure", "basic", "project", "openingBalance",
            "closingBalance"};
        BigDecimal[] values = t == null ? new BigDecimal[8] : new BigDecimal[] {t.income(), t.incomeFiscal(),
            t.incomeOther(), t.expenditure(), t.basic(), t.project(), t.openingBalance(), t.closingBalance()};
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
        for (int i = 0; i < keys.length; i++) {
            BigDecimalField field = new BigDecimalField(getTranslation("report.totals." + keys[i]));
            field.setId("totals-" + keys[i]);
            field.setValue(values[i]);
            field.setReadOnly(!editable);
            moneyFields.add(field);
            field.setSuffixComponent(new Span(getTranslation("unit.YUAN")));
            totals.add(field);
            form.add(field);
        }
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("report.totals.title")), form);
        box.setPadding(false);
        return box;
    }

    private Component conclusions() {
        conclusion.setLabel(getTranslation("report.conclusion"));
        problems.setLabel(getTranslation("report.problems"));
        suggestions.setLabel(getTranslation("report.suggestions"));
        resultUse.setLabel(getTranslation("report.result-use"));
        publication.setLabel(getTranslation("report.publication"));
        setText(conclusion, original.conclusion());
        setText(problems, original.problems());
        setText(suggestions, original.suggestions());
        setText(resultUse, original.resultUse());
        setText(publication, original.publication());
        readOnly(conclusion, problems, suggestions, resultUse, publication);
        VerticalLayout box = new VerticalLayout(conclusion, problems, suggestions, resultUse, publication);
        box.setPadding(false);
        box.getChildren().forEach(c -> ((TextArea) c).setWidthFull());
        return box;
    }

    /** What the user sees now, as a document with money in yuan. */
    public ReportDocument edits() {
        DepartmentPart dept = new DepartmentPart(original.department() == null ? null : original.department().name(),
                original.department() == null ? null : original.department().region(), blankToNull(departmentType.getValue()),
                authorized.getValue() == null && actual.getValue() == null && retired.getValue() == null ? null
                        : new Staffing(authorized.getValue(), actual.getValue(), retired.getValue()),
                blankToNull(duties.getValue()));
        List<IncomeLine> in = income.stream().map(r -> new IncomeLine(strip(r.code), strip(r.name), r.total, r.first,
                r.second)).toList();
        List<ExpenditureLine> out = expenditure.stream().map(r -> new ExpenditureLine(strip(r.code), strip(r.name),
                r.total, r.first, r.second)).toList();
        Function<Integer, BigDecimal> total = i -> totals.get(i).getValue();
        Totals t = new Totals(total.apply(0), total.apply(1), total.apply(2), total.apply(3), total.apply(4),
                total.apply(5), total.apply(6), total.apply(7));
        return new ReportDocument(original.formatVersion(), original.kind(), original.year(), MoneyUnit.YUAN, dept,
                blankToNull(mainTasks.getValue()), in, out, t, original.budget(), original.threePublicExpenses(),
                original.assets(), original.indicators(), original.projects(), original.scoring(),
                blankToNull(conclusion.getValue()), blankToNull(problems.getValue()),
                blankToNull(suggestions.getValue()), blankToNull(resultUse.getValue()),
                blankToNull(publication.getValue()));
    }

    /**
     * Brings a cell into view: the row of a table by its code (selected, and its field focused
     * while editing), or a stated total. Parts the sheet does not show are left alone.
     */
    public void focus(String table, String row, String column) {
        if ("totals".equals(table) && column != null) {
            totals.stream().filter(f -> f.getId().orElse("").equals("totals-" + column)).findFirst()
                    .ifPresent(f -> f.focus());
            return;
        }
        List<TableRow> rows = "income".equals(table) ? income : "expenditure".equals(table) ? expenditure : null;
        Grid<TableRow> grid = "income".equals(table) ? incomeGrid : expenditureGrid;
        if (rows == null || row == null) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            TableRow candidate = rows.get(i);
            if (row.equals(candidate.code)) {
                grid.scrollToIndex(i);
                grid.select(candidate);
                var field = cells.getOrDefault(candidate, java.util.Map.of()).get(column == null ? "total" : column);
                if (field != null) {
                    field.focus();
                }
                return;
            }
        }
    }

    /** The row of a table that is selected (shown), if any. */
    public java.util.Optional<TableRow> selectedRow(String table) {
        return ("income".equals(table) ? incomeGrid : expenditureGrid).getSelectedItems().stream().findFirst();
    }

    /** Appends generated sentences to the conclusion, where the drafter edits around them. */
    public void appendToConclusion(String text) {
        String current = conclusion.getValue();
        conclusion.setValue(current == null || current.isBlank() ? text : current + "\n" + text);
    }

    /** Whether a money field holds text that is not a number: such input is never saved as empty. */
    public boolean hasUnparsableInput() {
        return moneyFields.stream().anyMatch(f -> f.isAttached() && f.isInvalid());
    }

    /** The rows of the income table as shown. */
    public List<TableRow> incomeRows() {
        return List.copyOf(income);
    }

    /** The rows of the expenditure table as shown. */
    public List<TableRow> expenditureRows() {
        return List.copyOf(expenditure);
    }

    private <C extends com.vaadin.flow.component.Component & com.vaadin.flow.component.Focusable<C>> C cell(TableRow row,
            String column, C field) {
        cells.computeIfAbsent(row, r -> new java.util.HashMap<>()).put(column, field);
        return field;
    }

    private TextField text(String value, java.util.function.Consumer<String> setter, String width) {
        TextField field = new TextField();
        field.setValue(value == null ? "" : value);
        field.setWidth(width);
        field.addValueChangeListener(e -> setter.accept(e.getValue()));
        return field;
    }

    private BigDecimalField money(BigDecimal value, java.util.function.Consumer<BigDecimal> setter) {
        BigDecimalField field = new BigDecimalField();
        moneyFields.add(field);
        field.setValue(value);
        field.setWidthFull();
        field.addValueChangeListener(e -> setter.accept(e.getValue()));
        return field;
    }

    private void readOnly(com.vaadin.flow.component.HasValue<?, ?>... fields) {
        for (var f : fields) {
            f.setReadOnly(!editable);
        }
    }

    private static void setText(com.vaadin.flow.component.HasValue<?, String> field, String value) {
        field.setValue(value == null ? "" : value);
    }

    private static String indent(String code) {
        return code == null ? "" : code.length() == 5 ? "\u3000" : code.length() == 7 ? "\u3000\u3000" : "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
