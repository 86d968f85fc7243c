package cn.perfeval.workflow;

import cn.perfeval.report.ReportService;
import cn.perfeval.workflow.RouteDiagram.Box;
import cn.perfeval.workflow.RouteDiagram.Flow;
import cn.perfeval.workflow.RouteDiagram.Graph;
import cn.perfeval.workflow.RouteDiagram.Node;
import cn.perfeval.workflow.RouteDiagram.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.Gateway;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The route of a report drawn as a diagram: the process the report runs on, with the steps it
 * has passed (the activities its process instance completed), the step it waits on now, and the
 * steps not reached. Scoped like the report itself.
 */
@Service
@Transactional(readOnly = true)
public class ProcessDiagrams {

    private static final String SEQUENCE_FLOW = "sequenceFlow";

    private final RepositoryService repository;
    private final HistoryService history;
    private final ReportService reports;

    ProcessDiagrams(RepositoryService repository, HistoryService history, ReportService reports) {
        this.repository = repository;
        this.history = history;
        this.reports = reports;
    }

    /**
     * The report's route as SVG (generated here; every name in it escaped). Each step is a
     * {@code <g data-id="bpmnId" data-state="passed|current|pending">}, each flow a
     * {@code <path data-id data-state="passed|pending">}.
     */
    @PreAuthorize("isAuthenticated()")
    public String routeSvg(long reportId) {
        reports.summary(reportId);
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ReportWorkflow.PROCESS_KEY).processInstanceBusinessKey(String.valueOf(reportId))
                .orderByProcessInstanceStartTime().desc().listPage(0, 1);
        String definitionId = instances.isEmpty()
                ? repository.createProcessDefinitionQuery().processDefinitionKey(ReportWorkflow.PROCESS_KEY)
                        .latestVersion().singleResult().getId()
                : instances.getFirst().getProcessDefinitionId();
        Set<String> current = new HashSet<>();
        Set<String> passed = new HashSet<>();
        Set<String> passedFlows = new HashSet<>();
        if (!instances.isEmpty()) {
            for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instances.getFirst().getId()).list()) {
                if (SEQUENCE_FLOW.equals(a.getActivityType())) {
                    passedFlows.add(a.getActivityId());
                } else if (a.getEndTime() == null) {
                    // A deadline's timer waiting on its task is not a step the report is at.
                    if (!"boundaryEvent".equals(a.getActivityType())) {
                        current.add(a.getActivityId());
                    }
                } else {
                    passed.add(a.getActivityId());
                }
            }
        }
        return RouteDiagram.svg(graph(repository.getBpmnModel(definitionId)), current, passed, passedFlows);
    }

    /** The main process of the model as the diagram's nodes and flows, with its own layout where it has one. */
    static Graph graph(BpmnModel model) {
        Process process = model.getMainProcess();
        List<Node> nodes = new ArrayList<>();
        List<Flow> flows = new ArrayList<>();
        Map<String, Box> boxes = new HashMap<>();
        Map<String, List<double[]>> waypoints = new HashMap<>();
        for (FlowElement element : process.getFlowElements()) {
            if (element instanceof SequenceFlow flow) {
                flows.add(new Flow(flow.getId(), flow.getSourceRef(), flow.getTargetRef(), flow.getName()));
                List<GraphicInfo> points = model.getFlowLocationGraphicInfo(flow.getId());
                if (points != null && !points.isEmpty()) {
                    waypoints.put(flow.getId(), points.stream().map(g -> new double[] {g.getX(), g.getY()}).toList());
                }
                continue;
            }
            Shape shape = shape(element);
            if (shape == null) {
                continue;
            }
            nodes.add(new Node(element.getId(), element.getName(), shape,
                    element instanceof BoundaryEvent b ? b.getAttachedToRefId() : null,
                    element instanceof Gateway g ? g.getDefaultFlow() : null));
            GraphicInfo info = model.getGraphicInfo(element.getId());
            if (info != null) {
                boxes.put(element.getId(), new Box(info.getX(), info.getY(), info.getWidth(), info.getHeight()));
            }
        }
        return new Graph(process.getName() == null ? process.getId() : process.getName(), nodes, flows, boxes,
                waypoints);
    }

    /** How an element is drawn; {@code null} for what the diagram leaves out (data objects, ...). */
    private static Shape shape(FlowElement element) {
        boolean timer = element instanceof Event e
                && e.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance);
        if (element instanceof BoundaryEvent) {
            return timer ? Shape.TIMER_BOUNDARY : Shape.BOUNDARY;
        }
        if (element instanceof StartEvent) {
            return Shape.START;
        }
        if (element instanceof EndEvent) {
            return Shape.END;
        }
        if (element instanceof Event) {
            return timer ? Shape.TIMER_EVENT : Shape.EVENT;
        }
        if (element instanceof Gateway) {
            return Shape.GATEWAY;
        }
        if (element instanceof UserTask) {
            return Shape.TASK;
        }
        if (element instanceof Activity) {
            return Shape.AUTOMATIC_TASK;
        }
        return null;
    }
}
