package cn.perfeval.workflow;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.declaration.DeclarationAction;
import cn.perfeval.declaration.DeclarationEvents.AdjustmentRequested;
import cn.perfeval.declaration.DeclarationEvents.DeclarationCreated;
import cn.perfeval.declaration.DeclarationService;
import cn.perfeval.declaration.DeclarationSummary;
import cn.perfeval.identity.CurrentUser;
import cn.perfeval.identity.Role;
import cn.perfeval.identity.UserScope;
import java.time.LocalDate;
import java.util.Arrays;
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
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.springframework.context.event.EventListener;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actions on a performance target declaration's route ({@code processes/declaration-route.bpmn20.xml}):
 * submit, withdraw (by the drafter, while the bureau has not decided), pass (bureau), approve
 * (批复, finance) and return with a reason; an adjustment of an approved declaration starts a route
 * of its own straight at finance approval. Each action locks the declaration's row, checks that
 * the caller is a candidate of the open task, completes it and mirrors the move into the
 * declaration through {@link DeclarationService#recordTransition}: all in one transaction.
 */
@Service
@Transactional
public class DeclarationWorkflow {

    static final String PROCESS_KEY = "declarationRoute";

    /** The user tasks of the declaration's route, by their BPMN ids. */
    enum DeclarationStep {
        DRAFTING("draftDeclaration"), BUREAU_REVIEW("declarationBureauReview"), FINANCE_APPROVAL("financeApproval");

        private final String taskKey;

        DeclarationStep(String taskKey) {
            this.taskKey = taskKey;
        }

        String taskKey() {
            return taskKey;
        }

        static Optional<DeclarationStep> of(Task task) {
            return task == null ? Optional.empty()
                    : Arrays.stream(values()).filter(s -> s.taskKey.equals(task.getTaskDefinitionKey())).findFirst();
        }
    }

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final DeclarationService declarations;
    private final CurrentUser currentUser;

    DeclarationWorkflow(RuntimeService runtime, TaskService tasks, DeclarationService declarations,
            CurrentUser currentUser) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.declarations = declarations;
        this.currentUser = currentUser;
    }

    /** A new declaration starts its route in drafting, in the transaction that created it. */
    @EventListener
    void start(DeclarationCreated created) {
        startRoute(created.declarationId(), created.departmentId(), created.regionId(), false);
    }

    /** An adjustment starts a route of its own at finance approval, in the transaction that asked for it. */
    @EventListener
    void adjust(AdjustmentRequested requested) {
        startRoute(requested.declarationId(), requested.departmentId(), requested.regionId(), true);
    }

    private void startRoute(long declarationId, long departmentId, long regionId, boolean adjustment) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("declarationId", declarationId);
        variables.put("drafterGroup", Groups.department(departmentId, Role.DRAFTER));
        variables.put("bureauGroup", Groups.department(departmentId, Role.BUREAU_REVIEWER));
        variables.put("financeGroup", Groups.region(regionId, Role.FINANCE_REVIEWER));
        variables.put("adjustment", adjustment);
        variables.put(DeadlineListener.DEPARTMENT, departmentId);
        variables.put(DeadlineListener.REGION, regionId);
        // The waiting steps' overdue timers read it; each waiting task sets its own (DeclarationDeadlines).
        variables.put(DeadlineSchedule.OVERDUE_AT, DeadlineSchedule.NO_TIMER.toString());
        runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey(declarationId), variables);
    }

    /** Submits the declaration to bureau review; refused with its findings while any ERROR-level check fails. */
    @PreAuthorize("hasRole('DRAFTER')")
    public DeclarationSummary submit(long id, String comment) {
        lock(id);
        if (DeclarationStep.of(openTask(id).orElse(null)).orElse(null) == DeclarationStep.DRAFTING) {
            declarations.requireNoErrors(id);
        }
        return act(id, DeclarationStep.DRAFTING, DeclarationAction.SUBMIT, Map.of(), comment);
    }

    /** Takes a submission back to drafting while the bureau has not decided on it. */
    @PreAuthorize("hasRole('DRAFTER')")
    public DeclarationSummary withdraw(long id, String comment) {
        lock(id);
        UserScope user = currentUser.require();
        Task task = taskAt(id, DeclarationStep.BUREAU_REVIEW, DeclarationAction.WITHDRAW);
        if (!user.belongsTo(declarations.summary(id).departmentId())) {
            throw new ActionRefusedException("error.declaration.not-yours",
                    new LocalizedMessage(DeclarationAction.WITHDRAW.labelKey()));
        }
        return complete(id, task, DeclarationAction.WITHDRAW, Map.of("bureauDecision", "withdraw"), comment);
    }

    /** The bureau passes the declaration on to finance approval. */
    @PreAuthorize("hasRole('BUREAU_REVIEWER')")
    public DeclarationSummary pass(long id, String comment) {
        lock(id);
        return act(id, DeclarationStep.BUREAU_REVIEW, DeclarationAction.PASS, Map.of("bureauDecision", "pass"),
                comment);
    }

    /**
     * Finance approves (批复) the declaration or its adjustment: the version becomes the one in force
     * and the declaration is locked. Refused while any ERROR-level check fails.
     */
    @PreAuthorize("hasRole('FINANCE_REVIEWER')")
    public DeclarationSummary approve(long id, String comment) {
        lock(id);
        if (DeclarationStep.of(openTask(id).orElse(null)).orElse(null) == DeclarationStep.FINANCE_APPROVAL) {
            declarations.requireNoErrors(id);
        }
        return act(id, DeclarationStep.FINANCE_APPROVAL, DeclarationAction.APPROVE,
                Map.of("financeDecision", "approve"), comment);
    }

    /**
     * Returns the declaration with a reason: from bureau review or finance approval to drafting; an
     * adjustment returned by finance is refused and the approved version stays in force.
     */
    @PreAuthorize("hasAnyRole('BUREAU_REVIEWER', 'FINANCE_REVIEWER')")
    public DeclarationSummary returnDeclaration(long id, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new ActionRefusedException(List.of(FieldProblem.of("comment", "error.return.reason-required")),
                    "error.return.reason-required");
        }
        lock(id);
        if (currentUser.require().has(Role.BUREAU_REVIEWER)) {
            return act(id, DeclarationStep.BUREAU_REVIEW, DeclarationAction.RETURN,
                    Map.of("bureauDecision", "return"), comment);
        }
        return act(id, DeclarationStep.FINANCE_APPROVAL, DeclarationAction.RETURN,
                Map.of("financeDecision", "return"), comment);
    }

    /**
     * The declarations waiting for the current user, newest first: in drafting for the drafters of
     * their department, in bureau review for its bureau reviewers, in finance approval (or an
     * adjustment) for the finance reviewers of its region; each with its step, since when and its due date.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DeclarationTask> myTasks() {
        List<String> groups = Groups.of(currentUser.require());
        if (groups.isEmpty()) {
            return List.of();
        }
        List<DeclarationTask> result = new java.util.ArrayList<>();
        for (Task task : tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).taskCandidateGroupIn(groups)
                .active().includeProcessVariables().orderByTaskCreateTime().desc().list()) {
            long id = ((Number) task.getProcessVariables().get("declarationId")).longValue();
            DeclarationSummary declaration = declarations.summary(id);
            if (DeclarationStep.of(task).isPresent()) {
                result.add(new DeclarationTask(declaration, declaration.status(), task.getCreateTime().toInstant(),
                        DeadlineSchedule.dueDay(task.getDueDate())));
            }
        }
        return result;
    }

    /** The due date of the declaration's open step: bureau review or finance approval; empty in drafting and once decided. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<LocalDate> due(long id) {
        declarations.summary(id);
        return openTask(id).map(Task::getDueDate).map(DeadlineSchedule::dueDay);
    }

    /** The actions the current user may take on the declaration now; the buttons a screen shows. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<DeclarationAction> availableActions(long id) {
        DeclarationSummary declaration = declarations.summary(id);
        UserScope user = currentUser.require();
        Set<DeclarationAction> actions = EnumSet.noneOf(DeclarationAction.class);
        Task task = openTask(id).orElse(null);
        DeclarationStep step = DeclarationStep.of(task).orElse(null);
        if (step == null) {
            if (user.has(Role.DRAFTER) && user.belongsTo(declaration.departmentId())
                    && declaration.status() == cn.perfeval.declaration.DeclarationStatus.APPROVED) {
                actions.add(DeclarationAction.ADJUST);
            }
            return actions;
        }
        boolean holds = inCandidateGroup(task, user);
        switch (step) {
            case DRAFTING -> {
                if (holds) {
                    actions.add(DeclarationAction.SAVE);
                    actions.add(DeclarationAction.SUBMIT);
                }
            }
            case BUREAU_REVIEW -> {
                if (holds) {
                    actions.addAll(List.of(DeclarationAction.PASS, DeclarationAction.RETURN));
                }
                if (user.has(Role.DRAFTER) && user.belongsTo(declaration.departmentId())) {
                    actions.add(DeclarationAction.WITHDRAW);
                }
            }
            case FINANCE_APPROVAL -> {
                if (holds) {
                    actions.addAll(List.of(DeclarationAction.APPROVE, DeclarationAction.RETURN));
                }
            }
        }
        return actions;
    }

    private DeclarationSummary act(long id, DeclarationStep expected, DeclarationAction action,
            Map<String, Object> decision, String comment) {
        Task task = taskAt(id, expected, action);
        if (!inCandidateGroup(task, currentUser.require())) {
            throw new ActionRefusedException("error.declaration.not-yours", new LocalizedMessage(action.labelKey()));
        }
        return complete(id, task, action, decision, comment);
    }

    private DeclarationSummary complete(long id, Task task, DeclarationAction action, Map<String, Object> decision,
            String comment) {
        try {
            tasks.complete(task.getId(), new HashMap<>(decision));
        } catch (FlowableOptimisticLockingException | FlowableObjectNotFoundException e) {
            throw new ActionRefusedException("error.action.concurrent");
        }
        return declarations.recordTransition(id, action, comment);
    }

    /** The open task of the declaration, refused (409) unless it is at the expected step. */
    private Task taskAt(long id, DeclarationStep expected, DeclarationAction action) {
        Task task = openTask(id).orElse(null);
        if (DeclarationStep.of(task).orElse(null) != expected) {
            throw new ActionRefusedException("error.declaration.not-now", new LocalizedMessage(action.labelKey()),
                    new LocalizedMessage("declaration.status." + declarations.summary(id).status().name()));
        }
        return task;
    }

    private void lock(long id) {
        try {
            declarations.lockForRoute(id);
        } catch (PessimisticLockingFailureException e) {
            throw new ActionRefusedException("error.action.concurrent");
        }
    }

    private Optional<Task> openTask(long id) {
        return Optional.ofNullable(tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(businessKey(id)).active().includeIdentityLinks().singleResult());
    }

    private static boolean inCandidateGroup(Task task, UserScope user) {
        List<String> groups = Groups.of(user);
        return task.getIdentityLinks().stream().anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                && link.getGroupId() != null && groups.contains(link.getGroupId()));
    }

    private static String businessKey(long id) {
        return "declaration:" + id;
    }
}
