package cn.perfeval.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.workflow.RouteDiagram.Box;
import cn.perfeval.workflow.RouteDiagram.Flow;
import cn.perfeval.workflow.RouteDiagram.Graph;
import cn.perfeval.workflow.RouteDiagram.Node;
import cn.perfeval.workflow.RouteDiagram.Shape;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class RouteDiagramTest {

    @Test
    void the_report_route_is_laid_out_along_its_main_path_with_the_returns_drawn_above_it() throws Exception {
        Graph graph = ProcessDiagrams.graph(reportRoute());
        assertThat(graph.boxes()).as("the process file has no layout of its own").isEmpty();

        Svg svg = Svg.parse(RouteDiagram.svg(graph, Set.of("financeSignOff"), Set.of("start", "draftReport"),
                Set.of("toDraft")));

        List<String> main = List.of("start", "draftReport", "bureauReview", "bureauDecision", "financeSignOff",
                "financeDecision", "publishReport", "publishWhen", "end");
        double[] xs = main.stream().mapToDouble(id -> centre(svg, id)[0]).toArray();
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        assertThat(xs).containsExactly(sorted);
        assertThat(main.stream().mapToDouble(id -> centre(svg, id)[1]).distinct().count()).isEqualTo(1);
        double line = centre(svg, "draftReport")[1];
        assertThat(centre(svg, "waitForPublicationDate")[1]).isGreaterThan(line);
        assertThat(centre(svg, "publishOnDate")[1]).isGreaterThan(line);
        for (String back : List.of("bureauReturned", "financeReturnedToDrafting", "financeReturnedToBureau")) {
            assertThat(top(svg.element("path", back))).as(back).isLessThan(line - 27);
        }
        assertThat(svg.steps()).containsEntry("financeSignOff", "current").containsEntry("draftReport", "passed")
                .containsEntry("bureauReview", "pending");
        assertThat(svg.flows()).containsEntry("toDraft", "passed").containsEntry("submitted", "pending");
    }

    @Test
    void boundary_timers_service_tasks_and_a_second_end_are_drawn_too_a_boundary_event_small_on_its_task() {
        Graph graph = new Graph("流程", List.of(
                node("start", "开始", Shape.START), node("review", "审核", Shape.TASK),
                new Node("overdue", "逾期", Shape.TIMER_BOUNDARY, "review", null),
                node("remind", "发送提醒", Shape.AUTOMATIC_TASK), node("reminded", "已提醒", Shape.END),
                node("decide", "结论", Shape.GATEWAY), node("end", "结束", Shape.END)),
                List.of(new Flow("f1", "start", "review", null), new Flow("f2", "review", "decide", null),
                        new Flow("f3", "decide", "end", "通过"), new Flow("f4", "decide", "review", "退回"),
                        new Flow("f5", "overdue", "remind", null), new Flow("f6", "remind", "reminded", null)),
                Map.of(), Map.of());

        Svg svg = Svg.parse(RouteDiagram.svg(graph, Set.of("review"), Set.of("start"), Set.of("f1")));

        assertThat(svg.steps().keySet()).containsExactlyInAnyOrder("start", "review", "overdue", "remind", "reminded",
                "decide", "end");
        assertThat(svg.flows().keySet()).containsExactlyInAnyOrder("f1", "f2", "f3", "f4", "f5", "f6");
        Element task = (Element) svg.element("g", "review").getElementsByTagName("rect").item(0);
        Element timer = (Element) svg.element("g", "overdue").getElementsByTagName("circle").item(0);
        double taskBottom = number(task, "y") + number(task, "height");
        assertThat(number(timer, "cy")).isEqualTo(taskBottom);
        assertThat(number(timer, "r")).isLessThan(12);
        assertThat(centre(svg, "remind")[1]).isGreaterThan(centre(svg, "review")[1]);
        assertThat(svg.document().getDocumentElement().getTextContent()).contains("通过", "退回");
    }

    @Test
    void names_are_escaped_so_the_drawing_stays_a_drawing() {
        Graph graph = new Graph("<script>alert(1)</script>", List.of(node("start", null, Shape.START),
                node("a", "<img src=x onerror=alert(1)> & \"审核\"", Shape.TASK)),
                List.of(new Flow("f", "start", "a", "<b>")), Map.of(), Map.of());

        String drawn = RouteDiagram.svg(graph, Set.of(), Set.of(), Set.of());
        Svg svg = Svg.parse(drawn);

        assertThat(drawn).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>");
        assertThat(svg.element("g", "a").getTextContent()).contains("<img src=x", "& \"审核\"");
        assertThat(svg.document().getDocumentElement().getAttribute("aria-label")).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void a_process_with_its_own_layout_is_drawn_as_laid_out() {
        Map<String, Box> boxes = new HashMap<>(Map.of("start", new Box(100, 118, 36, 36),
                "a", new Box(200, 100, 100, 80), "end", new Box(500, 300, 36, 36)));
        Graph graph = new Graph("流程", List.of(node("start", "开始", Shape.START), node("a", "填报", Shape.TASK),
                node("end", "结束", Shape.END)),
                List.of(new Flow("f1", "start", "a", null), new Flow("f2", "a", "end", null)), boxes,
                Map.of("f2", List.of(new double[] {300, 140}, new double[] {518, 140}, new double[] {518, 300})));

        Svg svg = Svg.parse(RouteDiagram.svg(graph, Set.of("a"), Set.of("start"), Set.of("f1")));

        Element task = (Element) svg.element("g", "a").getElementsByTagName("rect").item(0);
        assertThat(number(task, "width")).isEqualTo(100);
        assertThat(number(task, "height")).isEqualTo(80);
        double[] start = centre(svg, "start");
        double[] end = centre(svg, "end");
        assertThat(end[0] - start[0]).isEqualTo(400);
        assertThat(end[1] - start[1]).isEqualTo(182);
        assertThat(svg.element("path", "f2").getAttribute("d").split(" L")).hasSize(3);
    }

    private static Node node(String id, String name, Shape shape) {
        return new Node(id, name, shape, null, null);
    }

    private static BpmnModel reportRoute() throws Exception {
        try (InputStream in = RouteDiagramTest.class.getResourceAsStream("/processes/report-route.bpmn20.xml")) {
            XMLInputFactory factory = XMLInputFactory.newInstance();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            return new BpmnXMLConverter().convertToBpmnModel(factory.createXMLStreamReader(in, "UTF-8"));
        }
    }

    /** The centre of the shape drawn for a step. */
    private static double[] centre(Svg svg, String id) {
        Element g = svg.element("g", id);
        assertThat(g).as(id).isNotNull();
        Element shape = (Element) g.getElementsByTagName("*").item(1);
        return switch (shape.getTagName()) {
            case "rect" -> new double[] {number(shape, "x") + number(shape, "width") / 2,
                    number(shape, "y") + number(shape, "height") / 2};
            case "circle" -> new double[] {number(shape, "cx"), number(shape, "cy")};
            case "polygon" -> {
                double[] sum = new double[2];
                String[] points = shape.getAttribute("points").split(" ");
                for (String p : points) {
                    String[] xy = p.split(",");
                    sum[0] += Double.parseDouble(xy[0]);
                    sum[1] += Double.parseDouble(xy[1]);
                }
                yield new double[] {sum[0] / points.length, sum[1] / points.length};
            }
            default -> throw new AssertionError("unexpected shape " + shape.getTagName());
        };
    }

    /** The highest point of a flow's path. */
    private static double top(Element path) {
        return Arrays.stream(path.getAttribute("d").replace("M", "").split(" L"))
                .mapToDouble(p -> Double.parseDouble(p.trim().split(" ")[1])).min().orElseThrow();
    }

    private static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }
}
