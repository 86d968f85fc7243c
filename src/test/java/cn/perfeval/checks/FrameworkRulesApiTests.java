package cn.perfeval.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.support.PortalTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/checks} on documents built here: the frameworks' own scoring rules (first-level
 * weights, qualitative bands, the "≤" rule, 目标实现 with its 30% ceiling) fire on their failing
 * case and stay silent on the passing one; the 决策/过程/产出/效益 framework is chosen by its key.
 */
@PortalTest
class FrameworkRulesApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    private ObjectNode projectReport() {
        return json.createObjectNode().put("formatVersion", 1).put("kind", "PROJECT").put("year", 2021)
                .put("unit", "WAN_YUAN");
    }

    private static ObjectNode project(ArrayNode projects, String name) {
        ObjectNode project = projects.addObject().put("name", name);
        project.putObject("budget").put("fiscal", "100");
        project.putObject("executed").put("fiscal", "100");
        project.putArray("indicators");
        return project;
    }

    private static void indicator(ObjectNode project, String level1, String name, String target, String actual,
            String weight, String score) {
        ObjectNode indicator = ((ArrayNode) project.get("indicators")).addObject().put("level1", level1)
                .put("level2", level1.equals("产出指标") ? "数量指标" : "社会效益指标").put("name", name)
                .put("target", target).put("actual", actual).put("weight", weight);
        if (score != null) {
            indicator.put("score", score);
        }
    }

    @Test
    void first_level_weights_other_than_10_50_30_10_are_a_warning_and_the_satisfaction_points_may_go_to_output_and_outcome()
            throws Exception {
        ObjectNode wrong = projectReport();
        ObjectNode p = project(wrong.putArray("projects"), "医疗救助");
        indicator(p, "产出指标", "救助人次", "≥100人次", "100人次", "40", null);
        indicator(p, "效益指标", "就医负担", "有效缓解", "有效缓解", "40", "40");
        indicator(p, "满意度指标", "满意度", "≥90%", "95%", "10", null);
        ObjectNode moved = projectReport();
        ObjectNode q = project(moved.putArray("projects"), "医疗救助");
        indicator(q, "产出指标", "救助人次", "≥100人次", "100人次", "55", null);
        indicator(q, "效益指标", "就医负担", "有效缓解", "有效缓解", "35", "35");

        assertThat(findings(wrong, "indicator.weights")).containsExactly(
                "WARNING 50 40 projects 医疗救助", "WARNING 30 40 projects 医疗救助");
        assertThat(findings(moved, "indicator.weights")).isEmpty();
    }

    @Test
    void a_qualitative_score_outside_the_band_its_actual_names_is_a_warning_inside_it_nothing() throws Exception {
        ObjectNode outside = projectReport();
        ObjectNode p = project(outside.putArray("projects"), "医疗救助");
        indicator(p, "产出指标", "救助人次", "≥100人次", "100人次", "50", null);
        indicator(p, "效益指标", "政策知晓", "明显提高", "部分达成", "30", "30");
        indicator(p, "满意度指标", "满意度", "≥90%", "95%", "10", null);
        ObjectNode inside = outside.deepCopy();
        ((ObjectNode) inside.get("projects").get(0).get("indicators").get(1)).put("score", "21");

        assertThat(findings(outside, "indicator.qualitative"))
                .containsExactly("WARNING 24.00 30 projects 医疗救助 / 政策知晓");
        assertThat(findings(inside, "indicator.qualitative")).isEmpty();
    }

    @Test
    void a_ceiling_target_is_met_at_or_below_it_and_a_miss_scored_in_full_is_a_warning() throws Exception {
        ObjectNode met = projectReport();
        ObjectNode p = project(met.putArray("projects"), "医疗救助");
        indicator(p, "产出指标", "结余率", "≤5%", "3%", "50", "50");
        indicator(p, "效益指标", "投诉件数", "≤10件", "10件", "30", "30");
        indicator(p, "满意度指标", "满意度", "≥90%", "95%", "10", "10");
        ObjectNode missed = met.deepCopy();
        ((ObjectNode) missed.get("projects").get(0).get("indicators").get(1)).put("actual", "16件");

        assertThat(findings(met, "indicator.score")).isEmpty();
        assertThat(findings(missed, "indicator.score")).containsExactly("WARNING 18.75 30 projects 医疗救助 / 投诉件数");
        assertThat(body(missed).get("score").get("total").asString()).isEqualTo("88.75");
    }

    @Test
    void target_achievement_with_full_points_while_a_quantity_indicator_is_far_above_its_target_is_a_warning()
            throws Exception {
        ObjectNode doc = json.createObjectNode().put("formatVersion", 1).put("kind", "DEPARTMENT_OVERALL")
                .put("year", 2021).put("unit", "WAN_YUAN");
        ObjectNode p = project(doc.putArray("projects"), "城乡医疗救助");
        indicator(p, "产出指标", "资助参保人次", "≥21575人", "21575人", "20", null);
        indicator(p, "产出指标", "宣传场次", "≥10场", "14场", "20", null);
        ObjectNode scoring = doc.putObject("scoring").put("framework", "sichuan-county-department");
        ObjectNode item = scoring.putArray("items").addObject().put("maxPoints", "10").put("selfScore", "10");
        item.putArray("path").add("部门预算项目绩效管理").add("目标管理").add("目标实现");
        ObjectNode halved = doc.deepCopy();
        ((ObjectNode) halved.get("scoring").get("items").get(0)).put("selfScore", "5");

        assertThat(findings(doc, "scoring.target-achievement"))
                .containsExactly("WARNING 5.00 10 scoring 部门预算项目绩效管理 / 目标管理 / 目标实现");
        assertThat(findings(halved, "scoring.target-achievement")).isEmpty();
    }

    @Test
    void a_report_naming_the_decision_process_output_outcome_framework_by_its_key_is_scored_and_graded_by_it()
            throws Exception {
        ObjectNode doc = projectReport();
        project(doc.putArray("projects"), "医疗救助");
        ObjectNode scoring = doc.putObject("scoring").put("framework", "national-project-evaluation-2020")
                .put("total", "88").put("grade", "优");
        ArrayNode items = scoring.putArray("items");
        for (String[] row : new String[][] {{"决策", "20", "18"}, {"过程", "20", "16"}, {"产出", "30", "28"},
            {"效益", "30", "26"}}) {
            items.addObject().put("maxPoints", row[1]).put("selfScore", row[2]).putArray("path").add(row[0]);
        }

        JsonNode answer = body(doc);

        assertThat(answer.get("score").get("total").asString()).isEqualTo("88");
        assertThat(answer.get("score").get("grade").asString()).isEqualTo("良");
        assertThat(findings(doc, "scoring.framework")).isEmpty();
        assertThat(findings(doc, "scoring.grade")).containsExactly("ERROR 90 88 scoring null");
    }

    /** "SEVERITY expected found table row" of the findings of one rule. */
    private List<String> findings(ObjectNode document, String rule) throws Exception {
        List<String> out = new ArrayList<>();
        body(document).get("findings").forEach(f -> {
            if (f.get("rule").asString().equals(rule)) {
                out.add(f.get("severity").asString() + " " + text(f.get("expected")) + " " + text(f.get("found")) + " "
                        + f.get("table").asString() + " " + text(f.get("row")));
            }
        });
        return out;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "null" : node.asString();
    }

    private JsonNode body(ObjectNode document) throws Exception {
        return json.readTree(mvc.perform(post("/api/checks").with(httpBasic("drafter", "Perfeval#2026"))
                .contentType(MediaType.APPLICATION_JSON).content(document.toString())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
