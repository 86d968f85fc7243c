package cn.perfeval.workflow.ui;

import cn.perfeval.declaration.DeclarationAction;
import cn.perfeval.declaration.DeclarationHistoryEntry;
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
        return Optional.of(of(last.comment(), last.user(), directory));
    }

    /**
     * The return a declaration still stands under: its latest move (saves of the draft aside) sent it
     * back to drafting, or refused its adjustment (back to the approved version); as with a report's.
     */
    static Optional<StandingReturn> ofDeclaration(List<DeclarationHistoryEntry> history, Directory directory) {
        return history.reversed().stream().filter(e -> e.action() != DeclarationAction.SAVE).findFirst()
                .filter(e -> e.action() == DeclarationAction.RETURN)
                .map(e -> of(e.comment(), e.user(), directory));
    }

    private static StandingReturn of(String comment, String user, Directory directory) {
        String by = directory.contact(user).map(UserContact::displayName)
                .filter(name -> name != null && !name.isBlank()).orElse(user);
        return new StandingReturn(comment == null ? "" : comment.strip(), by);
    }
}
