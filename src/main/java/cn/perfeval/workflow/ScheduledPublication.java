package cn.perfeval.workflow;

import cn.perfeval.identity.RunAs;
import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The process's timer reached the publication date a department chose: the report is published,
 * on behalf of the user who scheduled it, in the job's transaction.
 */
@Component("scheduledPublication")
class ScheduledPublication implements JavaDelegate {

    private final ReportService reports;
    private final RunAs runAs;

    ScheduledPublication(ReportService reports, RunAs runAs) {
        this.reports = reports;
        this.runAs = runAs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long reportId = ((Number) execution.getVariable("reportId")).longValue();
        String user = (String) execution.getVariable("publishedBy");
        runAs.call(user, () -> reports.recordTransition(reportId, ReportAction.PUBLISH, ReportStatus.PUBLISHED, null));
    }
}
