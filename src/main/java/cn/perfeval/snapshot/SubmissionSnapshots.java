package cn.perfeval.snapshot;

import cn.perfeval.report.Events.ReportStatusChanged;
import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportService;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Freezes the report at each submission, in the transaction of the submission itself: a
 * submission that fails leaves no snapshot, and no submission goes through without one.
 */
@Component
class SubmissionSnapshots {

    private final ReportSnapshotRepository snapshots;
    private final ReportService reports;
    private final ObjectProvider<SnapshotAttachments> attachments;
    private final JsonMapper json;
    private final Clock clock;

    SubmissionSnapshots(ReportSnapshotRepository snapshots, ReportService reports,
            ObjectProvider<SnapshotAttachments> attachments, JsonMapper json, Clock clock) {
        this.snapshots = snapshots;
        this.reports = reports;
        this.attachments = attachments;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ReportStatusChanged changed) {
        if (changed.action() != ReportAction.SUBMIT) {
            return;
        }
        long reportId = changed.reportId();
        String document = json.writeValueAsString(InYuan.of(reports.export(reportId)));
        List<String> names = attachmentNames(reportId);
        ReportSnapshot snapshot = snapshots.findByReportIdAndRound(reportId, changed.round()).orElse(null);
        if (snapshot == null) {
            snapshots.save(new ReportSnapshot(reportId, changed.round(), clock.instant(), changed.username(), document,
                    names));
        } else {
            snapshot.retake(clock.instant(), changed.username(), document, names);
        }
    }

    /** The names of the report's attachments now; none where no module keeps attachments. */
    List<String> attachmentNames(long reportId) {
        return attachments.orderedStream().flatMap(a -> a.names(reportId).stream()).toList();
    }
}
