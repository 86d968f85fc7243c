package cn.perfeval.support;

import cn.perfeval.workflow.DeadlineSweep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.springframework.stereotype.Component;

/**
 * What is waiting for its moment in a report's process (or a declaration's open route, whose waiting steps keep one overdue timer each), as the async executor and the deadline
 * sweep see it: the engine's timer jobs (the scheduled publication, and the deadline timers of
 * route versions that had them) and the deadline notices still to come, by name
 * ({@code draftReportReminder}, {@code draftReportOverdue}, ...) and moment. Firing those that are
 * due by the engine's clock (the application's {@link MovableClock}), each in its own
 * transaction, as the executor and the sweep would. Nobody is signed in while they run.
 */
@Component
public class DeadlineTimers {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final DeadlineSweep sweep;

    DeadlineTimers(RuntimeService runtime, ManagementService management, DeadlineSweep sweep) {
        this.runtime = runtime;
        this.management = management;
        this.sweep = sweep;
    }

    /** The timers and deadline notices waiting in the report's process, by name. */
    public Map<String, Instant> scheduled(long reportId) {
        Map<String, Instant> result = new LinkedHashMap<>();
        for (Job timer : jobs(reportId)) {
            result.put(timer.getElementId(), timer.getDuedate().toInstant());
        }
        result.putAll(sweep.pending(reportId));
        return result;
    }

    /** The engine's timer jobs of the report's process. */
    public List<Job> jobs(long reportId) {
        return management.createTimerJobQuery().processInstanceId(process(reportId)).list();
    }

    /** Fires the report's timers and sends its deadline notices that are due now; returns their names. */
    public List<String> fireDue(long reportId) {
        List<Job> due = management.createTimerJobQuery().processInstanceId(process(reportId)).executable().list();
        for (Job timer : due) {
            management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
        }
        List<String> fired = new ArrayList<>(due.stream().map(Job::getElementId).toList());
        fired.addAll(sweep.sendDue(reportId));
        return fired;
    }

    /** Fires one of the report's timers now, whatever its date (as if that date had come). */
    public void fire(long reportId, String elementId) {
        Job timer = management.createTimerJobQuery().processInstanceId(process(reportId)).elementId(elementId)
                .singleResult();
        management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
    }

    /** The timers waiting in the route of the declaration now open, by the BPMN id of their event. */
    public Map<String, Instant> scheduledForDeclaration(long declarationId) {
        return management.createTimerJobQuery().processInstanceId(declarationProcess(declarationId)).list().stream()
                .collect(Collectors.toMap(Job::getElementId, j -> j.getDuedate().toInstant()));
    }

    /** Fires the timers of the declaration's open route that are due now; returns the BPMN ids of those fired. */
    public List<String> fireDueOfDeclaration(long declarationId) {
        List<Job> due = management.createTimerJobQuery().processInstanceId(declarationProcess(declarationId))
                .executable().list();
        for (Job timer : due) {
            management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
        }
        return due.stream().map(Job::getElementId).toList();
    }

    private String declarationProcess(long declarationId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey("declaration:" + declarationId)
                .singleResult().getId();
    }

    private String process(long reportId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(reportId))
                .singleResult().getId();
    }
}
