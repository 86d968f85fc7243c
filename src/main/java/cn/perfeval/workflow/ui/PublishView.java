package cn.perfeval.workflow.ui;

import cn.perfeval.checks.ReportChecks;
import cn.perfeval.identity.Role;
import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.workflow.ReportWorkflow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import cn.perfeval.base.Formats;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDateTime;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;

/** Publication: the department publishes its approved report to the public portal. */
@Route("publish/:id")
@RolesAllowed({Role.Names.DRAFTER, Role.Names.BUREAU_REVIEWER})
class PublishView extends StepView {

    PublishView(ReportService reports, ReportWorkflow workflow, ReportChecks checks) {
        super(reports, workflow, checks);
    }

    @Override
    protected Component actions(ReportSummary report, Set<ReportAction> allowed) {
        HorizontalLayout bar = new HorizontalLayout();
        if (allowed.contains(ReportAction.PUBLISH)) {
            Button publish = new Button(getTranslation("action.publish"),
                    e -> run(() -> workflow.publish(reportId), "action.done"));
            publish.setId("publish");
            publish.addThemeVariants(ButtonVariant.PRIMARY);
            bar.add(publish);
        }
        if (allowed.contains(ReportAction.PUBLISH)) {
            DateTimePicker at = new DateTimePicker(getTranslation("publish.at"));
            at.setId("publish-at");
            at.setMin(LocalDateTime.now(Formats.ZONE));
            Button schedule = new Button(getTranslation("publish.schedule"), e -> {
                if (at.getValue() == null) {
                    at.setInvalid(true);
                    at.setErrorMessage(getTranslation("publish.at.required"));
                    return;
                }
                run(() -> workflow.publish(reportId, at.getValue().atZone(Formats.ZONE).toInstant()), "action.done");
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

    @Override
    protected String titleKey() {
        return "step.publishReport";
    }
}
