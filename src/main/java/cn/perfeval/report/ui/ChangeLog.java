package cn.perfeval.report.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.report.ReportChange;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who changed what in a report, and when: one line per changed field (part › row › column, old →
 * new), newest change first, from {@code ReportService.changes}. Long texts are shortened on the
 * line and shown whole in its tooltip.
 */
public final class ChangeLog extends Grid<ChangeLog.Line> {

    private static final int SHORT = 60;

    /** A line of the log: when, who, where in the report, the old and the new value. */
    public record Line(Instant at, String user, String where, String oldValue, String newValue) {
    }

    public ChangeLog(List<ReportChange> changes) {
        setId("changes");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(l -> Formats.dateTime(l.at())).setHeader(getTranslation("changes.at")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(Line::user).setHeader(getTranslation("changes.user")).setAutoWidth(true).setFlexGrow(0);
        addColumn(Line::where).setHeader(getTranslation("changes.where")).setFlexGrow(2);
        addColumn(l -> shorten(l.oldValue())).setHeader(getTranslation("changes.old")).setFlexGrow(2)
                .setTooltipGenerator(Line::oldValue);
        addColumn(l -> shorten(l.newValue())).setHeader(getTranslation("changes.new")).setFlexGrow(2)
                .setTooltipGenerator(Line::newValue);
        setItems(lines(changes));
    }

    /** The lines shown, in order. */
    public List<Line> lines() {
        return getListDataView().getItems().toList();
    }

    private List<Line> lines(List<ReportChange> changes) {
        List<Line> lines = new ArrayList<>();
        for (ReportChange change : changes) {
            if (change.created()) {
                lines.add(new Line(change.at(), change.user(), getTranslation("changes.created"), null, null));
            }
            for (ReportChange.Field f : change.fields()) {
                boolean status = "status".equals(f.part());
                lines.add(new Line(change.at(), change.user(), where(f),
                        status ? statusLabel(f.oldValue()) : orDash(f.oldValue()),
                        status ? statusLabel(f.newValue()) : orDash(f.newValue())));
            }
        }
        return lines;
    }

    private String where(ReportChange.Field f) {
        StringBuilder where = new StringBuilder(label("changes.part.", f.part()));
        if (f.row() != null) {
            where.append(" › ").append(f.row());
        }
        if (f.column() != null) {
            where.append(" › ").append(column(f.part(), f.column()));
        } else if (f.row() != null) {
            where.append(" ").append(getTranslation(f.oldValue() == null ? "changes.row-added"
                    : f.newValue() == null ? "changes.row-removed" : "changes.row-changed"));
        }
        return where.toString();
    }

    /** A column's name: its own where the bundle has one for the part, else the name of each of its steps. */
    private String column(String part, String column) {
        String own = getTranslation("changes.field." + part + "." + column);
        if (own != null && !own.equals("changes.field." + part + "." + column)) {
            return own;
        }
        List<String> names = new ArrayList<>();
        for (String name : column.split("\\.")) {
            names.add(label("changes.field.", name));
        }
        return String.join("·", names);
    }

    private String label(String prefix, String name) {
        String text = getTranslation(prefix + name);
        return text == null || text.equals(prefix + name) ? name : text;
    }

    private String statusLabel(String status) {
        return status == null ? "—" : getTranslation("status." + status);
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }

    private static String shorten(String value) {
        return value == null || value.length() <= SHORT ? value : value.substring(0, SHORT) + "…";
    }
}
