package cn.perfeval.report.ui;

import cn.perfeval.base.NotFoundException;
import cn.perfeval.identity.CurrentUser;
import cn.perfeval.identity.Role;
import cn.perfeval.report.ReportDetails;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.report.ReportWorkbooks;
import org.springframework.beans.factory.ObjectProvider;
import com.vaadin.flow.component.html.Anchor;
import java.util.Optional;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import tools.jackson.databind.json.JsonMapper;

/** A report, read-only, with its history, the changes of its content and its files: for anyone who may see it. */
@Route("reports/:id")
@PermitAll
class ReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportService reports;
    private final CurrentUser currentUser;
    private final ReportWorkbooks workbooks;
    private final ObjectProvider<ReportPageSection> sections;
    private final JsonMapper json;

    ReportView(ReportService reports, CurrentUser currentUser, ReportWorkbooks workbooks,
            ObjectProvider<ReportPageSection> sections, JsonMapper json) {
        this.reports = reports;
        this.currentUser = currentUser;
        this.workbooks = workbooks;
        this.sections = sections;
        this.json = json;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            ReportDetails details = reports.details(id);
            HorizontalLayout links = new HorizontalLayout();
            links.setAlignItems(FlexComponent.Alignment.BASELINE);
            stepLink(details.summary()).ifPresent(links::add);
            links.add(ReportFiles.downloadLink(reports, json, id, getTranslation("report.download-json")));
            links.add(TablesWorkbookPanel.downloadOnly(workbooks, id));
            add(links);
            add(new ReportSheet(details, false));
            final long reportId = id;
            sections.orderedStream().forEach(section -> add(section.create(reportId)));
            add(new H3(getTranslation("history.title")), new HistoryList(reports.history(id)));
            add(new H3(getTranslation("changelog.title")), new ChangeLog(reports.changes(id)));
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("error.report.gone"));
        }
    }

    /** A link to the screen of the step the user may act on, where there is one. */
    private Optional<Anchor> stepLink(ReportSummary report) {
        Role role = currentUser.require().role();
        String path = switch (report.status()) {
            case DRAFTING, BUREAU_REVIEW -> role == Role.DRAFTER ? "drafting/"
                    : role == Role.BUREAU_REVIEWER && report.status() == ReportStatus.BUREAU_REVIEW ? "bureau-review/" : null;
            case FINANCE_REVIEW -> role == Role.FINANCE_REVIEWER ? "sign-off/" : null;
            case APPROVED -> role == Role.DRAFTER || role == Role.BUREAU_REVIEWER ? "publish/" : null;
            case PUBLISHED -> "public/reports/";
        };
        return Optional.ofNullable(path).map(p -> {
            Anchor link = new Anchor(p + report.id(), getTranslation("report.open-step"));
            link.setId("open-step");
            return link;
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.page.title");
    }
}
