package cn.perfeval.snapshot;

import cn.perfeval.base.NotFoundException;
import cn.perfeval.identity.CurrentUser;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportService;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rounds of a report: the snapshot frozen at each submission, what changed since a round,
 * and, for a reviewer, what changed since the round they last looked at. A report outside the
 * caller's scope does not exist here either.
 */
@Service
@Transactional
public class ReportRounds {

    private final ReportSnapshotRepository snapshots;
    private final RoundSeenRepository seen;
    private final SubmissionSnapshots submissions;
    private final ReportService reports;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final Clock clock;

    ReportRounds(ReportSnapshotRepository snapshots, RoundSeenRepository seen, SubmissionSnapshots submissions,
            ReportService reports, CurrentUser currentUser, JsonMapper json, Clock clock) {
        this.snapshots = snapshots;
        this.seen = seen;
        this.submissions = submissions;
        this.reports = reports;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
    }

    /** The report's snapshots, round 1 first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SnapshotInfo> snapshots(long reportId) {
        reports.summary(reportId);
        return snapshots.infos(reportId);
    }

    /** The report as it was submitted in {@code round}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RoundSnapshot snapshot(long reportId, int round) {
        reports.summary(reportId);
        ReportSnapshot snapshot = find(reportId, round);
        return new RoundSnapshot(snapshot.info(), document(snapshot), snapshot.getAttachments());
    }

    /** What changed from the submission of {@code round} to the report as it is now. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Changes changesSince(long reportId, int round) {
        reports.summary(reportId);
        return since(reportId, find(reportId, round));
    }

    /** What changed from the submission of {@code fromRound} to that of {@code toRound}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Changes changesBetween(long reportId, int fromRound, int toRound) {
        reports.summary(reportId);
        ReportSnapshot from = find(reportId, fromRound);
        ReportSnapshot to = find(reportId, toRound);
        return DocumentDiff.compare(fromRound, toRound, document(from), from.getAttachments(), document(to),
                to.getAttachments());
    }

    /**
     * For a reviewer opening a review screen: what changed since the round they last looked at
     * (never looked at: since the previous round), up to the report as it is now; and records that
     * they have now seen the latest round. Opening the screen again shows the same changes until a
     * new round is submitted. Empty while the report has fewer than two rounds.
     */
    @PreAuthorize("hasAnyRole('BUREAU_REVIEWER', 'FINANCE_REVIEWER')")
    public Optional<Changes> changesForMe(long reportId) {
        reports.summary(reportId);
        List<Integer> rounds = snapshots.infos(reportId).stream().map(SnapshotInfo::round).toList();
        if (rounds.isEmpty()) {
            return Optional.empty();
        }
        int latest = rounds.getLast();
        String username = currentUser.require().username();
        RoundSeen mine = seen.findByUsernameAndReportId(username, reportId)
                .orElseGet(() -> new RoundSeen(username, reportId));
        Integer wanted;
        if (mine.getSeenRound() > 0 && mine.getSeenRound() < latest) {
            wanted = mine.getSeenRound();
        } else if (mine.getSeenRound() == latest) {
            wanted = mine.getComparedRound();
        } else {
            wanted = latest - 1;
        }
        Integer compared = wanted == null ? null : rounds.stream().filter(r -> r <= wanted && r < latest)
                .reduce((a, b) -> b).orElse(null);
        mine.saw(latest, compared, clock.instant());
        seen.save(mine);
        return compared == null ? Optional.empty() : Optional.of(since(reportId, find(reportId, compared)));
    }

    private Changes since(long reportId, ReportSnapshot from) {
        ReportDocument now = InYuan.of(reports.export(reportId));
        return DocumentDiff.compare(from.getRound(), null, document(from), from.getAttachments(), now,
                submissions.attachmentNames(reportId));
    }

    private ReportSnapshot find(long reportId, int round) {
        return snapshots.findByReportIdAndRound(reportId, round)
                .orElseThrow(() -> new NotFoundException("error.snapshot.not-found", round));
    }

    private ReportDocument document(ReportSnapshot snapshot) {
        return json.readValue(snapshot.getDocument(), ReportDocument.class);
    }
}
