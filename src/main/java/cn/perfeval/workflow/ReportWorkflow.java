package cn.perfeval.workflow;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.checks.ReportChecks;
import cn.perfeval.identity.CurrentUser;
import cn.perfeval.identity.Role;
import cn.perfeval.identity.UserScope;
import cn.perfeval.report.Events.ReportCreated;
import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.report.ReportSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The six actions on a report's route. Each checks that the caller holds the open task of the
 * report (its role and its department or region), completes that task with the decision, and
 * mirrors the new status on the report row: all in one transaction, so a failure anywhere
 * leaves both process and report as they were.
 */
@Service
@Transactional
public class ReportWorkflow {

    static final String PROCESS_KEY = "reportRoute";
    private static final int STEP_CHUNK = 500;

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ReportService reports;
    private final CurrentUser currentUser;
    private final ReportChecks checks;
    private final java.time.Clock clock;

    ReportWorkflow(RuntimeService runtime, TaskService tasks, ReportService reports, CurrentUser currentUser,
            ReportChecks checks, java.time.Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.reports = reports;
        this.currentUser = currentUser;
        this.checks = checks;
        this.clock = clock;
    }

    /** Every new report starts its route in drafting, in the transaction that created it. */
    @EventListener
    void start(ReportCreated created) {
        long departmentId = created.departmentId();
        long regionId = created.regionId();
        Map<String, Object> variables = new HashMap<>();
        variables.put("reportId", created.reportId());
        variables.put("drafterGroup", Groups.department(departmentId, Role.DRAFTER));
        variables.put("bureauGroup", Groups.department(departmentId, Role.BUREAU_REVIEWER));
        variables.put("financeGroup", Groups.region(regionId, Role.FINANCE_REVIEWER));
        runtime.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(created.reportId()), variables);
    }

    /** Submits the report for review; refused with the findings while any ERROR-level check fails. */
    @PreAuthorize("hasRole('DRAFTER')")
    public ReportSummary submit(long reportId, String comment) {
        Task task = openTask(reportId).orElse(null);
        if (task != null && Step.DRAFTING.taskKey().equals(task.getTaskDefinitionKey())) {
            checks.requireNoErrors(reportId);
        }
        return complete(reportId, Step.DRAFTING, ReportAction.SUBMIT, Map.of(), comment);
    }

    /** Takes a submission back to drafting while no reviewer has acted on it. */
    @PreAuthorize("hasRole('DRAFTER')")
    public ReportSummary withdraw(long reportId, String comment) {
        return complete(reportId, Step.BUREAU_REVIEW, ReportAction.WITHDRAW, Map.of("bureauDecision", "withdraw"),
                comment);
    }

    @PreAuthorize("hasRole('BUREAU_REVIEWER')")
    public ReportSummary pass(long reportId, String comment) {
        return complete(reportId, Step.BUREAU_REVIEW, ReportAction.PASS, Map.of("bureauDecision", "pass"), comment);
    }

    @PreAuthorize("hasRole('FINANCE_REVIEWER')")
    public ReportSummary approve(long reportId, String comment) {
        return complete(reportId, Step.FINANCE_SIGN_OFF, ReportAction.APPROVE, Map.of("financeDecision", "approve"),
                comment);
    }

    /**
     * Returns the report with a reason: from bureau review to drafting; from finance sign-off to
     * drafting (the default) or to bureau review.
     */
    @PreAuthorize("hasAnyRole('BUREAU_REVIEWER', 'FINANCE_REVIEWER')")
    public ReportSummary returnReport(long reportId, String comment, ReturnTarget to) {
        if (comment == null || comment.isBlank()) {
            throw new ActionRefusedException(List.of(cn.perfeval.base.FieldProblem.of("comment",
                    "error.return.reason-required")), "error.return.reason-required");
        }
        ReturnTarget target = to == null ? ReturnTarget.DRAFTING : to;
        UserScope user = currentUser.require();
        if (user.has(Role.BUREAU_REVIEWER)) {
            if (target != ReturnTarget.DRAFTING) {
                throw new ActionRefusedException("error.return.bureau-only-to-drafting");
            }
            return complete(reportId, Step.BUREAU_REVIEW, ReportAction.RETURN, Map.of("bureauDecision", "return"),
                    comment);
        }
        return complete(reportId, Step.FINANCE_SIGN_OFF, ReportAction.RETURN,
                Map.of("financeDecision", "return", "returnTo", target.name()), comment);
    }

    /** Publishes an approved report now. */
    @PreAuthorize("hasAnyRole('DRAFTER', 'BUREAU_REVIEWER')")
    public ReportSummary publish(long reportId) {
        return publish(reportId, null);
    }

    /**
     * Publishes an approved report now, or schedules it for {@code at} when that lies in the
     * future: the process then waits on a timer and publishes on the caller's behalf that day.
     */
    @PreAuthorize("hasAnyRole('DRAFTER', 'BUREAU_REVIEWER')")
    public ReportSummary publish(long reportId, Instant requested) {
        Instant at = requested == null ? null : requested.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        boolean later = at != null && at.isAfter(clock.instant());
        Map<String, Object> decision = new HashMap<>();
        decision.put("publishAt", later ? at.toString() : null);
        decision.put("publishedBy", currentUser.require().username());
        ReportSummary after = complete(reportId, Step.PUBLICATION,
                later ? ReportAction.SCHEDULE_PUBLICATION : ReportAction.PUBLISH, decision, null);
        return later ? reports.recordScheduledPublication(reportId, at) : after;
    }

    /** The actions the current user may take on the report now; the buttons a screen shows. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<ReportAction> availableActions(long reportId) {
        ReportSummary report = reports.summary(reportId);
        UserScope user = currentUser.require();
        Optional<Task> open = openTask(reportId);
        Set<ReportAction> actions = EnumSet.noneOf(ReportAction.class);
        if (open.isEmpty()) {
            return actions;
        }
        Step step = Step.ofTaskKey(open.get().getTaskDefinitionKey()).orElseThrow();
        boolean candidate = isCandidate(open.get(), user);
        switch (step) {
            case DRAFTING -> {
                if (candidate) {
                    actions.add(ReportAction.SUBMIT);
                }
            }
            case BUREAU_REVIEW -> {
                if (candidate) {
                    actions.addAll(List.of(ReportAction.PASS, ReportAction.RETURN));
                }
                if (user.has(Role.DRAFTER) && user.belongsTo(report.departmentId())) {
                    actions.add(ReportAction.WITHDRAW);
                }
            }
            case FINANCE_SIGN_OFF -> {
                if (candidate) {
                    actions.addAll(List.of(ReportAction.APPROVE, ReportAction.RETURN));
                }
            }
            case PUBLICATION -> {
                if (candidate) {
                    actions.add(ReportAction.PUBLISH);
                }
            }
        }
        return actions;
    }

    /** The tasks waiting for the current user, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OpenTask> myTasks() {
        List<String> groups = Groups.of(currentUser.require());
        if (groups.isEmpty()) {
            return List.of();
        }
        List<OpenTask> result = new ArrayList<>();
        for (Task task : tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).taskCandidateGroupIn(groups)
                .active().includeProcessVariables().orderByTaskCreateTime().desc().list()) {
            long reportId = ((Number) task.getProcessVariables().get("reportId")).longValue();
            Step.ofTaskKey(task.getTaskDefinitionKey()).ifPresent(step -> result.add(
                    new OpenTask(reports.summary(reportId), step, task.getCreateTime().toInstant(),
                            DeadlineSchedule.dueDay(task.getDueDate()))));
        }
        return result;
    }

    /**
     * The open step of each of the given reports; reports whose route has ended (or waits on a
     * scheduled publication) are absent. Two queries per 500 reports, whatever the number of
     * processes running: the process instances by business key, then their active tasks.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, OpenStep> openSteps(Collection<Long> reportIds) {
        Map<Long, OpenStep> result = new HashMap<>();
        List<Long> ids = reportIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += STEP_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + STEP_CHUNK));
            String keys = chunk.stream().map(id -> "'" + id + "'").collect(java.util.stream.Collectors.joining(","));
            Map<String, Long> reportOfInstance = new HashMap<>();
            for (var instance : runtime.createNativeProcessInstanceQuery()
                    .sql("select RES.* from ACT_RU_EXECUTION RES where RES.PARENT_ID_ is null"
                            + " and RES.BUSINESS_KEY_ in (" + keys + ")")
                    .list()) {
                reportOfInstance.put(instance.getId(), Long.valueOf(instance.getBusinessKey()));
            }
            if (reportOfInstance.isEmpty()) {
                continue;
            }
            for (Task task : tasks.createTaskQuery().processInstanceIdIn(reportOfInstance.keySet()).active().list()) {
                long reportId = reportOfInstance.get(task.getProcessInstanceId());
                Step.ofTaskKey(task.getTaskDefinitionKey()).ifPresent(step -> result.put(reportId,
                        new OpenStep(reportId, step, task.getCreateTime().toInstant(),
                                DeadlineSchedule.dueDay(task.getDueDate()))));
            }
        }
        return result;
    }

    private ReportSummary complete(long reportId, Step expected, ReportAction action, Map<String, Object> decision,
            String comment) {
        ReportSummary report = reports.summary(reportId);
        UserScope user = currentUser.require();
        Task task = openTask(reportId).orElse(null);
        if (task == null || !expected.taskKey().equals(task.getTaskDefinitionKey())) {
            throw new ActionRefusedException("error.action.not-now", new LocalizedMessage(action.labelKey()),
                    new LocalizedMessage("status." + report.status().name()));
        }
        boolean allowed = action == ReportAction.WITHDRAW
                ? user.has(Role.DRAFTER) && user.belongsTo(report.departmentId())
                : isCandidate(task, user);
        if (!allowed) {
            throw new ActionRefusedException("error.action.not-yours", new LocalizedMessage(action.labelKey()));
        }
        try {
            tasks.complete(task.getId(), new HashMap<>(decision));
        } catch (FlowableOptimisticLockingException | FlowableObjectNotFoundException e) {
            throw new ActionRefusedException("error.action.concurrent");
        }
        if (action == ReportAction.SCHEDULE_PUBLICATION) {
            return report;
        }
        ReportStatus now = openTask(reportId).flatMap(t -> Step.ofTaskKey(t.getTaskDefinitionKey()))
                .map(Step::status).orElse(ReportStatus.PUBLISHED);
        return reports.recordTransition(reportId, action, now, comment == null || comment.isBlank() ? null : comment);
    }

    private Optional<Task> openTask(long reportId) {
        return Optional.ofNullable(tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(reportId)).active().singleResult());
    }

    private boolean isCandidate(Task task, UserScope user) {
        List<String> groups = Groups.of(user);
        return !groups.isEmpty()
                && tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroupIn(groups).count() > 0;
    }
}
