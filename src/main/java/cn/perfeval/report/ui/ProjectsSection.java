package cn.perfeval.report.ui;

import cn.perfeval.report.ReportDocument.Funds;
import cn.perfeval.report.ReportDocument.Project;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 项目: each project with its budget and execution by source of funds (财政拨款 / 其他资金), the
 * execution rate computed for display, the year's target and its indicators as a tree.
 */
final class ProjectsSection extends Section {

    /** One project on the sheet. */
    final class Card extends VerticalLayout {
        String name;
        final BigDecimal[] funds = new BigDecimal[4];
        String target;
        final IndicatorTree indicators;
        private final FormLayout money = new FormLayout();
        private final Span rate = new Span();
        private final HorizontalLayout header;
        private Component badges;

        Card(Project p) {
            name = p == null ? "" : p.name();
            target = p == null ? null : p.target();
            if (p != null && p.budget() != null) {
                funds[0] = p.budget().fiscal();
                funds[1] = p.budget().other();
            }
            if (p != null && p.executed() != null) {
                funds[2] = p.executed().fiscal();
                funds[3] = p.executed().other();
            }
            addClassName("project-card");
            setPadding(true);
            TextField nameField = ctx.text(name, v -> name = v);
            nameField.setLabel(ctx.t("editor.project.name"));
            nameField.addClassName("project-name");
            header = new HorizontalLayout(nameField);
            header.setWidthFull();
            header.setAlignItems(FlexComponent.Alignment.BASELINE);
            if (ctx.editable()) {
                header.add(removeButton(() -> {
                    cards.remove(this);
                    list.remove(this);
                }));
            }
            money.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
            rate.addClassName("computed");
            TextArea targetArea = ctx.area("editor.project.target", target, v -> target = v);
            indicators = new IndicatorTree(ctx, "project-" + cards.size() + "-indicators", "projects",
                    () -> key() + " / ", p == null ? null : p.indicators());
            add(header, money, rate, targetArea, indicators);
            redrawMoney();
        }

        void redrawMoney() {
            money.removeAll();
            String[] keys = {"budget-fiscal", "budget-other", "executed-fiscal", "executed-other"};
            for (int i = 0; i < 4; i++) {
                int at = i;
                Component field = ctx.moneyField(ctx.t("editor.project." + keys[i]), funds[i], v -> funds[at] = v,
                        this::showRate);
                money.add(field);
            }
            showRate();
            if (badges != null) {
                header.remove(badges);
            }
            badges = EditorContext.badges(ctx.marksOf("projects", key()));
            if (badges != null) {
                header.add(badges);
            }
            indicators.redraw();
        }

        private void showRate() {
            BigDecimal budget = funds[0] == null && funds[1] == null ? null : EditorContext.add(funds[0], funds[1]);
            BigDecimal executed = funds[2] == null && funds[3] == null ? null : EditorContext.add(funds[2], funds[3]);
            String percent = EditorContext.percent(executed, budget);
            rate.setText(percent.isEmpty() ? "" : ctx.t("editor.project.rate", percent));
        }

        /** The project as findings name it: its name, or its place counted from 1. */
        String key() {
            return ReportSheet.rowKey(name, cards.indexOf(this));
        }

        Project project() {
            Funds budget = funds[0] == null && funds[1] == null ? null : new Funds(funds[0], funds[1]);
            Funds executed = funds[2] == null && funds[3] == null ? null : new Funds(funds[2], funds[3]);
            return new Project(ReportSheet.strip(name), budget, executed, ReportSheet.blankToNull(target),
                    indicators.indicators());
        }
    }

    private final List<Card> cards = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();

    ProjectsSection(EditorContext ctx, List<Project> projects) {
        super(ctx, "projects", "editor.section.projects");
        list.setPadding(false);
        add(list);
        if (projects != null) {
            projects.forEach(this::addCard);
        }
        if (ctx.editable()) {
            add(addButton("projects-add", "editor.project.add", () -> addCard(null)));
        }
    }

    private Card addCard(Project p) {
        Card card = new Card(p);
        cards.add(card);
        list.add(card);
        return card;
    }

    @Override
    boolean hasMoney() {
        return true;
    }

    @Override
    boolean isEmpty() {
        return cards.isEmpty();
    }

    @Override
    protected void redraw() {
        cards.forEach(Card::redrawMoney);
    }

    @Override
    void focus(String table, String row, String column) {
        scrollIntoView();
        if (row == null) {
            return;
        }
        for (Card card : cards) {
            if (card.indicators.focus(row, column)) {
                return;
            }
            if (card.key().equals(row)) {
                card.scrollIntoView();
                return;
            }
        }
    }

    List<Card> cards() {
        return cards;
    }

    List<Project> projects() {
        List<Project> projects = cards.stream().map(Card::project).toList();
        return projects.isEmpty() ? null : projects;
    }
}
