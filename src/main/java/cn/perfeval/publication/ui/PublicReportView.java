package cn.perfeval.publication.ui;

import cn.perfeval.base.NotFoundException;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ui.ReportSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A published report, for the public; any other report is not found here. */
@Route(value = "public/reports/:id", autoLayout = false)
@AnonymousAllowed
class PublicReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportService reports;

    PublicReportView(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            add(new Anchor("public", getTranslation("public.back")), new ReportSheet(reports.publishedDetails(id), false));
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("error.report.gone"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.title");
    }
}
