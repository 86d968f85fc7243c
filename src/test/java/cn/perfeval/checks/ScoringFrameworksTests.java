package cn.perfeval.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@PortalTest
class ScoringFrameworksTests {

    @Autowired
    ScoringFrameworks frameworks;
    @Autowired
    AsUser as;
    @Autowired
    JsonMapper json;

    @Test
    void the_shipped_templates_are_loaded_on_first_start() {
        assertThat(as.call("drafter", () -> frameworks.list())).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(f -> assertThat(f.totalPoints()).isEqualByComparingTo("100"));
    }

    @Test
    void an_administrator_loads_a_new_framework_and_edits_it() {
        ObjectNode definition = copyOfFirst("测试用指标体系");
        as.call("admin", () -> frameworks.save(definition.toString()));
        ((ObjectNode) definition.get("grades").get(0)).put("label", "一等");
        as.call("admin", () -> frameworks.save(definition.toString()));
        assertThat(as.call("admin", () -> frameworks.definition("测试用指标体系"))).contains("一等");
    }

    @Test
    void a_framework_whose_points_do_not_add_up_is_refused_and_nothing_changes() {
        ObjectNode definition = copyOfFirst("不平衡的指标体系");
        ((ObjectNode) definition.get("items").get(0)).put("maxPoints", "1");
        assertThatThrownBy(() -> as.call("admin", () -> frameworks.save(definition.toString())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).contains("items"));
        assertThatThrownBy(() -> as.call("admin", () -> frameworks.save("{ not json")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(as.call("admin", () -> frameworks.list())).noneMatch(f -> f.name().equals("不平衡的指标体系"));
    }

    @Test
    void only_administrators_change_frameworks() {
        ObjectNode definition = copyOfFirst("越权的指标体系");
        assertThatThrownBy(() -> as.call("finance", () -> frameworks.save(definition.toString())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_drafter_gets_the_departments_framework_and_the_national_project_default_as_empty_scoring_tables() {
        List<ReportDocument.Scoring> templates = as.call("drafter", () -> frameworks.templates());
        ReportDocument.Scoring county = templates.stream()
                .filter(t -> t.framework().equals("县级部门整体支出绩效评价指标体系")).findFirst().orElseThrow();
        ReportDocument.Scoring national = templates.stream()
                .filter(t -> t.framework().startsWith("项目支出绩效自评指标体系")).findFirst().orElseThrow();

        assertThat(county.items()).extracting(i -> i.path().getFirst()).containsSubsequence("部门预算项目绩效管理",
                "专项预算项目绩效管理", "绩效结果应用", "自评质量");
        assertThat(county.items()).allSatisfy(i -> {
            assertThat(i.selfScore()).isNull();
            assertThat(i.standard()).isNotBlank();
        });
        assertThat(county.deductions()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("被评价单位配合评价工作情况");
            assertThat(d.points()).isNull();
        });
        assertThat(national.items()).extracting(i -> String.join("/", i.path()), i -> i.maxPoints().intValue())
                .containsExactly(tuple("预算执行率", 10), tuple("产出指标", 50), tuple("效益指标", 30), tuple("满意度指标", 10));
        assertThat(national.items().get(1).explanation()).contains("数量指标", "质量指标", "时效指标", "成本指标");
        assertThat(national.items().get(2).explanation()).contains("经济效益指标", "社会效益指标", "生态效益指标",
                "可持续影响指标");
        assertThat(national.items().get(3).explanation()).contains("服务对象满意度指标");
        assertThat(national.total()).isNull();
    }

    private ObjectNode copyOfFirst(String name) {
        String first = as.call("admin", () -> frameworks.list()).getFirst().name();
        ObjectNode definition = (ObjectNode) json.readTree(as.call("admin", () -> frameworks.definition(first)));
        definition.put("name", name);
        assertThat(definition.get("items")).isInstanceOf(ArrayNode.class);
        return definition;
    }
}
