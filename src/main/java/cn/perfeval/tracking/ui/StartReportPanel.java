package cn.perfeval.tracking.ui;

import cn.perfeval.base.PerfevalException;
import cn.perfeval.base.ui.Notifications;
import cn.perfeval.base.ui.WorkbenchPanel;
import cn.perfeval.identity.CurrentUser;
import cn.perfeval.identity.Role;
import cn.perfeval.report.ReportDeclarations;
import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.report.ReportTemplate;
import cn.perfeval.tracking.RoundInfo;
import cn.perfeval.tracking.RoundService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;

/**
 * 开始填报 on the 工作台: for each open round (评价任务) that asks the drafter's department for a
 * report of a year it does not have yet, a button that starts the report: from an approved
 * declaration of the year (从批复的绩效目标新建, its indicators and targets as approved), from one of
 * the department's reports of the year before, from a template (a scoring framework with its
 * indicator levels, and the department's basic information) or empty; the JSON import stays on 报告.
 */
@org.springframework.stereotype.Component
@Order(10)
class StartReportPanel implements WorkbenchPanel {

    private final RoundService rounds;
    private final ReportService reports;
    private final CurrentUser currentUser;

    StartReportPanel(RoundService rounds, ReportService reports, CurrentUser currentUser) {
        this.rounds = rounds;
        this.reports = reports;
        this.currentUser = currentUser;
    }

    @Override
    public Component create() {
        if (currentUser.find().filter(u -> u.has(Role.DRAFTER)).isEmpty()) {
            return null;
        }
        List<RoundInfo> waiting = rounds.openForMyDepartment().stream()
                .filter(round -> reports.list(round.year(), null, null).isEmpty()).toList();
        if (waiting.isEmpty()) {
            return null;
        }
        Div panel = new Div();
        panel.setId("start-reports");
        panel.setWidthFull();
        for (RoundInfo round : waiting) {
            Span text = new Span(panel.getTranslation("start.waiting", round.name(), round.year(),
                    round.deadline() == null ? "" : round.deadline().toString()));
            text.setId("start-text-" + round.year());
            Button start = new Button(panel.getTranslation("start.button"), e -> dialog(panel, round.year()).open());
            start.addThemeVariants(ButtonVariant.PRIMARY);
            start.setId("start-" + round.year());
            Anchor json = new Anchor("reports", panel.getTranslation("start.json"));
            HorizontalLayout line = new HorizontalLayout(text, start, json);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            line.setWrap(true);
            panel.add(line);
        }
        return panel;
    }

    /** What the new report starts from: an approved declaration, one of last year's reports, a template, or nothing. */
    record Choice(ReportDeclarations.Start declared, ReportSummary last, boolean template) {

        static final Choice TEMPLATE = new Choice(null, null, true);
        static final Choice EMPTY = new Choice(null, null, false);
    }

