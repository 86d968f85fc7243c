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

    TrackingService(ReportService reports, ReportWorkflow workflow) {
        this.reports = reports;
        this.workflow = workflow;
    }

    /** A report with the step its route waits on (none once published). */
    public record Row(ReportSummary report, OpenStep step) {
    }

    public List<Row> overview() {
        List<ReportSummary> all = reports.list(null, null, null);
        Map<Long, OpenStep> steps = workflow.openSteps(all.stream().map(ReportSummary::id).toList());
        return all.stream().map(r -> new Row(r, steps.get(r.id()))).toList();
    }
}
