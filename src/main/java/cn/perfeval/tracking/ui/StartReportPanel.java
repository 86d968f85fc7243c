package cn.perfeval.tracking.ui;

import cn.perfeval.base.PerfevalException;
import cn.perfeval.base.ui.Notifications;
import cn.perfeval.base.ui.WorkbenchPanel;
import cn.perfeval.identity.CurrentUser;
import cn.perfeval.identity.Role;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * 开始填报 on the 工作台: for each open round (评价任务) that asks the drafter's department for a
 * report of a year it does not have yet, a button that starts the report, from one of the
 * department's reports of the year before or empty; the JSON import stays on 报告.
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

    /** The choice: from one of last year's reports, or empty. */
    private Dialog dialog(Component owner, int year) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation("start.dialog.title", year));
        List<Optional<ReportSummary>> choices = new ArrayList<>();
        reports.startingPoints(year).forEach(r -> choices.add(Optional.of(r)));
        choices.add(Optional.empty());
        RadioButtonGroup<Optional<ReportSummary>> from = new RadioButtonGroup<>();
        from.setId("start-from");
        from.setItems(choices);
        from.setItemLabelGenerator(choice -> choice.map(r -> owner.getTranslation("start.from-last-year", r.year(),
                owner.getTranslation("kind." + r.kind().name()) + r.projectSuffix()))
                .orElseGet(() -> owner.getTranslation("start.empty")));
        from.setValue(choices.getFirst());
        from.addThemeName("vertical");
        Paragraph lead = new Paragraph(owner.getTranslation("start.dialog.lead"));
        dialog.add(lead, from);
        Button create = new Button(owner.getTranslation("start.create"), e -> {
            try {
                ReportSummary created = reports.start(year, from.getValue().map(ReportSummary::id).orElse(null));
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
        dialog.getFooter().add(cancel, create);
        return dialog;
    }
}
