package cn.perfeval.workflow;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.Formats;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.base.PerfevalException;
import cn.perfeval.checks.ReportChecks;
import cn.perfeval.identity.Colleague;
import cn.perfeval.identity.CurrentUser;
import cn.perfeval.identity.Directory;
import cn.perfeval.identity.Role;
import cn.perfeval.identity.UserScope;
import cn.perfeval.report.Events.ReportCreated;
import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.report.RouteNote;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The actions on a report's route. Each checks that the caller holds the open task of the report
 * (its role and its department or region, and, where the task is assigned to someone, that it is
 * the caller), completes or hands over that task, and mirrors the new status on the report row
 * with a history line: all in one transaction, so a failure anywhere leaves process and report as
 * they were. Each action first locks the report's row, so two reviewers acting on the same task at
 * once take turns: the second finds the task gone and is refused ({@code error.action.not-now});
 * Flowable's optimistic lock on the task stays as a second guard ({@code error.action.concurrent}).
 */
@Service
@Transactional
public class ReportWorkflow {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReportWorkflow.class);
    static final String PROCESS_KEY = "reportRoute";
    /** Task-local variable on the review task a drafter's submission created; the drafter may withdraw it. */
    static final String SUBMISSION = "submission";
    private static final int STEP_CHUNK = 500;
    /** The most reports one batch sign-off takes. */
    public static final int MAX_BATCH = 200;
    private static final Set<Step> REVIEW_STEPS = EnumSet.of(Step.BUREAU_REVIEW, Step.FINANCE_SIGN_OFF);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ReportService reports;
    private final CurrentUser currentUser;
    private final ReportChecks checks;
    private final Directory directory;
    private final java.time.Clock clock;
    private final TransactionTemplate ownTransaction;

    ReportWorkflow(RuntimeService runtime, TaskService tasks, ReportService reports, CurrentUser currentUser,
            ReportChecks checks, Directory directory, java.time.Clock clock, PlatformTransactionManager transactions) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.reports = reports;
        this.currentUser = currentUser;
        this.checks = checks;
        this.directory = directory;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
        variables.put("backToFinance", false);
        runtime.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(created.reportId()), variables);
    }

    /**
     * Submits the report for review: to bureau review, or straight back to finance sign-off where
     * finance returned it asking so. Refused with the findings while any ERROR-level check fails.
     */
    @PreAuthorize("hasRole('DRAFTER')")
    public ReportSummary submit(long reportId, String comment) {
        lock(reportId);
        Task task = openTask(reportId).orElse(null);
        if (task != null && Step.DRAFTING.taskKey().equals(task.getTaskDefinitionKey())) {
            checks.requireNoErrors(reportId);
        }
        return act(reportId, Set.of(Step.DRAFTING), ReportAction.SUBMIT, Map.of(), comment, null);
    }

    /**
     * Takes a submission back to drafting while no reviewer has acted on it: the review task the
     * submission created (bureau review, or finance sign-off where it went straight back there) is
     * still open, and nobody has claimed, delegated or transferred it.
     */
    @PreAuthorize("hasRole('DRAFTER')")
    public ReportSummary withdraw(long reportId, String comment) {
        lock(reportId);
        return act(reportId, REVIEW_STEPS, ReportAction.WITHDRAW, null, comment, null);
    }

    @PreAuthorize("hasRole('BUREAU_REVIEWER')")
    public ReportSummary pass(long reportId, String comment) {
        lock(reportId);
        return act(reportId, Set.of(Step.BUREAU_REVIEW), ReportAction.PASS, Map.of("bureauDecision", "pass"),
                comment, null);
    }

    /** Signs the report off; refused while any ERROR-level check fails on it. */
    @PreAuthorize("hasRole('FINANCE_REVIEWER')")
    public ReportSummary approve(long reportId, String comment) {
        return approveChecked(reportId, comment);
    }

    /**
     * Signs off several reports of the caller's region with one comment. Each report is approved
     * in a transaction of its own, with its own history and audit lines; a report whose checks
     * fail, that no longer waits for finance sign-off, or whose task is not the caller's, is
     * skipped with the reason. The outcomes come in the order of the ids given (duplicates once).
     */
    @PreAuthorize("hasRole('FINANCE_REVIEWER')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<BatchOutcome> approveBatch(Collection<Long> reportIds, String comment) {
        List<Long> ids = reportIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.size() > MAX_BATCH) {
            throw new InvalidInputException(List.of(FieldProblem.of("ids", "error.batch.too-many", MAX_BATCH)));
        }
        List<BatchOutcome> outcomes = new ArrayList<>();
        for (long id : ids) {
            try {
                ReportSummary after = ownTransaction.execute(s -> approveChecked(id, comment));
                outcomes.add(BatchOutcome.approved(after));
            } catch (PerfevalException e) {
                outcomes.add(BatchOutcome.skipped(id, summaryIfVisible(id), e.localized()));
            } catch (FlowableOptimisticLockingException | OptimisticLockingFailureException e) {
                outcomes.add(BatchOutcome.skipped(id, summaryIfVisible(id),
                        new LocalizedMessage("error.action.concurrent")));
            } catch (RuntimeException e) {
                log.error("Batch sign-off of report {} failed", id, e);
                outcomes.add(BatchOutcome.skipped(id, summaryIfVisible(id), new LocalizedMessage("error.batch.failed")));
            }
        }
        return outcomes;
    }

    /**
     * Returns the report with a reason: from bureau review to drafting; from finance sign-off to
     * drafting (the default) or to bureau review.
     */
    @PreAuthorize("hasAnyRole('BUREAU_REVIEWER', 'FINANCE_REVIEWER')")
    public ReportSummary returnReport(long reportId, String comment, ReturnTarget to) {
        return returnReport(reportId, comment, to, false);
    }

    /**
     * Returns the report with a reason, as {@link #returnReport(long, String, ReturnTarget)}; with
     * {@code backToMe}, finance asks that the corrected report come straight back to finance
     * sign-off, past the steps it has already passed (the process's {@code backToFinance}).
     */
    @PreAuthorize("hasAnyRole('BUREAU_REVIEWER', 'FINANCE_REVIEWER')")
    public ReportSummary returnReport(long reportId, String comment, ReturnTarget to, boolean backToMe) {
        if (comment == null || comment.isBlank()) {
            throw new ActionRefusedException(List.of(FieldProblem.of("comment", "error.return.reason-required")),
                    "error.return.reason-required");
        }
        ReturnTarget target = to == null ? ReturnTarget.DRAFTING : to;
        UserScope user = currentUser.require();
        lock(reportId);
        if (user.has(Role.BUREAU_REVIEWER)) {
            if (target != ReturnTarget.DRAFTING) {
                throw new ActionRefusedException("error.return.bureau-only-to-drafting");
            }
            if (backToMe) {
                throw new ActionRefusedException("error.return.back-to-me-finance-only");
            }
            return act(reportId, Set.of(Step.BUREAU_REVIEW), ReportAction.RETURN, Map.of("bureauDecision", "return"),
                    comment, null);
        }
        return act(reportId, Set.of(Step.FINANCE_SIGN_OFF), ReportAction.RETURN,
                Map.of("financeDecision", "return", "returnTo", target.name(), "backToFinance", backToMe), comment,
                backToMe ? RouteNote.BACK_TO_FINANCE : null);
    }

    /**
     * Delegates (委派) the caller's review task to a colleague of the same role and department
     * (bureau) or region (finance): the colleague works on it and resolves it, and the task then
     * comes back to the caller, who decides.
     */
    @PreAuthorize("hasAnyRole('BUREAU_REVIEWER', 'FINANCE_REVIEWER')")
    public ReportSummary delegate(long reportId, String to, String comment) {
        UserScope user = currentUser.require();
        lock(reportId);
        Task task = reviewTaskHeldBy(reportId, user, ReportAction.DELEGATE);
        Colleague colleague = colleague(user, to);
        handOver(() -> {
            if (!user.username().equals(task.getOwner())) {
                tasks.setOwner(task.getId(), user.username());
            }
            tasks.delegateTask(task.getId(), colleague.username());
        });
        return reports.recordHandover(reportId, ReportAction.DELEGATE, colleague.username(), blankToNull(comment));
    }

    /** Resolves (办结委派) a task delegated to the caller: it goes back to the reviewer who delegated it. */
    @PreAuthorize("hasAnyRole('BUREAU_REVIEWER', 'FINANCE_REVIEWER')")
    public ReportSummary resolve(long reportId, String comment) {
        UserScope user = currentUser.require();
        lock(reportId);
        Task task = reviewTaskHeldBy(reportId, user, ReportAction.RESOLVE);
        String owner = task.getOwner();
        handOver(() -> tasks.resolveTask(task.getId()));
        return reports.recordHandover(reportId, ReportAction.RESOLVE, owner, blankToNull(comment));
    }

    /**
     * Transfers (转办) the caller's review task to a colleague of the same role and department
     * (bureau) or region (finance), who holds it from then on.
     */
    @PreAuthorize("hasAnyRole('BUREAU_REVIEWER', 'FINANCE_REVIEWER')")
    public ReportSummary transfer(long reportId, String to, String comment) {
        UserScope user = currentUser.require();
        lock(reportId);
        Task task = reviewTaskHeldBy(reportId, user, ReportAction.TRANSFER);
        Colleague colleague = colleague(user, to);
        handOver(() -> {
            tasks.setAssignee(task.getId(), colleague.username());
            if (task.getOwner() != null) {
                tasks.setOwner(task.getId(), null);
            }
        });
        return reports.recordHandover(reportId, ReportAction.TRANSFER, colleague.username(), blankToNull(comment));
    }

    /**
     * Claims (签收) the report's open review task for the caller, as Flowable claims a task: when a
     * reviewer opens the review screen of a report, or comments on it, pins on it or resolves a pin
     * while it is at the reviewer's step and the task is the one the drafter's submission created
     * (bureau review, or finance sign-off where the submission went straight back there). From then on the reviewer holds the task (its colleagues see
     * it held) and the drafter can no longer withdraw the submission. Nothing happens, and nothing is
     * refused, where the caller is not a candidate of the task, the task is held already (by the
     * caller, or delegated or transferred to someone) or the report is not in review; a claim is
     * audited and leaves a history line.
     *
     * @return whether the caller claimed the task now
     */
    @PreAuthorize("hasAnyRole('BUREAU_REVIEWER', 'FINANCE_REVIEWER')")
    public boolean claimReview(long reportId) {
        UserScope user = currentUser.require();
        reports.summary(reportId);
        if (!claimable(openTask(reportId).orElse(null), user)) {
            return false;
        }
        lock(reportId);
        Task task = openTask(reportId).orElse(null);
        if (!claimable(task, user)) {
            return false;
        }
        handOver(() -> tasks.claim(task.getId(), user.username()));
        reports.recordHandover(reportId, ReportAction.CLAIM, user.username(), null);
        return true;
    }

    /** A reviewer's comment, answer or pin claims the review it belongs to. */
    @EventListener
    void claimOnComment(cn.perfeval.review.ReviewEvents.CommentAdded added) {
        claimIfReviewer(added.reportId());
    }

    /** A reviewer resolving or reopening a pin claims the review too. */
    @EventListener
    void claimOnPin(cn.perfeval.review.ReviewEvents.PinResolved resolved) {
        claimIfReviewer(resolved.reportId());
    }

    private void claimIfReviewer(long reportId) {
        UserScope user = currentUser.require();
        if (user.has(Role.BUREAU_REVIEWER) || user.has(Role.FINANCE_REVIEWER)) {
            claimReview(reportId);
        }
    }

    /**
     * An open review task that a drafter's submission created (the one the drafter could still
     * withdraw), that nobody holds and of which the user is a candidate. A review the bureau passed
     * on to finance is not claimed: no withdrawal is open there, and finance reviewers keep sharing it.
     */
    private boolean claimable(Task task, UserScope user) {
        Step step = task == null ? null : Step.ofTaskKey(task.getTaskDefinitionKey()).orElse(null);
        return step != null && REVIEW_STEPS.contains(step) && task.getAssignee() == null && task.getOwner() == null
                && inCandidateGroup(task, user) && Boolean.TRUE.equals(tasks.getVariableLocal(task.getId(), SUBMISSION));
    }

    /** The colleagues the caller may delegate or transfer its review to. */
    @PreAuthorize("hasAnyRole('BUREAU_REVIEWER', 'FINANCE_REVIEWER')")
    @Transactional(readOnly = true)
    public List<Colleague> colleagues() {
        return directory.colleagues(currentUser.require());
    }

    /**
     * The last day a publication may be scheduled for. The engine keeps its timers' dates in a
     * {@code TIMESTAMP} column, which on MySQL and MariaDB ends on 2038-01-19; a later date is
     * refused rather than left to fail in the database (decision 0033).
     */
    public static final LocalDate LAST_PUBLICATION_DAY = LocalDate.of(2037, 12, 31);
    private static final Instant PUBLICATION_LIMIT = LAST_PUBLICATION_DAY.plusDays(1).atStartOfDay(Formats.ZONE)
            .toInstant();

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
        if (at != null && !at.isBefore(PUBLICATION_LIMIT)) {
            throw new InvalidInputException(List.of(FieldProblem.of("at", "publish.at.too-late",
                    Formats.date(PUBLICATION_LIMIT.minusSeconds(1)))));
        }
        lock(reportId);
        boolean later = at != null && at.isAfter(clock.instant());
        Map<String, Object> decision = new HashMap<>();
        decision.put("publishAt", later ? at.toString() : null);
        decision.put("publishedBy", currentUser.require().username());
        ReportSummary after = act(reportId, Set.of(Step.PUBLICATION),
                later ? ReportAction.SCHEDULE_PUBLICATION : ReportAction.PUBLISH, decision, null, null);
        return later ? reports.recordScheduledPublication(reportId, at) : after;
    }

    /**
     * Whether the report, waiting in drafting, goes straight to finance sign-off when it is
     * submitted, because finance asked for it back when it returned it (the process's
     * {@code backToFinance}).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean submissionGoesStraightToFinance(long reportId) {
        reports.summary(reportId);
        return openTask(reportId).filter(t -> Step.DRAFTING.taskKey().equals(t.getTaskDefinitionKey()))
                .map(t -> Boolean.TRUE.equals(runtime.getVariable(t.getExecutionId(), "backToFinance")))
                .orElse(false);
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
        Task task = open.get();
        Step step = Step.ofTaskKey(task.getTaskDefinitionKey()).orElseThrow();
        boolean holds = holds(task, user);
        boolean delegated = task.getDelegationState() == DelegationState.PENDING;
        switch (step) {
            case DRAFTING -> {
                if (holds) {
                    actions.add(ReportAction.SUBMIT);
                }
            }
            case BUREAU_REVIEW, FINANCE_SIGN_OFF -> {
                if (holds && delegated) {
                    actions.add(ReportAction.RESOLVE);
                } else if (holds) {
                    actions.add(step == Step.BUREAU_REVIEW ? ReportAction.PASS : ReportAction.APPROVE);
                    actions.add(ReportAction.RETURN);
                    if (!directory.colleagues(user).isEmpty()) {
                        actions.addAll(List.of(ReportAction.DELEGATE, ReportAction.TRANSFER));
                    }
                }
                if (withdrawRefusal(task, report, user).isEmpty()) {
                    actions.add(ReportAction.WITHDRAW);
                }
            }
            case PUBLICATION -> {
                if (holds) {
                    actions.add(ReportAction.PUBLISH);
                }
            }
        }
        return actions;
    }

    /**
     * Why the current user, a drafter of the report's department, can no longer withdraw the
     * report's submission: a reviewer has taken it up (claimed, delegated or transferred it) or
     * has already decided on it. Empty while withdrawing is possible, and where withdrawing is
     * not the user's business (another role or department, a report not in review).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<LocalizedMessage> withdrawClosedReason(long reportId) {
        ReportSummary report = reports.summary(reportId);
        UserScope user = currentUser.require();
        if (!user.has(Role.DRAFTER) || !user.belongsTo(report.departmentId())) {
            return Optional.empty();
        }
        Task task = openTask(reportId).orElse(null);
        Step step = task == null ? null : Step.ofTaskKey(task.getTaskDefinitionKey()).orElse(null);
        if (step == null || !REVIEW_STEPS.contains(step)) {
            return Optional.empty();
        }
        return withdrawRefusal(task, report, user).map(ActionRefusedException::localized);
    }

    /** Who holds the report's open step now; empty when its route has ended or waits on a timer. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<TaskHolder> holder(long reportId) {
        reports.summary(reportId);
        return openTask(reportId).flatMap(t -> Step.ofTaskKey(t.getTaskDefinitionKey()).map(step -> new TaskHolder(
                step, t.getAssignee(), t.getDelegationState() == DelegationState.PENDING ? t.getOwner() : null)));
    }

    /**
     * The tasks waiting for the current user, newest first: those of its role and scope that
     * nobody holds, and those delegated, transferred or handed back to it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OpenTask> myTasks() {
        UserScope user = currentUser.require();
        List<String> groups = Groups.of(user);
        if (groups.isEmpty()) {
            return List.of();
        }
        Map<String, Task> found = new LinkedHashMap<>();
        tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).taskCandidateGroupIn(groups).active()
                .includeProcessVariables().list().forEach(t -> found.put(t.getId(), t));
        tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).taskAssignee(user.username())
                .taskCandidateGroupIn(groups).ignoreAssigneeValue().active().includeProcessVariables().list()
                .forEach(t -> found.put(t.getId(), t));
        List<OpenTask> result = new ArrayList<>();
        for (Task task : found.values().stream().sorted(Comparator.comparing(Task::getCreateTime).reversed())
                .toList()) {
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

    private ReportSummary approveChecked(long reportId, String comment) {
        lock(reportId);
        Task task = openTask(reportId).orElse(null);
        if (task != null && Step.FINANCE_SIGN_OFF.taskKey().equals(task.getTaskDefinitionKey())) {
            int errors = checks.checkReport(reportId).errors().size();
            if (errors > 0) {
                throw new ActionRefusedException("error.approve.blocked", errors);
            }
        }
        return act(reportId, Set.of(Step.FINANCE_SIGN_OFF), ReportAction.APPROVE,
                Map.of("financeDecision", "approve", "backToFinance", false), comment, null);
    }

    /**
     * Completes the report's open task with the decision, after checking that it is one of the
     * expected steps and that the caller may act on it, then records where the process now waits.
     * A {@code null} decision is the drafter's withdraw: the decision of the step it withdraws from.
     */
    private ReportSummary act(long reportId, Set<Step> expected, ReportAction action, Map<String, Object> decision,
            String comment, RouteNote note) {
        ReportSummary report = reports.summary(reportId);
        UserScope user = currentUser.require();
        Task task = openTask(reportId).orElse(null);
        Step step = task == null ? null : Step.ofTaskKey(task.getTaskDefinitionKey()).orElse(null);
        if (step == null || !expected.contains(step)) {
            throw notNow(action, report);
        }
        Map<String, Object> variables;
        if (action == ReportAction.WITHDRAW) {
            Optional<ActionRefusedException> refusal = withdrawRefusal(task, report, user);
            if (refusal.isPresent()) {
                throw refusal.get();
            }
            variables = Map.of(step == Step.BUREAU_REVIEW ? "bureauDecision" : "financeDecision", "withdraw");
        } else {
            requireHolder(task, user, action);
            variables = decision;
        }
        try {
            tasks.complete(task.getId(), new HashMap<>(variables));
        } catch (FlowableOptimisticLockingException | FlowableObjectNotFoundException e) {
            throw new ActionRefusedException("error.action.concurrent");
        }
        if (action == ReportAction.SCHEDULE_PUBLICATION) {
            return report;
        }
        Optional<Task> next = openTask(reportId);
        Step now = next.flatMap(t -> Step.ofTaskKey(t.getTaskDefinitionKey())).orElse(null);
        if (action == ReportAction.SUBMIT && now != null && REVIEW_STEPS.contains(now)) {
            tasks.setVariableLocal(next.get().getId(), SUBMISSION, true);
            if (now == Step.FINANCE_SIGN_OFF) {
                note = RouteNote.STRAIGHT_BACK_TO_FINANCE;
            }
        }
        return reports.recordTransition(reportId, action, now == null ? ReportStatus.PUBLISHED : now.status(),
                blankToNull(comment), note);
    }

    /**
     * Why the drafter may not withdraw the submission now, if it may not: it must be a drafter of
     * the department, the open task must be the one its submission created, and no reviewer may
     * have acted on it (claimed, delegated or transferred it: the task then has an assignee or an
     * owner; completing it closes the task, so the open one is no longer the submission's).
     */
    private Optional<ActionRefusedException> withdrawRefusal(Task task, ReportSummary report, UserScope user) {
        if (!user.has(Role.DRAFTER) || !user.belongsTo(report.departmentId())) {
            return Optional.of(new ActionRefusedException("error.action.not-yours",
                    new LocalizedMessage(ReportAction.WITHDRAW.labelKey())));
        }
        if (!Boolean.TRUE.equals(tasks.getVariableLocal(task.getId(), SUBMISSION))) {
            return Optional.of(new ActionRefusedException("error.withdraw.already-reviewed",
                    new LocalizedMessage("status." + report.status().name())));
        }
        if (task.getAssignee() != null || task.getOwner() != null) {
            return Optional.of(new ActionRefusedException("error.withdraw.reviewer-acted",
                    new LocalizedMessage("status." + report.status().name())));
        }
        return Optional.empty();
    }

    /** The open review task of the report, which the caller holds for the handover action. */
    private Task reviewTaskHeldBy(long reportId, UserScope user, ReportAction action) {
        Task task = openTask(reportId).orElse(null);
        Step step = task == null ? null : Step.ofTaskKey(task.getTaskDefinitionKey()).orElse(null);
        if (step == null || !REVIEW_STEPS.contains(step)) {
            throw notNow(action, reports.summary(reportId));
        }
        requireHolder(task, user, action);
        return task;
    }

    /**
     * Refuses unless the caller holds the task: it is in the task's candidate group and the task
     * is assigned to nobody or to it. A task delegated to the caller can only be resolved; a task
     * the caller delegated waits for the colleague.
     */
    private void requireHolder(Task task, UserScope user, ReportAction action) {
        LocalizedMessage label = new LocalizedMessage(action.labelKey());
        boolean delegated = task.getDelegationState() == DelegationState.PENDING;
        String assignee = task.getAssignee();
        if (assignee != null && !assignee.equals(user.username())) {
            if (delegated && user.username().equals(task.getOwner())) {
                throw new ActionRefusedException("error.task.delegated-away", label, assignee);
            }
            throw new ActionRefusedException("error.task.held-by-other", label, assignee);
        }
        if (!inCandidateGroup(task, user)) {
            throw new ActionRefusedException("error.action.not-yours", label);
        }
        if (delegated && action != ReportAction.RESOLVE) {
            throw new ActionRefusedException("error.task.resolve-first", label, task.getOwner());
        }
        if (!delegated && action == ReportAction.RESOLVE) {
            throw new ActionRefusedException("error.task.not-delegated");
        }
    }

    /**
     * Locks the report's row for the rest of the transaction: actions on one report run one after
     * the other, each reading the task as the one before left it (see {@code ReportService.lockForRoute}).
     */
    private void lock(long reportId) {
        try {
            reports.lockForRoute(reportId);
        } catch (PessimisticLockingFailureException e) {
            throw new ActionRefusedException("error.action.concurrent");
        }
    }

    /** Runs a handover on the task; a task someone else changed or completed meanwhile refuses it. */
    private static void handOver(Runnable change) {
        try {
            change.run();
        } catch (FlowableOptimisticLockingException | FlowableObjectNotFoundException e) {
            throw new ActionRefusedException("error.action.concurrent");
        }
    }

    private Colleague colleague(UserScope user, String username) {
        if (username == null || username.isBlank()) {
            throw new ActionRefusedException(List.of(FieldProblem.of("to", "error.task.colleague-required")),
                    "error.task.colleague-required");
        }
        return directory.colleagues(user).stream().filter(c -> c.username().equals(username.strip())).findFirst()
                .orElseThrow(() -> new ActionRefusedException(List.of(FieldProblem.of("to",
                        "error.task.not-a-colleague", username)), "error.task.not-a-colleague", username));
    }

    private static ActionRefusedException notNow(ReportAction action, ReportSummary report) {
        return new ActionRefusedException("error.action.not-now", new LocalizedMessage(action.labelKey()),
                new LocalizedMessage("status." + report.status().name()));
    }

    private ReportSummary summaryIfVisible(long reportId) {
        try {
            return reports.summary(reportId);
        } catch (NotFoundException e) {
            return null;
        }
    }

    /** The report's open task, with its candidate groups. */
    private Optional<Task> openTask(long reportId) {
        return Optional.ofNullable(tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(reportId)).active().includeIdentityLinks()
                .singleResult());
    }

    /** Whether the user may act on the task: in its candidate group, and the task assigned to nobody or to it. */
    private static boolean holds(Task task, UserScope user) {
        return (task.getAssignee() == null || task.getAssignee().equals(user.username())) && inCandidateGroup(task, user);
    }

    /**
     * Whether one of the user's groups is a candidate of the task, from the identity links read
     * with the task: the same snapshot as its step and assignee, so a task completed by someone
     * else meanwhile is refused as concurrent by Flowable, never as "not yours".
     */
    private static boolean inCandidateGroup(Task task, UserScope user) {
        List<String> groups = Groups.of(user);
        return task.getIdentityLinks().stream().anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                && link.getGroupId() != null && groups.contains(link.getGroupId()));
    }

    private static String blankToNull(String comment) {
        return comment == null || comment.isBlank() ? null : comment;
    }
}
