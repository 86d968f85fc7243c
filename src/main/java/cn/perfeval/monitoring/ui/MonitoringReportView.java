package cn.perfeval.monitoring.ui;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.base.PerfevalException;
import cn.perfeval.base.ui.MoneyInputs;
import cn.perfeval.base.ui.Notifications;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.identity.Role;
import cn.perfeval.monitoring.CalendarLine;
import cn.perfeval.monitoring.MonitoringChecks;
import cn.perfeval.monitoring.MonitoringDocument;
import cn.perfeval.monitoring.MonitoringReportInfo;
import cn.perfeval.monitoring.MonitoringService;
import cn.perfeval.monitoring.MonitoringService.DepartmentReport;
import cn.perfeval.monitoring.Progress;
import cn.perfeval.report.MoneyUnit;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The drafter's monitoring report of its department in a round (decision 0043): execution to the
 * cut-off per budget item and per project, and each indicator's progress (预计能完成 / 存在风险 /
 * 预计不能完成) with the reason and the corrective measure the last two require. Before the first save
 * the indicators and targets are those of the department's approved declarations of the year. 保存
 * stores it through the monitoring service, whose checks' findings (below the calendar line,
 * reason or measure missing) are listed and shown at their fields; 报送 saves and submits.
 */
@Route("monitoring/rounds/:roundId")
@RolesAllowed(Role.Names.DRAFTER)
class MonitoringReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Pattern PATH = Pattern.compile("(budget|projects|indicators)\\[(\\d+)]\\.(\\w+)");

    /** A budget item's or a project's line: name, annual budget, executed to the cut-off. */
    private final class LineRow {
        final TextField name = new TextField();
        final BigDecimalField budget = money();
        final BigDecimalField executed = money();
        final Button remove = new Button(VaadinIcon.TRASH.create());
        final HorizontalLayout line = new HorizontalLayout(name, budget, executed, remove);

        LineRow(MonitoringDocument.Line l, Lines owner) {
            name.setValue(l == null ? "" : Objects.toString(l.name(), ""));
            budget.setValue(l == null ? null : l.budget());
            executed.setValue(l == null ? null : l.executed());
            name.setWidth("16em");
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("monitoring.editor.remove"));
            remove.addClickListener(e -> {
                owner.rows.remove(this);
                owner.layout();
            });
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            line.setWrap(true);
        }

        MonitoringDocument.Line value() {
            return new MonitoringDocument.Line(text(name.getValue()), budget.getValue(), executed.getValue());
        }

        HasValidation field(String column) {
            return switch (column) {
                case "name" -> name;
                case "budget" -> budget;
                case "executed" -> executed;
                default -> null;
            };
        }
    }

    /** The budget items' or the projects' lines, added and removed. */
    private final class Lines extends VerticalLayout {
        final String table;
        final List<LineRow> rows = new ArrayList<>();
        final VerticalLayout box = new VerticalLayout();

        Lines(String table, List<MonitoringDocument.Line> lines) {
            this.table = table;
            setPadding(false);
            box.setPadding(false);
            box.setSpacing(false);
            lines.forEach(l -> rows.add(new LineRow(l, this)));
            Button add = new Button(getTranslation("monitoring.editor.add-" + table), VaadinIcon.PLUS.create(), e -> {
                rows.add(new LineRow(null, this));
                layout();
            });
            add.setId(table + "-add");
            add.addThemeVariants(ButtonVariant.SMALL);
            add(box, add);
            layout();
        }

        void layout() {
            box.removeAll();
            for (int i = 0; i < rows.size(); i++) {
                LineRow r = rows.get(i);
                r.name.setId(table + "-" + i + "-name");
                r.budget.setId(table + "-" + i + "-budget");
                r.executed.setId(table + "-" + i + "-executed");
                r.remove.setId(table + "-" + i + "-remove");
                boolean first = i == 0;
                r.name.setLabel(first ? getTranslation("monitoring.editor.name-" + table) : null);
                r.budget.setLabel(first ? getTranslation("monitoring.editor.budget") : null);
                r.executed.setLabel(first ? getTranslation("monitoring.editor.executed") : null);
                box.add(r.line);
            }
        }

        List<MonitoringDocument.Line> values() {
            return rows.stream().map(LineRow::value).toList();
        }
    }

    /** An indicator's progress with reason and measure; its place in the tree and target as declared. */
    private final class IndicatorRow {
        final TextField project = new TextField();
        final TextField level1 = new TextField();
        final TextField level2 = new TextField();
        final TextField name = new TextField();
        final TextField target = new TextField();
        final Select<Progress> progress = new Select<>();
        final TextField reason = new TextField();
        final TextField measure = new TextField();
        final Button remove = new Button(VaadinIcon.TRASH.create());
        final HorizontalLayout line = new HorizontalLayout(project, level1, level2, name, target, progress, reason,
                measure, remove);

        IndicatorRow(MonitoringDocument.Indicator i) {
            project.setValue(i == null ? "" : Objects.toString(i.project(), ""));
            level1.setValue(i == null ? "" : Objects.toString(i.level1(), ""));
            level2.setValue(i == null ? "" : Objects.toString(i.level2(), ""));
            name.setValue(i == null ? "" : Objects.toString(i.name(), ""));
            target.setValue(i == null ? "" : Objects.toString(i.target(), ""));
            progress.setItems(Progress.values());
            progress.setItemLabelGenerator(p -> p == null ? "" : getTranslation(p.labelKey()));
            progress.setEmptySelectionAllowed(true);
            progress.setEmptySelectionCaption(getTranslation("monitoring.editor.progress-choose"));
            progress.setValue(i == null ? null : i.progress());
            progress.addValueChangeListener(e -> explain());
            reason.setValue(i == null ? "" : Objects.toString(i.reason(), ""));
            measure.setValue(i == null ? "" : Objects.toString(i.measure(), ""));
            project.setWidth("10em");
            level1.setWidth("7em");
            level2.setWidth("9em");
            name.setWidth("14em");
            target.setWidth("8em");
            progress.setWidth("9em");
            reason.setWidth("16em");
            measure.setWidth("16em");
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("monitoring.editor.remove"));
            remove.addClickListener(e -> {
                indicators.remove(this);
                layoutIndicators();
            });
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            line.setWrap(true);
            explain();
        }

        /** Reason and measure are asked for where the target is at risk or will not be met. */
        void explain() {
            boolean needed = progress.getValue() != null && progress.getValue().needsExplanation();
            reason.setRequiredIndicatorVisible(needed);
            measure.setRequiredIndicatorVisible(needed);
        }

        MonitoringDocument.Indicator value() {
            return new MonitoringDocument.Indicator(text(project.getValue()), text(level1.getValue()),
                    text(level2.getValue()), text(name.getValue()), text(target.getValue()), progress.getValue(),
                    text(reason.getValue()), text(measure.getValue()));
        }

        HasValidation field(String column) {
            return switch (column) {
                case "project" -> project;
                case "level1" -> level1;
                case "level2" -> level2;
                case "name" -> name;
                case "target" -> target;
                case "progress" -> progress;
                case "reason" -> reason;
                case "measure" -> measure;
                default -> null;
            };
        }
    }

    private final MonitoringService monitoring;
    private long roundId;
    private String title = "";
    private DepartmentReport current;
    private final Select<MoneyUnit> unit = new Select<>();
    private Lines budget;
    private Lines projects;
    private final List<IndicatorRow> indicators = new ArrayList<>();
    private final VerticalLayout indicatorBox = new VerticalLayout();
    private final VerticalLayout findings = new VerticalLayout();

    MonitoringReportView(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            roundId = Long.parseLong(event.getRouteParameters().get("roundId").orElse(""));
            load();
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void load() {
        removeAll();
        current = monitoring.departmentReport(roundId);
        MonitoringDocument doc = current.document();
        title = current.department() + " " + current.round().name();
        H2 heading = new H2(title);
        heading.addClassName("view-title");
        MonitoringReportInfo report = current.report();
        Paragraph status = new Paragraph(getTranslation("monitoring.editor.status",
                getTranslation(report == null ? "monitoring.status.NONE" : report.status().labelKey()),
                current.round().cutOff().toString(),
                CalendarLine.ofCalendar(current.round().cutOff()).percent().toPlainString(),
                current.round().dueDate() == null ? "—" : current.round().dueDate().toString()));
        status.setId("monitoring-status");
        add(heading, status);
        if (report == null) {
            Paragraph source = new Paragraph(current.prefilledFrom().isEmpty()
                    ? getTranslation("monitoring.editor.no-declaration", current.round().year())
                    : getTranslation("monitoring.editor.prefilled", current.round().year(),
                            String.join("、", current.prefilledFrom().stream().map(a -> a.projectName().isEmpty()
                                    ? getTranslation("declaration.kind." + a.kind().name())
                                    : a.projectName()).toList())));
            source.setId("monitoring-prefilled");
            add(source);
        }
        unit.setId("monitoring-unit");
        unit.setLabel(getTranslation("monitoring.editor.unit"));
        unit.setItems(MoneyUnit.YUAN, MoneyUnit.WAN_YUAN);
        unit.setItemLabelGenerator(u -> getTranslation("unit." + u.name()));
        unit.setValue(doc.unit() == null ? MoneyUnit.YUAN : doc.unit());
        budget = new Lines("budget", doc.budgetLines());
        projects = new Lines("projects", doc.projectLines());
        indicators.clear();
        doc.indicatorLines().forEach(i -> indicators.add(new IndicatorRow(i)));
        indicatorBox.setPadding(false);
        indicatorBox.setSpacing(false);
        indicatorBox.setId("monitoring-indicators");
        Button addIndicator = new Button(getTranslation("monitoring.editor.add-indicator"), VaadinIcon.PLUS.create(),
                e -> {
                    indicators.add(new IndicatorRow(null));
                    layoutIndicators();
                });
        addIndicator.setId("indicators-add");
        addIndicator.addThemeVariants(ButtonVariant.SMALL);
        layoutIndicators();
        findings.setId("monitoring-findings");
        findings.setPadding(false);
        add(unit, new H3(getTranslation("monitoring.editor.budget-items")), budget,
                new H3(getTranslation("monitoring.editor.projects")), projects,
                new H3(getTranslation("monitoring.editor.indicators")), indicatorBox, addIndicator,
                new H3(getTranslation("monitoring.editor.findings")), findings);
        if (current.changeable()) {
            Button save = new Button(getTranslation("monitoring.editor.save"), e -> save(false));
            save.setId("monitoring-save");
            Button submit = new Button(getTranslation("monitoring.editor.submit"), e -> save(true));
            submit.setId("monitoring-submit");
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            add(new HorizontalLayout(save, submit));
        } else {
            Paragraph closed = new Paragraph(getTranslation("monitoring.editor.final",
                    current.round().dueDate().toString()));
            closed.setId("monitoring-final");
            add(closed);
        }
        show(report == null ? List.of() : report.findings());
    }

    private void layoutIndicators() {
        indicatorBox.removeAll();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRow r = indicators.get(i);
            String prefix = "indicator-" + i + "-";
            r.project.setId(prefix + "project");
            r.level1.setId(prefix + "level1");
            r.level2.setId(prefix + "level2");
            r.name.setId(prefix + "name");
            r.target.setId(prefix + "target");
            r.progress.setId(prefix + "progress");
            r.reason.setId(prefix + "reason");
            r.measure.setId(prefix + "measure");
            r.remove.setId(prefix + "remove");
            boolean first = i == 0;
            r.project.setLabel(first ? getTranslation("monitoring.column.project") : null);
            r.level1.setLabel(first ? getTranslation("monitoring.column.level1") : null);
            r.level2.setLabel(first ? getTranslation("monitoring.column.level2") : null);
            r.name.setLabel(first ? getTranslation("monitoring.column.indicator") : null);
            r.target.setLabel(first ? getTranslation("monitoring.column.target") : null);
            r.progress.setLabel(first ? getTranslation("monitoring.column.progress") : null);
            r.reason.setLabel(first ? getTranslation("monitoring.column.reason") : null);
            r.measure.setLabel(first ? getTranslation("monitoring.column.measure") : null);
            indicatorBox.add(r.line);
        }
    }

    /** The form as a monitoring document of the department as a whole. */
    private MonitoringDocument document() {
        return new MonitoringDocument(MonitoringDocument.FORMAT_VERSION, current.round().year(), unit.getValue(),
                new MonitoringDocument.Department(current.department()), null, budget.values(), projects.values(),
                indicators.stream().map(IndicatorRow::value).toList());
    }

    /**
     * Stores the form (and submits it when asked): refused input stays with each problem at its
     * field; a stored report shows its findings, at their fields too.
     */
    private void save(boolean submit) {
        MonitoringReportInfo stored;
        try {
            stored = monitoring.draft(roundId, document()).report();
        } catch (PerfevalException e) {
            refused(e);
            return;
        }
        if (!submit) {
            Notifications.success(getTranslation("monitoring.editor.saved", stored.findings().size()));
            load();
            return;
        }
        try {
            monitoring.submit(roundId, stored.id());
            Notifications.success(getTranslation("monitoring.editor.submitted"));
            load();
        } catch (PerfevalException e) {
            load();
            Notifications.error(e);
        }
    }

    private void refused(PerfevalException e) {
        clearMarks();
        List<FieldProblem> problems = e instanceof InvalidInputException invalid ? invalid.problems()
                : e instanceof ActionRefusedException refused ? refused.problems() : List.of();
        for (FieldProblem p : problems) {
            Matcher m = PATH.matcher(p.field());
            if (m.matches()) {
                int row = Integer.parseInt(m.group(2)) - 1;
                // The API's message names the progress by its codes; the form by the choices it offers.
                String text = "error.monitoring.progress-required".equals(p.message().key())
                        ? getTranslation("monitoring.editor.progress-required")
                        : getTranslation(p.message().key(), p.message().args());
                mark(at(m.group(1), row, m.group(3)), text);
            }
        }
        Notifications.error(e);
    }

    /** The findings listed, each also at its field (the line's executed amount, the indicator's reason or measure). */
    private void show(List<Finding> found) {
        findings.removeAll();
        clearMarks();
        if (found.isEmpty()) {
            findings.add(new Paragraph(getTranslation(current.report() == null ? "monitoring.editor.not-saved"
                    : "monitoring.editor.no-findings")));
            return;
        }
        for (Finding f : found) {
            String text = getTranslation(f.message().key(), f.message().args());
            Paragraph line = new Paragraph(getTranslation("monitoring.editor.severity." + f.severity().name()) + "："
                    + text);
            line.addClassName(f.severity() == Severity.ERROR ? "finding-error" : "finding-warning");
            findings.add(line);
            mark(at(f.table(), rowOf(f), f.column()), text);
        }
    }

    private int rowOf(Finding f) {
        if ("indicators".equals(f.table())) {
            for (int i = 0; i < indicators.size(); i++) {
                if (MonitoringChecks.indicatorRow(indicators.get(i).value()).equals(f.row())) {
                    return i;
                }
            }
            return -1;
        }
        Lines lines = "budget".equals(f.table()) ? budget : projects;
        for (int i = 0; i < lines.rows.size(); i++) {
            if (Objects.equals(text(lines.rows.get(i).name.getValue()), f.row())) {
                return i;
            }
        }
        return -1;
    }

    private HasValidation at(String table, int row, String column) {
        if (row < 0 || column == null) {
            return null;
        }
        if ("indicators".equals(table)) {
            return row < indicators.size() ? indicators.get(row).field(column) : null;
        }
        Lines lines = "budget".equals(table) ? budget : "projects".equals(table) ? projects : null;
        return lines == null || row >= lines.rows.size() ? null : lines.rows.get(row).field(column);
    }

    private static void mark(HasValidation field, String text) {
        if (field == null) {
            return;
        }
        String shown = field.isInvalid() && field.getErrorMessage() != null ? field.getErrorMessage() + " " : "";
        field.setErrorMessage(shown + text);
        field.setInvalid(true);
    }

    private void clearMarks() {
        List<HasValidation> all = new ArrayList<>();
        for (Lines lines : List.of(budget, projects)) {
            lines.rows.forEach(r -> all.addAll(List.of(r.name, r.budget, r.executed)));
        }
        indicators.forEach(r -> all.addAll(List.of(r.project, r.level1, r.level2, r.name, r.target, r.progress,
                r.reason, r.measure)));
        all.forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    private BigDecimalField money() {
        BigDecimalField field = MoneyInputs.refuseLetters(new BigDecimalField());
        field.addThemeVariants(TextFieldVariant.ALIGN_RIGHT);
        field.setWidth("10em");
        return field;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
