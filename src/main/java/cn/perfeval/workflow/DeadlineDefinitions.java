package cn.perfeval.workflow;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.engine.RepositoryService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Which versions of the report route still carry the two boundary timers per task of the time
 * before decision 0044. Their instances keep those timers, the variables the timers read and
 * their delegates; the deadline sweep leaves them alone. A definition never changes once
 * deployed, so the answer is kept per definition id.
 */
@Component
class DeadlineDefinitions {

    private final ObjectProvider<RepositoryService> repository;
    private final Map<String, Boolean> withTimers = new ConcurrentHashMap<>();

    DeadlineDefinitions(ObjectProvider<RepositoryService> repository) {
        this.repository = repository;
    }

    /** Whether the definition's tasks carry deadline timers of their own. */
    boolean hasTaskTimers(String processDefinitionId) {
        return withTimers.computeIfAbsent(processDefinitionId, id -> repository.getObject().getBpmnModel(id)
                .getMainProcess().findFlowElementsOfType(BoundaryEvent.class).stream()
                .anyMatch(b -> b.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance)));
    }

    /** The ids of the report route's definitions whose deadlines the sweep sends. */
    List<String> swept() {
        return repository.getObject().createProcessDefinitionQuery().processDefinitionKey(ReportWorkflow.PROCESS_KEY)
                .list().stream().map(d -> d.getId()).filter(id -> !hasTaskTimers(id)).toList();
    }
}
