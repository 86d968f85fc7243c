package cn.perfeval.report.ui;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.Formats;
import cn.perfeval.base.ui.Notifications;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDetails;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportDocument.Scoring;
import cn.perfeval.report.ReportSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A report on one page, a section per part in the order a published report shows them: basic
 * information, income and expenditure by functional classification code (trees with the sum of
 * each parent's children), the stated totals, budget execution, 三公经费, assets, projects,
 * performance indicators, the scoring table and the conclusions. One part is shown at a time: the
 * navigation switches the part (each part is built the first time it is shown, so that opening a
 * report sends only its first part to the browser) and counts each part's marks; a unit switch
 * shows all money in 元 or 万元. Editable while drafting; {@link #edits()}
 * gives what the user typed, money in yuan.
 *
 * <p>Parts and rows are addressed as the checks' findings address them: {@code table} is the part's
 * name in the document ({@code income}, {@code expenditure}, {@code totals}, {@code budget},
 * {@code threePublicExpenses}, {@code assets}, {@code indicators}, {@code projects},
 * {@code scoring}, {@code basic}, {@code texts}), {@code row} a code, a name or a place counted
 * from 1, {@code column} a field's name.
 */
@StyleSheet("styles/editor.css")
public class ReportSheet extends VerticalLayout {

    private static final Set<String> TEXT_FIELDS = Set.of("narrative", "conclusion", "problems", "suggestions", "resultUse",
            "publication");

    private final EditorContext ctx;
    /** The report as the parts not built yet start from: as opened, or as shown when the editability last changed. */
    private ReportDocument original;
    private final List<TableRow> income = new ArrayList<>();
    private final List<TableRow> expenditure = new ArrayList<>();
    private final Part<BasicSection> basic;
    private final Part<CodeTableSection> incomeSection;
    private final Part<CodeTableSection> expenditureSection;
    private final Part<TotalsSection> totalsSection;
    private final Part<BudgetSection> budgetSection;
    private final Part<ThreePublicSection> threePublicSection;
    private final Part<AssetsSection> assetsSection;
    private final Part<ProjectsSection> projectsSection;
    private final Part<IndicatorsSection> indicatorsSection;
    private final Part<ScoringSection> scoringSection;
    private final Part<TextsSection> textsSection;
    private final List<Part<?>> parts;
    private final Div content = new Div();
    private final RadioButtonGroup<MoneyUnit> unitSwitch = new RadioButtonGroup<>();
    private Part<?> shown;
    private final Span status = new Span();
    private final Span meta = new Span();
    private List<Scoring> scoringTemplates = List.of();

    /**
     * A part of the report on the sheet: its section is built the first time it is shown or asked
     * for, and only the part shown is visible (an invisible component is not sent to the browser).
     */
    private final class Part<S extends Section> implements Serializable {

        private final String name;
        private final SerializableSupplier<S> factory;
        private final Button button;
        private S section;

        Part(String name, SerializableSupplier<S> factory) {
            this.name = name;
            this.factory = factory;
            this.button = new Button(getTranslation("editor.section." + name), e -> show(this));
            button.setId("nav-" + name);
            button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        }

        S get() {
            if (section == null) {
                section = factory.get();
                section.setVisible(false);
                section.collapseWhenEmpty();
                if (ctx.hasMarks()) {
                    section.refresh();
                }
                content.add(section);
            }
            return section;
        }

        boolean built() {
            return section != null;
        }

        /**
         * The report became editable or read-only: the part shown switches (in place where its section
         * can, otherwise built anew where it stands); a part not shown is built again when it is next shown.
         */
        void editabilityChanged(boolean isShown) {
            if (section == null || section.switchEditable()) {
                return;
            }
            Section before = section;
            section = null;
            if (!isShown) {
                content.remove(before);
                return;
            }
            S now = factory.get();
            now.collapseWhenEmpty();
            if (ctx.hasMarks()) {
                now.refresh();
            }
            content.replace(before, now);
            section = now;
        }

        void ifBuilt(SerializableConsumer<S> action) {
            if (section != null) {
                action.accept(section);
            }
        }

        boolean shows(String table) {
            return name.equals(table);
        }
    }

    /** The marks of input the last save refused. */
    private final List<EditorContext.Mark> problemMarks = new ArrayList<>();

    /** A row of the income or expenditure table as the user edits it: code, name and three money columns in yuan. */
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

        public String name() {
            return name;
        }

        public BigDecimal total() {
            return total;
        }

        /** 财政拨款 of income, 基本支出 of expenditure. */
        public BigDecimal first() {
            return first;
        }

        /** 其他 of income, 项目支出 of expenditure. */
        public BigDecimal second() {
            return second;
        }

        BigDecimal value(int column) {
            return switch (column) {
                case 0 -> total;
                case 1 -> first;
                default -> second;
            };
        }

        void value(int column, BigDecimal value) {
            switch (column) {
                case 0 -> total = value;
                case 1 -> first = value;
                default -> second = value;
            }
        }
    }

    public ReportSheet(ReportDetails details, boolean editable) {
        this.ctx = new EditorContext(editable, this);
        ctx.approvedTargets(details.approvedIndicators());
        ReportDocument document = details.document();
        setPadding(false);
        setWidthFull();
        addClassName("report-sheet");
        for (IncomeLine l : nonNull(document.income())) {
            income.add(new TableRow(l.code(), l.name(), l.total(), l.fiscal(), l.other()));
        }
        for (ExpenditureLine l : nonNull(document.expenditure())) {
            expenditure.add(new TableRow(l.code(), l.name(), l.total(), l.basic(), l.project()));
        }
        // The code rows live on in the table rows alone: the page holds one copy of each.
        this.original = withoutCodeRows(document);
        basic = new Part<>("basic", () -> new BasicSection(ctx, original));
        incomeSection = new Part<>("income", () -> new CodeTableSection(ctx, "income", income,
                new String[] {"total", "fiscal", "other"},
                new String[] {"report.income.fiscal", "report.income.other"}, this::figuresChanged));
        expenditureSection = new Part<>("expenditure", () -> new CodeTableSection(ctx, "expenditure", expenditure,
                new String[] {"total", "basic", "project"},
                new String[] {"report.expenditure.basic", "report.expenditure.project"}, this::figuresChanged));
        totalsSection = new Part<>("totals", () -> new TotalsSection(ctx, original.totals(),
                c -> CodeTableSection.leiSum(income, c), c -> CodeTableSection.leiSum(expenditure, c)));
        budgetSection = new Part<>("budget", () -> new BudgetSection(ctx, original.budget()));
        threePublicSection = new Part<>("threePublicExpenses",
                () -> new ThreePublicSection(ctx, original.threePublicExpenses()));
        assetsSection = new Part<>("assets", () -> new AssetsSection(ctx, original.assets()));
        projectsSection = new Part<>("projects", () -> new ProjectsSection(ctx, original.projects()));
        indicatorsSection = new Part<>("indicators", () -> new IndicatorsSection(ctx, original.indicators()));
        scoringSection = new Part<>("scoring", () -> {
            ScoringSection section = new ScoringSection(ctx, original.scoring());
            section.setTemplates(scoringTemplates);
            return section;
        });
        textsSection = new Part<>("texts", () -> new TextsSection(ctx, original));
        parts = List.of(basic, incomeSection, expenditureSection, totalsSection, budgetSection,
                threePublicSection, assetsSection, projectsSection, indicatorsSection, scoringSection, textsSection);
        content.setId("sheet-part");
        content.setWidthFull();
        add(header(details.summary()), navigation(), content);
        show(basic);
    }

    /**
     * Makes the report editable (a withdrawal) or read-only (a submission) where it stands: the
     * header, the navigation, the part shown and the rows stay; the part shown switches in place or
     * is built anew, and the parts not shown are built from what the page shows now when next shown.
     */
    public void setEditable(boolean editable) {
        if (editable == ctx.editable()) {
            return;
        }
        ReportDocument now = edits();
        original = withoutCodeRows(new ReportDocument(now.formatVersion(), now.kind(), now.year(), original.unit(),
                now.department(), now.mainTasks(), null, null, now.totals(), now.budget(),
                now.threePublicExpenses(), now.assets(), now.indicators(), now.projects(), now.scoring(),
                now.conclusion(), now.problems(), now.suggestions(), now.resultUse(), now.publication(),
                now.project(), now.narrative()));
        ctx.editable(editable);
        parts.forEach(p -> p.editabilityChanged(p == shown));
        show(shown);
    }

    /** Whether the report is editable on this sheet now. */
    public boolean isEditable() {
        return ctx.editable();
    }

    /** A figure of the income or expenditure table changed: the stated totals' sums follow. */
    private void figuresChanged() {
        totalsSection.ifBuilt(TotalsSection::showSums);
    }

    /** Shows one part of the report (building it the first time) and hides the one shown before. */
    private void show(Part<?> part) {
        Section section = part.get();
        if (shown != null && shown != part) {
            shown.section.setVisible(false);
            shown.button.removeThemeVariants(ButtonVariant.PRIMARY);
            shown.button.addThemeVariants(ButtonVariant.TERTIARY);
            shown.button.getElement().removeAttribute("aria-current");
        }
        shown = part;
        section.setVisible(true);
        part.button.removeThemeVariants(ButtonVariant.TERTIARY);
        part.button.addThemeVariants(ButtonVariant.PRIMARY);
        part.button.getElement().setAttribute("aria-current", "true");
    }

    /**
     * Shows the named part of the report ({@code income}, {@code totals}, … as {@link #focus}
     * names them); a part the sheet does not know is ignored.
     */
    public void showPart(String table) {
        Address a = Address.of(table, null, null);
        part(a.table).ifPresent(this::show);
    }

    /** The name of the part shown now, e.g. {@code basic}. */
    public String shownPart() {
        return shown.name;
    }

    private Component header(ReportSummary s) {
        H2 title = new H2(s.department() + " " + s.year() + getTranslation("report.year-suffix") + " "
                + getTranslation("kind." + s.kind().name()) + s.projectSuffix());
        title.addClassName("view-title");
        status.addClassName("status-badge");
        status.setId("report-status");
        showSummary(s);
        HorizontalLayout header = new HorizontalLayout(title, status, meta);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        return header;
    }

    /** Shows the report's status, round and last change as they are now (after an action on the report). */
    public void showSummary(ReportSummary s) {
        status.setText(getTranslation("status." + s.status().name()));
        meta.setText(getTranslation("report.meta", s.round(), s.updatedBy(), Formats.dateTime(s.updatedAt())));
    }

    /** The section navigation (one part shown at a time) and the unit switch, kept in view while scrolling. */
    private Component navigation() {
        HorizontalLayout nav = new HorizontalLayout();
        nav.setId("sheet-nav");
        nav.addClassName("sheet-nav");
        nav.setWrap(true);
        nav.setSpacing(false);
        nav.setWidthFull();
        nav.setAlignItems(FlexComponent.Alignment.CENTER);
        parts.forEach(p -> nav.add(p.button));
        unitSwitch.setId("unit-switch");
        unitSwitch.setAriaLabel(getTranslation("editor.unit"));
        unitSwitch.setItems(MoneyUnit.YUAN, MoneyUnit.WAN_YUAN);
        unitSwitch.setItemLabelGenerator(u -> getTranslation("unit." + u.name()));
        unitSwitch.setValue(MoneyUnit.YUAN);
        unitSwitch.addValueChangeListener(e -> {
            if (e.getValue() == null || e.getValue() == ctx.unit()) {
                return;
            }
            if (ctx.hasUnparsableInput()) {
                Notifications.error(getTranslation("editor.unit.unparsable"));
                unitSwitch.setValue(ctx.unit());
                return;
            }
            ctx.unit(e.getValue());
            parts.forEach(p -> p.ifBuilt(Section::refresh));
        });
        Span unitLabel = new Span(getTranslation("editor.unit"));
        unitLabel.addClassName("unit-label");
        HorizontalLayout unit = new HorizontalLayout(unitLabel, unitSwitch);
        unit.setAlignItems(FlexComponent.Alignment.CENTER);
        unit.addClassName("unit-box");
        nav.add(unit);
        return nav;
    }

    /** Shows all money in the given unit. In 万元, money is shown rounded to two decimals and not typed. */
    public void setUnit(MoneyUnit unit) {
        unitSwitch.setValue(unit);
    }

    /** The unit money is shown in now. */
    public MoneyUnit unit() {
        return ctx.unit();
    }

    /**
     * Turns the auto-sum on or off: while on, typing a child row's amount in 收入决算 or 支出决算 sets
     * each parent above it to the sum of its children (类 = Σ款, 款 = Σ项); the stated totals are
     * never changed by it. Turning it on changes no figure by itself.
     */
    public void setAutoSum(boolean on) {
        ctx.autoSum(on);
    }

    /** Offers these frameworks' empty scoring tables to fill the report's scoring table from. */
    public void setScoringTemplates(List<Scoring> templates) {
        scoringTemplates = templates == null ? List.of() : templates;
        scoringSection.ifBuilt(s -> s.setTemplates(scoringTemplates));
    }

    /** The document without its income and expenditure rows (which the sheet keeps as its table rows). */
    private static ReportDocument withoutCodeRows(ReportDocument d) {
        return new ReportDocument(d.formatVersion(), d.kind(), d.year(), d.unit(), d.department(), d.mainTasks(),
                null, null, d.totals(), d.budget(), d.threePublicExpenses(), d.assets(), d.indicators(),
                d.projects(), d.scoring(), d.conclusion(), d.problems(), d.suggestions(), d.resultUse(),
                d.publication(), d.project(), d.narrative());
    }

    /** What the user sees now, as a document with money in yuan (every part). */
    public ReportDocument edits() {
        List<IncomeLine> in = income.stream().map(r -> new IncomeLine(strip(r.code), strip(r.name), r.total, r.first,
                r.second)).toList();
        List<ExpenditureLine> out = expenditure.stream().map(r -> new ExpenditureLine(strip(r.code), strip(r.name),
                r.total, r.first, r.second)).toList();
        return new ReportDocument(original.formatVersion(), original.kind(), original.year(), MoneyUnit.YUAN,
                basic.built() ? basic.section.department() : original.department(),
                basic.built() ? basic.section.mainTasks() : original.mainTasks(), in, out,
                totalsSection.built() ? totalsSection.section.totals() : original.totals(),
                budgetSection.built() ? budgetSection.section.lines() : original.budget(),
                threePublicSection.built() ? threePublicSection.section.expenses() : original.threePublicExpenses(),
                assetsSection.built() ? assetsSection.section.assets() : original.assets(),
                indicatorsSection.built() ? indicatorsSection.section.indicators() : original.indicators(),
                projectsSection.built() ? projectsSection.section.projects() : original.projects(),
                scoringSection.built() ? scoringSection.section.scoring() : original.scoring(),
                textsSection.built() ? textsSection.section.conclusion() : original.conclusion(),
                textsSection.built() ? textsSection.section.problems() : original.problems(),
                textsSection.built() ? textsSection.section.suggestions() : original.suggestions(),
                textsSection.built() ? textsSection.section.resultUse() : original.resultUse(),
                textsSection.built() ? textsSection.section.publication() : original.publication(), original.project(),
                textsSection.built() ? textsSection.section.narrative() : original.narrative());
    }

    /**
     * Brings a part, row or field into view, showing its part: a row of a table by its code or name (selected, its
     * tree opened to it, and its field focused while editing), or a field of a part. Parts the
     * sheet does not know are left alone.
     */
    public void focus(String table, String row, String column) {
        Address a = Address.of(table, row, column);
        part(a.table).ifPresent(p -> {
            show(p);
            p.get().focus(a.table, a.row, a.column);
        });
    }

    /**
     * Shows the text field {@code field} ({@code narrative}, {@code conclusion}, {@code mainTasks}, … as the
     * document names it), focuses it and selects its characters from {@code start} to {@code end}, e.g. the
     * figure a finding on the prose marks. A name the sheet does not know is left alone.
     */
    public void selectText(String field, int start, int end) {
        Address a = Address.of(field, null, null);
        part(a.table).ifPresent(p -> {
            show(p);
            p.get().select(a.column, start, end);
        });
    }

    /**
     * Marks a part, a row or a field with a badge whose tooltip is {@code text} (e.g. a pinned
     * review comment, or "changed since the last round"); {@code theme} is a badge theme such as
     * {@code error}, {@code success}, {@code primary} or {@code contrast}. Addressed as
     * {@link #focus} is; {@code row} and {@code column} may be {@code null} to mark the part itself.
     */
    public void mark(String table, String row, String column, String text, String theme) {
        Address a = Address.of(table, row, column);
        ctx.addMark(new EditorContext.Mark(a.table, a.row, a.column, text, theme));
        part(a.table).ifPresent(p -> {
            p.ifBuilt(Section::refresh);
            markCount(p);
        });
    }

    /** Removes every mark. */
    public void clearMarks() {
        ctx.clearMarks();
        parts.forEach(p -> {
            p.ifBuilt(Section::refresh);
            markCount(p);
        });
    }

    /** The part's button in the navigation shows how many marks the part holds (pins, changes). */
    private void markCount(Part<?> part) {
        long count = ctx.markCount(part.name);
        if (count == 0) {
            part.button.setSuffixComponent(null);
            return;
        }
        Span badge = new Span(String.valueOf(count));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add("small");
        badge.getElement().getThemeList().add("pill");
        badge.setId("nav-marks-" + part.name);
        part.button.setSuffixComponent(badge);
    }

    /** The row of a table that is selected (shown), if any. */
    public Optional<TableRow> selectedRow(String table) {
        return "income".equals(table) && incomeSection.built() ? incomeSection.section.selected()
                : "expenditure".equals(table) && expenditureSection.built() ? expenditureSection.section.selected()
                : Optional.empty();
    }

    /** Appends generated sentences to the explanation of the figures, where the drafter edits around them. */
    public void appendToNarrative(String text) {
        show(textsSection);
        textsSection.get().appendToNarrative(text);
        ctx.changed();
    }

    /** Whether a number field holds text that is not a number: such input is never saved as empty. */
    public boolean hasUnparsableInput() {
        return ctx.hasUnparsableInput();
    }

    /** Whether the user changed something since the sheet was shown or last {@linkplain #markSaved() saved}. */
    public boolean isDirty() {
        return ctx.dirty();
    }

    /** Says that what the sheet shows now is stored; the marks of refused input go. */
    public void markSaved() {
        ctx.clean();
        clearProblems();
    }

    /**
     * Shows where input was refused: each field at fault carries an error badge with the problem in
     * the user's words, and the first is brought into view (focused while editing). Problems of
     * fields the sheet does not show are left to the message.
     */
    public void showProblems(List<FieldProblem> problems) {
        clearProblems();
        ReportDocument shown = edits();
        ProblemAddress first = null;
        for (FieldProblem problem : problems) {
            ProblemAddress at = ProblemAddress.of(problem.field(), shown);
            if (at == null) {
                continue;
            }
            Address a = Address.of(at.table(), at.row(), at.column());
            EditorContext.Mark mark = new EditorContext.Mark(a.table, a.row, a.column,
                    getTranslation(problem.text().key(), problem.text().args()), "error");
            problemMarks.add(mark);
            ctx.addMark(mark);
            first = first == null ? at : first;
        }
        parts.forEach(p -> {
            p.ifBuilt(Section::refresh);
            markCount(p);
        });
        if (first != null) {
            focus(first.table(), first.row(), first.column());
        }
    }

    private void clearProblems() {
        if (!problemMarks.isEmpty()) {
            ctx.removeMarks(problemMarks);
            problemMarks.clear();
            parts.forEach(p -> {
                p.ifBuilt(Section::refresh);
                markCount(p);
            });
        }
    }

    /** Called on each change the user makes (typing, adding or removing rows, a template). */
    public Registration addChangeListener(Runnable listener) {
        return ctx.addChangeListener(listener);
    }

    /** The rows of the income table as shown. */
    public List<TableRow> incomeRows() {
        return List.copyOf(income);
    }

    /** The rows of the expenditure table as shown. */
    public List<TableRow> expenditureRows() {
        return List.copyOf(expenditure);
    }

    private Optional<Part<?>> part(String table) {
        return parts.stream().filter(p -> p.shows(table)).findFirst();
    }

    /** Where a mark or focus goes: text fields and the main tasks belong to their parts. */
    private record Address(String table, String row, String column) {

        static Address of(String table, String row, String column) {
            if (table != null && TEXT_FIELDS.contains(table)) {
                return new Address("texts", null, table);
            }
            if ("mainTasks".equals(table) || "department".equals(table)) {
                return new Address("basic", null, column == null && "mainTasks".equals(table) ? table : column);
            }
            return new Address(table == null ? "" : table, row, column);
        }
    }

    // ---- for the sections and tests of this package ----------------------------------------------

    CodeTableSection incomeSection() {
        return incomeSection.get();
    }

    CodeTableSection expenditureSection() {
        return expenditureSection.get();
    }

    TotalsSection totalsSection() {
        return totalsSection.get();
    }

    BudgetSection budgetSection() {
        return budgetSection.get();
    }

    IndicatorsSection indicatorsSection() {
        return indicatorsSection.get();
    }

    ProjectsSection projectsSection() {
        return projectsSection.get();
    }

    ScoringSection scoringSection() {
        return scoringSection.get();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** A row named by its text, or by its place (counted from 1) where the text is blank: as findings name rows. */
    static String rowKey(String text, int index) {
        return text == null || text.isBlank() ? String.valueOf(index + 1) : text.strip();
    }

    /** Points as written, without needless zeros ({@code 97}, {@code 9.5}). */
    static String points(BigDecimal points) {
        BigDecimal stripped = points.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