    /**
     * The choice: from one of last year's reports, from a template (kind, project name and framework
     * asked for), or empty. Every control is a field or button reached with Tab (the choices with the
     * arrow keys within their group).
     */
    private Dialog dialog(Component owner, int year) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation("start.dialog.title", year));
        List<Choice> choices = new ArrayList<>();
        reports.declaredStartingPoints(year).forEach(d -> choices.add(new Choice(d, null, false)));
        reports.startingPoints(year).forEach(r -> choices.add(new Choice(null, r, false)));
        choices.add(Choice.TEMPLATE);
        choices.add(Choice.EMPTY);
        RadioButtonGroup<Choice> from = new RadioButtonGroup<>();
        from.setId("start-from");
        from.setAriaLabel(owner.getTranslation("start.dialog.title", year));
        from.setItems(choices);
        from.setItemLabelGenerator(choice -> choice.declared() != null
                ? owner.getTranslation("start.from-declaration",
                        owner.getTranslation("kind." + choice.declared().kind().name()) + choice.declared().projectSuffix(),
                        choice.declared().version())
                : choice.last() != null
                ? owner.getTranslation("start.from-last-year", choice.last().year(),
                        owner.getTranslation("kind." + choice.last().kind().name()) + choice.last().projectSuffix())
                : owner.getTranslation(choice.template() ? "start.template" : "start.empty"));
        from.setValue(choices.getFirst());
        from.addThemeName("vertical");
        Paragraph lead = new Paragraph(owner.getTranslation("start.dialog.lead"));

        Select<ReportKind> kind = new Select<>();
        kind.setId("start-template-kind");
        kind.setLabel(owner.getTranslation("start.template.kind"));
        kind.setItems(ReportKind.values());
        kind.setItemLabelGenerator(k -> owner.getTranslation("kind." + k.name()));
        kind.setValue(ReportKind.DEPARTMENT_OVERALL);
        TextField project = new TextField(owner.getTranslation("start.template.project"));
        project.setId("start-template-project");
        project.setWidthFull();
        project.setVisible(false);
        Select<ReportTemplate> framework = new Select<>();
        framework.setId("start-template-framework");
        framework.setLabel(owner.getTranslation("start.template.framework"));
        framework.setWidthFull();
        framework.setItemLabelGenerator(t -> t.suited()
                ? owner.getTranslation("start.template.framework.suited", t.framework()) : t.framework());
        Paragraph templateLead = new Paragraph(owner.getTranslation("start.template.lead"));
        templateLead.setId("start-template-lead");
        VerticalLayout templateFields = new VerticalLayout(templateLead, kind, project, framework);
        templateFields.setId("start-template");
        templateFields.setPadding(false);
        templateFields.setVisible(false);
        Runnable kindChosen = () -> {
            ReportKind chosen = kind.getValue() == null ? ReportKind.DEPARTMENT_OVERALL : kind.getValue();
            project.setVisible(chosen != ReportKind.DEPARTMENT_OVERALL);
            project.setRequiredIndicatorVisible(chosen != ReportKind.DEPARTMENT_OVERALL);
            List<ReportTemplate> offered = reports.templates(chosen);
            framework.setItems(offered);
            framework.setValue(offered.isEmpty() ? null : offered.getFirst());
        };
        kind.addValueChangeListener(e -> kindChosen.run());
        from.addValueChangeListener(e -> {
            boolean template = e.getValue() != null && e.getValue().template();
            templateFields.setVisible(template);
            lead.setVisible(!template);
            if (template && framework.getValue() == null) {
                kindChosen.run();
            }
        });
        dialog.add(lead, from, templateFields);
        Button create = new Button(owner.getTranslation("start.create"), e -> {
            Choice choice = from.getValue();
            if (choice != null && choice.template() && project.isVisible() && project.getValue().isBlank()) {
                project.setInvalid(true);
                project.setErrorMessage(owner.getTranslation("start.template.project.required"));
                project.focus();
                return;
            }
            try {
                ReportSummary created = choice != null && choice.declared() != null
                        ? reports.startFromDeclaration(year, choice.declared().kind(), choice.declared().project())
                        : choice != null && choice.template()
                        ? reports.startFromTemplate(year, kind.getValue(), project.getValue().strip(),
                                framework.getValue() == null ? null : framework.getValue().framework())
                        : reports.start(year, choice == null || choice.last() == null ? null : choice.last().id());
                dialog.close();
                Notifications.success(owner.getTranslation("start.created", created.year(),
                        owner.getTranslation("kind." + created.kind().name()) + created.projectSuffix()));
                UI.getCurrent().navigate("drafting/" + created.id());
            } catch (PerfevalException ex) {
                Notifications.error(ex);
            }
        });
        create.setId("start-confirm");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(owner.getTranslation("action.cancel"), e -> dialog.close());
        cancel.setId("start-cancel");
        dialog.getFooter().add(cancel, create);
        return dialog;
    }
}
