package cn.perfeval.snapshot.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.snapshot.Changes;
import cn.perfeval.snapshot.Changes.FigureChange;
import cn.perfeval.snapshot.Changes.RowChange;
import cn.perfeval.snapshot.Changes.TextChange;
import cn.perfeval.snapshot.Changes.TextSegment;
import cn.perfeval.snapshot.ReportPart;
import cn.perfeval.snapshot.ReportRounds;
import cn.perfeval.snapshot.SnapshotInfo;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What changed in a report since the round the reviewer last saw (or since the previous round),
 * grouped by part: rows added and removed, figures as old → new with the difference, texts with
 * their deletions and insertions marked, attachments added and removed. A selector compares with
 * any earlier round instead. Hidden while the report has a single round.
 */
public class ChangesPanel extends VerticalLayout {

    /** Parts whose figures are money (yuan); the others hold counts, weights and points. */
    private static final Set<ReportPart> MONEY_PARTS = EnumSet.of(ReportPart.INCOME, ReportPart.EXPENDITURE,
            ReportPart.TOTALS, ReportPart.BUDGET, ReportPart.THREE_PUBLIC, ReportPart.ASSETS, ReportPart.PROJECTS);

    /**
     * Marks a row of the report's sheet: table as {@link ReportPart#table()}, the row's key, the
     * column, a text to show, and a theme ({@code warning} for a changed figure, {@code success}
     * for an added row).
     */
    @FunctionalInterface
    public interface RowMarker {
        void mark(String table, String row, String column, String text, String theme);
    }

    private final ReportRounds rounds;
    private final long reportId;
    private final H3 title = new H3();
    private final Select<SnapshotInfo> compareWith = new Select<>();
    private final Div content = new Div();
    private RowMarker marker;
    private Changes shown;

