package cn.perfeval.audit.ui;

import cn.perfeval.audit.AuditExport;
import cn.perfeval.audit.AuditFilter;
import cn.perfeval.audit.AuditLog;
import cn.perfeval.audit.AuditRecord;
import cn.perfeval.audit.AuditVerification;
import cn.perfeval.audit.AuditVerifier;
import cn.perfeval.base.Formats;
import cn.perfeval.identity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/**
 * The audit log for the auditor: filters by user, event, outcome and dates; a check of the hash
 * chain; the lines that match as an .xlsx download.
 */
@Route("audit")
@Menu(order = 40, title = "nav.audit")
@RolesAllowed(Role.Names.AUDITOR)
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditLog log;
    private final TextField user = new TextField();
    private final TextField event = new TextField();
    private final Select<String> outcome = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditRecord> grid = new Grid<>();
    private final Span verification = new Span();
    private AuditFilter filter = AuditFilter.ALL;

    AuditView(AuditLog log, AuditVerifier verifier, AuditExport export) {
        this.log = log;
        H2 title = new H2(getTranslation("audit.title"));
        title.addClassName("view-title");

        user.setLabel(getTranslation("audit.column.user"));
        user.setId("audit-user");
        event.setLabel(getTranslation("audit.column.event"));
        event.setId("audit-event");
        outcome.setLabel(getTranslation("audit.column.outcome"));
        outcome.setItems("", "SUCCESS", "FAILURE", "DENIED");
        outcome.setItemLabelGenerator(o -> o.isEmpty() ? getTranslation("audit.any") : o);
        outcome.setValue("");
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        Button search = new Button(getTranslation("audit.search"), e -> search());
        search.setId("audit-search");
        search.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(user, event, outcome, from, to, search);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        Button verify = new Button(getTranslation("audit.verify"), e -> show(verifier.verify()));
        verify.setId("audit-verify");
        verification.setId("audit-verification");
        Anchor download = new Anchor((DownloadHandler) downloadEvent -> {
            downloadEvent.setFileName("audit-log.xlsx");
            downloadEvent.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            export.write(filter, getLocale(), downloadEvent.getOutputStream());
        }, getTranslation("audit.export"));
        download.setId("audit-export");

        grid.setId("audit-lines");
        grid.addColumn(AuditRecord::seq).setHeader(getTranslation("audit.column.seq")).setAutoWidth(true);
        grid.addColumn(r -> Formats.timestamp(r.at())).setHeader(getTranslation("audit.column.at")).setAutoWidth(true);
        grid.addColumn(AuditRecord::user).setHeader(getTranslation("audit.column.user")).setAutoWidth(true);
        grid.addColumn(AuditRecord::sourceAddress).setHeader(getTranslation("audit.column.address")).setAutoWidth(true);
        grid.addColumn(AuditRecord::event).setHeader(getTranslation("audit.column.event")).setAutoWidth(true);
        grid.addColumn(AuditRecord::object).setHeader(getTranslation("audit.column.object")).setAutoWidth(true);
        grid.addColumn(AuditRecord::outcome).setHeader(getTranslation("audit.column.outcome")).setAutoWidth(true);
        grid.addColumn(AuditRecord::detail).setHeader(getTranslation("audit.column.detail")).setFlexGrow(2);
        setSizeFull();
        HorizontalLayout tools = new HorizontalLayout(verify, verification, download);
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        add(title, filters, tools, grid);
        search();
    }

    private void search() {
        filter = new AuditFilter(user.getValue(), event.getValue(), outcome.getValue(), from.getValue(), to.getValue());
        AuditFilter current = filter;
        grid.setItems(query -> log.search(current, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, log.count(current)));
    }

    private void show(AuditVerification result) {
        String text = result.intact() ? getTranslation("audit.intact", result.checked(), result.unsealed())
                : getTranslation("audit.broken", result.breaks().stream()
                        .map(b -> b.seq() + "（" + getTranslation("audit.break." + b.kind().name()) + "）")
                        .collect(Collectors.joining("、")));
        verification.setText(text);
        verification.getStyle().set("color", result.intact() ? "var(--lumo-success-text-color)"
                : "var(--lumo-error-text-color)");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | " + getTranslation("app.title");
    }
}
