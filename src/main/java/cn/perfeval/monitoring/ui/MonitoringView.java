package cn.perfeval.monitoring.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.identity.Role;
import cn.perfeval.monitoring.CalendarLine;
import cn.perfeval.monitoring.MonitoringDashboard;
import cn.perfeval.monitoring.MonitoringRoundInfo;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;

/**
 * The monitoring view of a round: each department of the caller's scope, whether it reported,
 * its execution rate against the calendar line and its targets at risk; the targets at risk or
 * that will not be met with their reasons and measures; the departments expected to report that have
 * not submitted yet; export of the first two to Excel.
 */
@Route("admin/monitoring")
@Menu(order = 22, title = "nav.monitoring")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE_REVIEWER})
class MonitoringView extends VerticalLayout implements HasDynamicTitle {

    private final MonitoringDashboard dashboard;
    final ComboBox<MonitoringRoundInfo> round = new ComboBox<>();
    final Div counts = new Div();
    final Grid<MonitoringDashboard.Row> departments = new Grid<>();
    final Grid<MonitoringDashboard.Target> targets = new Grid<>();
    final Grid<MonitoringDashboard.Expected> notReported = new Grid<>();
    final Anchor export;

    MonitoringView(MonitoringDashboard dashboard) {
        this.dashboard = dashboard;
        H2 title = new H2(getTranslation("monitoring.title"));
        title.addClassName("view-title");

        List<MonitoringRoundInfo> all = dashboard.rounds();
        round.setId("monitoring-round");
        round.setLabel(getTranslation("monitoring.round"));
        round.setItems(all);
        round.setItemLabelGenerator(r -> getTranslation("monitoring.round.label", r.year(), r.name(), r.cutOff()));
        round.setPlaceholder(all.isEmpty() ? getTranslation("monitoring.none") : null);
        export = new Anchor((DownloadHandler) download -> {
            download.setFileName("monitoring.xlsx");
            download.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            dashboard.export(round.getValue().id(), getLocale(), download.getOutputStream());
        }, getTranslation("monitoring.export"));
        export.setId("monitoring-export");
        HorizontalLayout filters = new HorizontalLayout(round, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        counts.setId("monitoring-counts");

        departments.setId("monitoring-departments");
        departments.addColumn(MonitoringDashboard.Row::department)
                .setHeader(getTranslation("monitoring.column.department")).setAutoWidth(true);
        departments.addColumn(MonitoringDashboard.Row::project).setHeader(getTranslation("monitoring.column.project"))
                .setAutoWidth(true);
        departments.addColumn(r -> getTranslation(r.status() == null ? "monitoring.status.NONE"
                : r.status().labelKey())).setHeader(getTranslation("monitoring.column.status")).setAutoWidth(true);
        departments.addColumn(r -> r.submittedAt() == null ? "" : Formats.dateTime(r.submittedAt()))
                .setHeader(getTranslation("monitoring.column.submitted-at")).setAutoWidth(true);
        departments.addColumn(r -> money(r.budget())).setHeader(getTranslation("monitoring.column.budget"))
                .setAutoWidth(true);
        departments.addColumn(r -> money(r.executed())).setHeader(getTranslation("monitoring.column.executed"))
                .setAutoWidth(true);
        departments.addComponentColumn(this::rate).setHeader(getTranslation("monitoring.column.rate"))
                .setAutoWidth(true);
        departments.addColumn(r -> r.reportId() == null ? "" : String.valueOf(r.atRisk()))
                .setHeader(getTranslation("monitoring.column.at-risk")).setAutoWidth(true);
        departments.addColumn(r -> r.reportId() == null ? "" : String.valueOf(r.willNotBeMet()))
                .setHeader(getTranslation("monitoring.column.will-not-be-met")).setAutoWidth(true);
        departments.setAllRowsVisible(true);

        targets.setId("monitoring-targets");
        targets.addColumn(MonitoringDashboard.Target::department)
                .setHeader(getTranslation("monitoring.column.department")).setAutoWidth(true);
        targets.addColumn(t -> t.level1() == null ? "" : t.level1())
                .setHeader(getTranslation("monitoring.column.level1")).setAutoWidth(true);
        targets.addColumn(MonitoringDashboard.Target::name).setHeader(getTranslation("monitoring.column.indicator"))
                .setAutoWidth(true);
        targets.addColumn(t -> t.target() == null ? "" : t.target())
                .setHeader(getTranslation("monitoring.column.target"));
        targets.addColumn(t -> getTranslation(t.progress().labelKey()))
                .setHeader(getTranslation("monitoring.column.progress")).setAutoWidth(true);
        targets.addColumn(t -> t.reason() == null ? "" : t.reason())
                .setHeader(getTranslation("monitoring.column.reason"));
        targets.addColumn(t -> t.measure() == null ? "" : t.measure())
                .setHeader(getTranslation("monitoring.column.measure"));
        targets.setAllRowsVisible(true);

        notReported.setId("monitoring-not-reported");
        notReported.addColumn(MonitoringDashboard.Expected::department)
                .setHeader(getTranslation("monitoring.column.department")).setAutoWidth(true);
        notReported.addColumn(MonitoringDashboard.Expected::region).setHeader(getTranslation("monitoring.column.region"))
                .setAutoWidth(true);
        notReported.addColumn(r -> getTranslation(r.status() == null ? "monitoring.status.NONE"
                : r.status().labelKey())).setHeader(getTranslation("monitoring.column.status")).setAutoWidth(true);
        notReported.setAllRowsVisible(true);

        round.addValueChangeListener(e -> refresh());
        all.stream().findFirst().ifPresent(round::setValue);
        add(title, filters, counts, departments, new H3(getTranslation("monitoring.not-reported")), notReported,
                new H3(getTranslation("monitoring.targets")), targets);
        refresh();
    }

    private void refresh() {
        counts.removeAll();
        export.setEnabled(!round.isEmpty());
        if (round.isEmpty()) {
            departments.setItems(List.of());
            targets.setItems(List.of());
            notReported.setItems(List.of());
            return;
        }
        MonitoringDashboard.Overview overview = dashboard.overview(round.getValue().id());
        departments.setItems(overview.rows());
        targets.setItems(overview.targets());
        notReported.setItems(overview.notReported());
        counts.add(new Span(getTranslation("monitoring.count.departments", overview.rows().size())),
                new Span(getTranslation("monitoring.count.submitted", overview.submitted())),
                new Span(getTranslation("monitoring.count.missing", overview.missing())),
                new Span(getTranslation("monitoring.count.below-line", overview.belowLine())),
                new Span(getTranslation("monitoring.count.line", overview.round().cutOff(),
                        CalendarLine.ofCalendar(overview.round().cutOff()).percent().toPlainString())));
        counts.getChildren().forEach(c -> c.getElement().getStyle().set("margin-right", "1.5em"));
    }

    private Span rate(MonitoringDashboard.Row r) {
        Span rate = new Span(r.rate() == null ? "" : r.rate().toPlainString());
        if (r.belowLine()) {
            rate.getStyle().set("color", "var(--lumo-error-text-color)");
            rate.getElement().setAttribute("title", getTranslation("monitoring.column.below-line"));
        }
        return rate;
    }

    private static String money(BigDecimal yuan) {
        return yuan == null ? "" : cn.perfeval.checks.core.Figures.money(yuan);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monitoring.title") + " | " + getTranslation("app.title");
    }
}
