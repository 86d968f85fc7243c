package cn.perfeval.publication.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/** The public list of published reports, with no login. */
@Route(value = "public", autoLayout = false)
@AnonymousAllowed
@StyleSheet("styles/public.css")
class PublicReportsView extends VerticalLayout implements HasDynamicTitle {

    PublicReportsView(ReportService reports) {
        addClassName("public-page");
        List<ReportSummary> published = reports.published();
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("public.title")));
        header.addClassName("public-header");
        header.setWidthFull();
        add(header, new Paragraph(getTranslation("public.lead")));

        TextField search = new TextField();
        search.setPlaceholder(getTranslation("public.search"));
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setId("public-search");
        search.setWidth("24em");
        search.setMaxWidth("100%");
        Grid<ReportSummary> grid = new Grid<>();
        grid.setId("published");
        grid.addColumn(ReportSummary::year).setHeader(getTranslation("report.year")).setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(ReportSummary::region).setHeader(getTranslation("report.region")).setAutoWidth(true)
                .setSortable(true);
        grid.addComponentColumn(r -> new Anchor("public/reports/" + r.id(), r.department()))
                .setHeader(getTranslation("report.department")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("kind." + r.kind().name()) + r.projectSuffix())
                .setHeader(getTranslation("report.kind"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.publishedAt())).setHeader(getTranslation("public.published-at"))
                .setAutoWidth(true);
        var view = grid.setItems(published);
        search.addValueChangeListener(e -> view.setFilter(r -> matches(r, e.getValue())));
        add(search, grid);
        if (published.isEmpty()) {
            add(new Paragraph(getTranslation("public.empty")));
        }
        add(new Anchor("login", getTranslation("public.login")));
    }

    private static boolean matches(ReportSummary r, String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() || r.department().contains(t) || r.region().contains(t)
                || String.valueOf(r.year()).contains(t);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.title");
    }
}
