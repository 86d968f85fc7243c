package cn.perfeval.tracking;

import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.workflow.OpenStep;
import cn.perfeval.workflow.ReportWorkflow;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where every report stands. Administrators only. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class TrackingService {

    private final ReportService reports;
    private final ReportWorkflow workflow;
    private final java.time.Clock clock;

    TrackingService(ReportService reports, ReportWorkflow workflow, java.time.Clock clock) {
        this.reports = reports;
        this.workflow = workflow;
        this.clock = clock;
    }

    /**
     * A report with the step its route waits on (none once published or while a scheduled
     * publication waits for its date) and, once approved, the days since approval: the law gives
     * a department 20 days to publish.
     */
    public record Row(ReportSummary report, OpenStep step, Long daysSinceApproval) {

        /** Approved more than 20 days ago and not yet published. */
        public boolean publicationOverdue() {
            return report.publishedAt() == null && daysSinceApproval != null
                    && daysSinceApproval > ReportSummary.PUBLICATION_LIMIT_DAYS;
        }
    }

    public List<Row> overview() {
        List<ReportSummary> all = reports.list(null, null, null);
        Map<Long, OpenStep> steps = workflow.openSteps(all.stream().map(ReportSummary::id).toList());
        java.time.Instant now = clock.instant();
        return all.stream().map(r -> new Row(r, steps.get(r.id()), r.approvedAt() == null ? null
                : java.time.Duration.between(r.approvedAt(), r.publishedAt() == null ? now : r.publishedAt()).toDays()))
                .toList();
    }
}