    /**
     * The changes the current reviewer has not seen yet; opening the panel records that they have
     * now seen the latest round.
     */
    public ChangesPanel(ReportRounds rounds, long reportId) {
        this.rounds = rounds;
        this.reportId = reportId;
        setId("changes");
        setPadding(false);
        setSpacing(false);
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        title.setId("changes-title");
        title.getStyle().set("margin", "0");
        content.setId("changes-content");
        content.setWidthFull();
        compareWith.setId("changes-compare-with");
        compareWith.setLabel(getTranslation("changes.compare-with"));
        compareWith.setWidth("24em");
        compareWith.setItemLabelGenerator(s -> getTranslation("changes.round", s.round(), Formats.dateTime(s.takenAt()),
                s.takenBy()));
        List<SnapshotInfo> snapshots = rounds.snapshots(reportId);
        Optional<Changes> unseen = rounds.changesForMe(reportId);
        if (snapshots.size() < 2 || unseen.isEmpty()) {
            setVisible(false);
            return;
        }
        int latest = snapshots.getLast().round();
        List<SnapshotInfo> earlier = snapshots.stream().filter(s -> s.round() < latest).toList();
        compareWith.setItems(earlier);
        earlier.stream().filter(s -> s.round() == unseen.get().fromRound()).findFirst().ifPresent(compareWith::setValue);
        compareWith.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(rounds.changesSince(reportId, e.getValue().round()));
            }
        });
        HorizontalLayout header = new HorizontalLayout(title, compareWith);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(title);
        add(header, content);
        show(unseen.get());
    }

    /** The changes shown now; {@code null} while the panel is hidden. */
    public Changes changes() {
        return shown;
    }

    /** Compares with another earlier round, as the selector does. */
    public void compareWith(int round) {
        compareWith.getListDataView().getItems().filter(s -> s.round() == round).findFirst()
                .ifPresent(compareWith::setValue);
        show(rounds.changesSince(reportId, round));
    }

    /**
     * Marks the changed figures and the added rows on the report's sheet with {@code marker}, now
     * and whenever another round is chosen. Rows removed are not on the sheet to mark.
     */
    public void highlightChanges(RowMarker marker) {
        this.marker = marker;
        if (shown != null) {
            mark(shown);
        }
    }

    private void show(Changes changes) {
        shown = changes;
        title.setText(getTranslation("changes.since-round", changes.fromRound()));
        content.removeAll();
        if (changes.isEmpty()) {
            Span none = new Span(getTranslation("changes.none", changes.fromRound()));
            none.setId("changes-none");
            content.add(none);
        }
        for (ReportPart part : changes.parts()) {
            content.add(part(changes, part));
        }
        if (marker != null) {
            mark(changes);
        }
    }

    private void mark(Changes changes) {
        for (FigureChange f : changes.figures()) {
            marker.mark(f.part().table(), f.row(), f.column(), value(f, f.before()) + " → " + value(f, f.after()),
                    "warning");
        }
        for (RowChange r : changes.rows()) {
            if (r.added()) {
                marker.mark(r.part().table(), r.row(), null, getTranslation("changes.row.added"), "success");
            }
        }
    }

    private Component part(Changes changes, ReportPart part) {
        Div section = new Div();
        section.setId("changes-" + part.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        section.addClassName("changes-part");
        H4 heading = new H4(getTranslation(part.labelKey()));
        heading.getStyle().set("margin", "var(--lumo-space-s) 0 var(--lumo-space-xs)");
        section.add(heading);
        changes.rows(part).forEach(r -> section.add(row(r)));
        changes.figures(part).forEach(f -> section.add(figure(f)));
        changes.texts(part).forEach(t -> section.add(text(t)));
        if (part == ReportPart.EVIDENCE) {
            changes.attachmentsAdded().forEach(name -> section.add(attachment(name, true)));
            changes.attachmentsRemoved().forEach(name -> section.add(attachment(name, false)));
        }
        return section;
    }

    private Component row(RowChange r) {
        Div line = line("change-row");
        line.add(pill(getTranslation(r.added() ? "changes.row.added" : "changes.row.removed"), r.added()));
        Span label = new Span(r.label() == null ? "" : r.label());
        if (!r.added()) {
            label.getStyle().set("text-decoration", "line-through").set("color", "var(--lumo-secondary-text-color)");
        }
        line.add(label);
        return line;
    }

    private Component figure(FigureChange f) {
        Div line = line("change-figure");
        line.add(new Span(where(f.part(), f.label(), f.column()) + "："));
        Span before = new Span(value(f, f.before()));
        before.addClassName("change-before");
        before.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span after = new Span(value(f, f.after()));
        after.addClassName("change-after");
        after.getStyle().set("font-weight", "600");
        BigDecimal difference = f.difference();
        Span delta = new Span("（" + (difference.signum() > 0 ? "+" : "") + number(f, difference) + "）");
        delta.addClassName("change-difference");
        delta.getStyle().set("color", difference.signum() > 0 ? "var(--lumo-success-text-color)"
                : "var(--lumo-error-text-color)");
        line.add(before, new Text(" → "), after, delta);
        return line;
    }

    private Component text(TextChange t) {
        Div block = line("change-text");
        block.getStyle().set("display", "block");
        Span where = new Span(where(t.part(), t.label(), t.field()) + "：");
        where.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div body = new Div();
        body.addClassName("change-text-body");
        body.getStyle().set("white-space", "pre-wrap").set("line-height", "1.8");
        for (TextSegment s : t.segments()) {
            body.add(switch (s.kind()) {
                case SAME -> new Text(s.text());
                case INSERTED -> new Inserted(s.text());
                case DELETED -> new Deleted(s.text());
            });
        }
        block.add(where, body);
        return block;
    }

    private Component attachment(String name, boolean added) {
        Div line = line("change-attachment");
        line.add(pill(getTranslation(added ? "changes.attachment.added" : "changes.attachment.removed"), added),
                new Span(name));
        return line;
    }

    private static Div line(String className) {
        Div line = new Div();
        line.addClassName(className);
        line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)")
                .set("align-items", "baseline").set("padding", "2px 0");
        return line;
    }

    private static Span pill(String text, boolean good) {
        Span pill = new Span(text);
        pill.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("padding", "0 var(--lumo-space-xs)")
                .set("border-radius", "var(--lumo-border-radius-s)")
                .set("color", good ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)")
                .set("background", good ? "var(--lumo-success-color-10pct)" : "var(--lumo-error-color-10pct)");
        return pill;
    }

    private String where(ReportPart part, String label, String field) {
        String name = getTranslation(part.fieldKey(field));
        return label == null || label.isBlank() ? name : label + " · " + name;
    }

    private String value(FigureChange f, BigDecimal value) {
        return value == null ? getTranslation("changes.empty-value") : number(f, value);
    }

    private String number(FigureChange f, BigDecimal value) {
        boolean money = MONEY_PARTS.contains(f.part()) && !f.column().startsWith("reception")
                && !f.column().startsWith("indicators.");
        return money ? getTranslation("changes.money", Formats.money(value)) : value.stripTrailingZeros().toPlainString();
    }

    /** Text inserted since the earlier round. */
    @Tag("ins")
    static final class Inserted extends HtmlContainer {
        Inserted(String text) {
            setText(text);
            getStyle().set("background", "var(--lumo-success-color-10pct)").set("color", "var(--lumo-success-text-color)")
                    .set("text-decoration", "underline");
        }
    }

    /** Text deleted since the earlier round. */
    @Tag("del")
    static final class Deleted extends HtmlContainer {
        Deleted(String text) {
            setText(text);
            getStyle().set("background", "var(--lumo-error-color-10pct)").set("color", "var(--lumo-error-text-color)")
                    .set("text-decoration", "line-through");
        }
    }
}
