package cn.perfeval.publication.ui;

import cn.perfeval.base.NotFoundException;
import cn.perfeval.publication.PublishedReports;
import cn.perfeval.publication.PublishedReports.Page;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A published report, for the public: the standard outline the PDF is printed from, and the PDF
 * link; readable on a phone (wide tables scroll in their own box). Any other report is not found here.
 */
@Route(value = "public/reports/:id", autoLayout = false)
@AnonymousAllowed
@StyleSheet("styles/report.css")
@StyleSheet("styles/public.css")
class PublicReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PublishedReports published;
    private String title;

    PublicReportView(PublishedReports published) {
        this.published = published;
        addClassName("public-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            Page page = published.page(id);
            title = page.title();
            Anchor back = new Anchor("public", getTranslation("public.back"));
            back.setId("public-back");
            Anchor pdf = new Anchor("public/reports/" + id + ".pdf", getTranslation("public.report.pdf"));
            pdf.setId("report-pdf");
            pdf.setTarget(AnchorTarget.BLANK);
            pdf.setRouterIgnore(true);
            pdf.getElement().setAttribute("download", "");
            pdf.getElement().setAttribute("title", getTranslation("public.report.pdf-hint"));
            HorizontalLayout links = new HorizontalLayout(back, pdf);
            links.addClassName("public-report-links");
            Html outline = new Html(scrollingTables(page.html()));
            outline.setId("report-outline");
            add(links, outline);
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("error.report.gone"));
        }
    }

    /**
     * Each table of the outline in a box of its own that scrolls sideways where the table is wider
     * than the screen (a phone's), so that the page itself never does.
     */
    static String scrollingTables(String html) {
        return html.replace("<table ", "<div class=\"table-scroll\"><table ").replace("</table>", "</table></div>");
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("public.title") : title + " - " + getTranslation("public.title");
    }
}
