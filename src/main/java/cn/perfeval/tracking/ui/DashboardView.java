package cn.perfeval.tracking.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.identity.Role;
import cn.perfeval.report.ReportKind;
import cn.perfeval.tracking.Dashboard;
import cn.perfeval.tracking.RoundInfo;
import cn.perfeval.tracking.RoundService;
import cn.perfeval.tracking.TrackedStatus;
import cn.perfeval.tracking.TrackingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every department of a round with its report: status, step, who acts, due date, days in step,
 * overdue flag and grade; counts and charts; filters; export of the filtered list.
 *
 * <p>The grid is lazy: each page is asked of the service, which reads small state rows and
 * recomputes grades for that page only. The grade distribution of the whole round reads every
 * report, so it is computed when asked for.
 */
@Route("admin/dashboard")
@Menu(order = 19, title = "nav.dashboard")
@RolesAllowed(Role.Names.ADMIN)
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final TrackingService tracking;
    final ComboBox<RoundInfo> round = new ComboBox<>();
    final ComboBox<TrackedStatus> status = new ComboBox<>();
    final ComboBox<ReportKind> kind = new ComboBox<>();
    final Checkbox overdueOnly = new Checkbox();
    final TextField search = new TextField();
    final Grid<Dashboard.Row> grid = new Grid<>();
    final Div counts = new Div();
    final BarChart statusChart;
    final BarChart deadlineChart;
    final BarChart gradeChart;
    final Anchor export;

    DashboardView(TrackingService tracking, RoundService rounds) {
        this.tracking = tracking;
        H2 title = new H2(getTranslation("dashboard.title"));
        title.addClassName("view-title");

        List<RoundInfo> all = rounds.list();
        round.setId("dashboard-round");
        round.setLabel(getTranslation("dashboard.round"));
        round.setItems(all);
        round.setItemLabelGenerator(r -> r.year() + " " + r.name()
                + (r.open() ? "" : "（" + getTranslation("rounds.state.closed") + "）"));
        status.setId("dashboard-status");
        status.setLabel(getTranslation("report.status"));
        status.setItems(TrackedStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setClearButtonVisible(true);
        kind.setId("dashboard-kind");
        kind.setLabel(getTranslation("report.kind"));
        kind.setItems(ReportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("kind." + k.name()));
        kind.setClearButtonVisible(true);
        kind.setPlaceholder(getTranslation("dashboard.kind.all"));
        overdueOnly.setId("dashboard-overdue");
        overdueOnly.setLabel(getTranslation("dashboard.overdue-only"));
        search.setId("dashboard-search");
        search.setLabel(getTranslation("dashboard.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        export = new Anchor((DownloadHandler) download -> {
            download.setFileName("tracking.xlsx");
            download.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            tracking.export(round.getValue().id(), filter(), getLocale(), download.getOutputStream());
        }, getTranslation("dashboard.export"));
        export.setId("dashboard-export");
        HorizontalLayout filters = new HorizontalLayout(round, kind, status, search, overdueOnly, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        counts.setId("dashboard-counts");
        counts.addClassName("dashboard-counts");
        statusChart = new BarChart(getTranslation("dashboard.chart.status"));
        statusChart.setId("chart-status");
        deadlineChart = new BarChart(getTranslation("dashboard.chart.deadline"));
        deadlineChart.setId("chart-deadline");
        gradeChart = new BarChart(getTranslation("dashboard.chart.grades"));
        gradeChart.setId("chart-grades");
        Button grades = new Button(getTranslation("dashboard.compute-grades"), e -> showGrades());
        grades.setId("dashboard-grades");
        gradeChart.add(grades);
        HorizontalLayout charts = new HorizontalLayout(statusChart, deadlineChart, gradeChart);
        charts.setWrap(true);

        grid.setId("dashboard");
        grid.addComponentColumn(r -> r.reportId() == null ? new Span(r.department())
                : new Anchor("reports/" + r.reportId(), r.department()))
                .setHeader(getTranslation("report.department")).setAutoWidth(true);
        grid.addColumn(r -> r.reportId() == null ? "" : getTranslation("kind." + r.kind().name())
                + (r.project().isEmpty() ? "" : "（" + r.project() + "）"))
                .setHeader(getTranslation("report.kind")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.status().labelKey())).setHeader(getTranslation("report.status"))
                .setAutoWidth(true);
        grid.addColumn(this::stage).setHeader(getTranslation("tracking.stage")).setAutoWidth(true);
        grid.addColumn(r -> tracking.actor(r.actor(), getLocale())).setHeader(getTranslation("dashboard.actor"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.due() == null ? "" : r.due().toString()).setHeader(getTranslation("dashboard.due"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.daysInStep() == null ? "" : String.valueOf(r.daysInStep()))
                .setHeader(getTranslation("dashboard.days-in-step")).setAutoWidth(true);
        grid.addComponentColumn(this::overdue).setHeader(getTranslation("dashboard.overdue")).setAutoWidth(true);
        grid.addColumn(r -> r.score() == null ? "" : r.score().grade() + "（" + r.score().total().toPlainString() + "）")
                .setHeader(getTranslation("dashboard.grade")).setAutoWidth(true);
        grid.setPageSize(50);
        grid.setItems(query -> round.isEmpty() ? java.util.stream.Stream.empty()
                : tracking.page(round.getValue().id(), filter(), query.getOffset(), query.getLimit(), true).stream(), query -> round.isEmpty() ? 0 : tracking.count(round.getValue().id(), filter()));
        grid.setSizeFull();

        round.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        overdueOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        all.stream().filter(RoundInfo::open).findFirst().or(() -> all.stream().findFirst()).ifPresent(round::setValue);
        setSizeFull();
        add(title, filters, counts, charts, grid);
    }

    Dashboard.Filter filter() {
        return new Dashboard.Filter(status.getValue(), overdueOnly.getValue(), search.getValue(), kind.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        counts.removeAll();
        if (round.isEmpty()) {
            return;
        }
        Dashboard.Summary summary = tracking.summary(round.getValue().id(), kind.getValue());
        counts.add(new Span(getTranslation("dashboard.count.total", summary.departments())));
        counts.add(new Span(getTranslation("dashboard.count.reports", summary.reports())));
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        Arrays.stream(TrackedStatus.values()).forEach(s -> {
            counts.add(new Span(getTranslation(s.labelKey()) + " " + summary.perStatus().get(s)));
            byStatus.put(getTranslation(s.labelKey()), summary.perStatus().get(s));
        });
        Span overdue = new Span(getTranslation("dashboard.count.overdue", summary.overdue()));
        overdue.getStyle().set("color", "var(--lumo-error-text-color)");
        counts.add(overdue, new Span(getTranslation("dashboard.count.on-time-rate", summary.onTimeRate())));
        counts.getChildren().forEach(c -> c.getElement().getStyle().set("margin-right", "1.5em"));
        statusChart.show(byStatus);
        Map<String, Integer> deadline = new LinkedHashMap<>();
        deadline.put(getTranslation("dashboard.deadline.on-time"), summary.onTime());
        deadline.put(getTranslation("dashboard.deadline.late"), summary.late());
        deadline.put(getTranslation("dashboard.deadline.missed"), summary.missed());
        deadline.put(getTranslation("dashboard.deadline.pending"), summary.pending());
        deadlineChart.show(deadline);
        gradeChart.show(Map.of());
    }

    private void showGrades() {
        if (!round.isEmpty()) {
            gradeChart.show(tracking.grades(round.getValue().id(), kind.getValue()));
        }
    }

    private String stage(Dashboard.Row r) {
        if (r.step() != null) {
            return getTranslation(r.step().labelKey());
        }
        if (r.publicationScheduledFor() != null && r.publishedAt() == null) {
            return getTranslation("publish.scheduled", Formats.dateTime(r.publicationScheduledFor()));
        }
        return "";
    }

    private Span overdue(Dashboard.Row r) {
        if (!r.overdue()) {
            return new Span();
        }
        Span flag = new Span(getTranslation(r.publicationOverdue() ? "dashboard.overdue.publication"
                : "dashboard.overdue.deadline"));
        flag.getStyle().set("color", "var(--lumo-error-text-color)");
        return flag;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " | " + getTranslation("app.title");
    }
}
