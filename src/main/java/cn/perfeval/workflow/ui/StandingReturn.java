package cn.perfeval.workflow.ui;

import cn.perfeval.identity.Directory;
import cn.perfeval.identity.UserContact;
import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportHistoryEntry;
import cn.perfeval.report.ReportStatus;
import java.util.List;
import java.util.Optional;

/**
 * A return the report still stands under: its latest step was sent back to drafting. Gives the
 * reason and who returned it (by their display name where the directory knows them).
 */
record StandingReturn(String reason, String by) {

    static Optional<StandingReturn> of(List<ReportHistoryEntry> history, Directory directory) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        ReportHistoryEntry last = history.getLast();
        if (last.action() != ReportAction.RETURN || last.toStatus() != ReportStatus.DRAFTING) {
            return Optional.empty();
        }
        String by = directory.contact(last.user()).map(UserContact::displayName)
                .filter(name -> name != null && !name.isBlank()).orElse(last.user());
        return Optional.of(new StandingReturn(last.comment() == null ? "" : last.comment().strip(), by));
    }
}
