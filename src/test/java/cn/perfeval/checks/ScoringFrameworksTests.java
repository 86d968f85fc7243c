package cn.perfeval.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
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

    private ObjectNode copyOfFirst(String name) {
        String first = as.call("admin", () -> frameworks.list()).getFirst().name();
        ObjectNode definition = (ObjectNode) json.readTree(as.call("admin", () -> frameworks.definition(first)));
        definition.put("name", name);
        assertThat(definition.get("items")).isInstanceOf(ArrayNode.class);
        return definition;
    }
}
