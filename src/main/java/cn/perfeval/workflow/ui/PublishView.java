package cn.perfeval.workflow.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.checks.ReportChecks;
import cn.perfeval.identity.Role;
import cn.perfeval.publication.PublishedReports;
import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.workflow.ReportWorkflow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * Publication: the department publishes its approved report to the public portal, now or at a
 * set time. Publishing cannot be taken back, so it is confirmed first, with the report's public
 * address and a preview of the page the public will read.
 */
@Route("publish/:id")
@RolesAllowed({Role.Names.DRAFTER, Role.Names.BUREAU_REVIEWER})
@StyleSheet("styles/report.css")
class PublishView extends StepView {

    private final PublishedReports published;

    PublishView(ReportService reports, ReportWorkflow workflow, ReportChecks checks, PublishedReports published) {
        super(reports, workflow, checks);
        this.published = published;
    }

    @Override
    protected Component actions(ReportSummary report, Set<ReportAction> allowed) {
        HorizontalLayout bar = new HorizontalLayout();
        if (allowed.contains(ReportAction.PUBLISH)) {
            Button publish = new Button(getTranslation("action.publish"), e -> confirm(null));
            publish.setId("publish");
            publish.addThemeVariants(ButtonVariant.PRIMARY);
            bar.add(publish);
        }
        if (allowed.contains(ReportAction.PUBLISH)) {
            DateTimePicker at = new DateTimePicker(getTranslation("publish.at"));
            at.setId("publish-at");
            at.setMin(LocalDateTime.now(Formats.ZONE));
            at.setMax(ReportWorkflow.LAST_PUBLICATION_DAY.atTime(23, 59));
            Button schedule = new Button(getTranslation("publish.schedule"), e -> {
                if (at.getValue() == null) {
                    at.setInvalid(true);
                    at.setErrorMessage(getTranslation("publish.at.required"));
                    return;
                }
                confirm(at.getValue().atZone(Formats.ZONE).toInstant());
            });
            schedule.setId("schedule");
            bar.add(at, schedule);
            bar.setAlignItems(Alignment.BASELINE);
        }
        if (report.publicationScheduledFor() != null) {
            Span scheduled = new Span(getTranslation("publish.scheduled",
                    Formats.dateTime(report.publicationScheduledFor())));
            scheduled.setId("scheduled-for");
            bar.add(scheduled);
        }
        if (report.publishedAt() != null) {
            bar.add(new Anchor("public/reports/" + report.id(), getTranslation("publish.view-public")));
        }
        return bar;
    }

    /**
     * Asks before publishing (now, or at {@code at}): what the public will see and where, with the
     * page itself to look through; only the confirm button publishes.
     */
    private void confirm(Instant at) {
        PublishedReports.Page page = published.preview(reportId);
        ConfirmDialog dialog = Confirmations.dialog("publish-confirm", getTranslation("publish.confirm.header"),
                getTranslation(at == null ? "publish.confirm.publish" : "publish.confirm.schedule"), "confirm-publish",
                () -> run(() -> at == null ? workflow.publish(reportId) : workflow.publish(reportId, at),
                        "action.done"));
        Paragraph summary = new Paragraph(at == null ? getTranslation("publish.confirm.text.now", page.title())
                : getTranslation("publish.confirm.text.at", page.title(), Formats.dateTime(at)));
        summary.setId("publish-confirm-summary");
        Paragraph address = new Paragraph(getTranslation("publish.confirm.address", "/public/reports/" + reportId));
        address.setId("publish-confirm-address");
        Div outline = new Div(new Html(page.html()));
        outline.setId("publish-preview");
        outline.addClassName("publish-preview");
        Details preview = new Details(getTranslation("publish.confirm.preview"), outline);
        preview.setId("publish-preview-details");
        preview.setOpened(true);
        preview.setWidthFull();
        dialog.add(summary, address, preview);
        dialog.setWidth("min(60em, 96vw)");
        dialog.open();
    }

    @Override
    protected String titleKey() {
        return "step.publishReport";
    }
}
