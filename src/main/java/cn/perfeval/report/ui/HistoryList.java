package cn.perfeval.report.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.report.ReportHistoryEntry;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;

/** The timeline of a report's route: who did what, when, from which status to which, and why. */
public class HistoryList extends Grid<ReportHistoryEntry> {

    public HistoryList(List<ReportHistoryEntry> entries) {
        setId("history");
        addThemeVariants(GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(e -> Formats.dateTime(e.at())).setHeader(getTranslation("history.at")).setAutoWidth(true);
        addColumn(ReportHistoryEntry::user).setHeader(getTranslation("history.user")).setAutoWidth(true);
        addColumn(this::action).setHeader(getTranslation("history.action")).setAutoWidth(true);
        addColumn(e -> (e.fromStatus() == null ? "" : getTranslation("status." + e.fromStatus().name()) + " → ")
                + getTranslation("status." + e.toStatus().name())).setHeader(getTranslation("history.status"))
                .setAutoWidth(true);
        addColumn(ReportHistoryEntry::round).setHeader(getTranslation("history.round")).setAutoWidth(true);
        addColumn(e -> e.comment() == null ? "" : e.comment()).setHeader(getTranslation("history.comment"))
                .setFlexGrow(2);
        setItems(entries);
    }

    /** The action's name, with the colleague it went to and where a return asked the report to go next. */
    private String action(ReportHistoryEntry e) {
        String text = getTranslation(e.action().labelKey());
        if (e.otherUser() != null) {
            text += getTranslation("history.to-user", e.otherUser());
        }
        if (e.note() != null) {
            text += getTranslation("history.note", getTranslation(e.note().labelKey()));
        }
        return text;
    }
}
