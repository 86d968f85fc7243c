package cn.perfeval.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.springframework.stereotype.Component;

/**
 * The deadline timers of a report's process (or of a declaration's open route), as the async executor sees them: which are scheduled
 * when, and firing those that are due by the engine's clock (the application's {@link MovableClock}),
 * each in its own transaction, as the executor would. Nobody is signed in while they run.
 */
@Component
public class DeadlineTimers {

    private final RuntimeService runtime;
    private final ManagementService management;

    DeadlineTimers(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /** The timers waiting in the report's process, by the BPMN id of their event. */
    public Map<String, Instant> scheduled(long reportId) {
        return management.createTimerJobQuery().processInstanceId(process(reportId)).list().stream()
                .collect(Collectors.toMap(Job::getElementId, j -> j.getDuedate().toInstant()));
    }

    /** Fires the report's timers that are due now; returns the BPMN ids of those fired. */
    public List<String> fireDue(long reportId) {
        List<Job> due = management.createTimerJobQuery().processInstanceId(process(reportId)).executable().list();
        for (Job timer : due) {
            management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
        }
        return due.stream().map(Job::getElementId).toList();
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
