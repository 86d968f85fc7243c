package cn.perfeval.monitoring.ui;

import cn.perfeval.identity.Role;
import cn.perfeval.monitoring.MonitoringService;
import cn.perfeval.monitoring.MonitoringService.DepartmentRound;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 监控填报: the monitoring rounds with the drafter's department's report in each (not started,
 * drafting, submitted); each opens the department's report to fill in, prefilled from its approved
 * targets before the first save.
 */
@Route("monitoring")
@Menu(order = 12, title = "nav.monitoring-reports")
@RolesAllowed(Role.Names.DRAFTER)
class MonitoringReportsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<DepartmentRound> rounds = new Grid<>();

    MonitoringReportsView(MonitoringService monitoring) {
        H2 title = new H2(getTranslation("monitoring.reports.title"));
        title.addClassName("view-title");
        rounds.setId("monitoring-rounds");
        rounds.addComponentColumn(r -> {
            Anchor open = new Anchor("monitoring/rounds/" + r.round().id(), r.round().name());
            open.setId("open-round-" + r.round().id());
            return open;
        }).setHeader(getTranslation("monitoring.round")).setAutoWidth(true);
        rounds.addColumn(r -> r.round().cutOff().toString()).setHeader(getTranslation("monitoring.reports.cut-off"))
                .setAutoWidth(true);
        rounds.addColumn(r -> r.round().dueDate() == null ? "" : r.round().dueDate().toString())
                .setHeader(getTranslation("monitoring.reports.due-date")).setAutoWidth(true);
        rounds.addColumn(r -> getTranslation(r.status() == null ? "monitoring.status.NONE" : r.status().labelKey())
                + (r.changeable() ? "" : getTranslation("monitoring.reports.final")))
                .setHeader(getTranslation("monitoring.column.status")).setAutoWidth(true);
        var items = monitoring.departmentRounds();
        rounds.setItems(items);
        rounds.setAllRowsVisible(true);
        add(title);
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("monitoring.none")));
        }
        add(rounds);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monitoring.reports.title") + " | " + getTranslation("app.title");
    }
}
