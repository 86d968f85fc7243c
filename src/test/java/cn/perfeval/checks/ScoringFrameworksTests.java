package cn.perfeval.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.checks.core.Framework;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportKind;
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
    @Autowired
    CheckProperties properties;

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
    void an_edited_framework_is_what_the_checks_find_at_once() {
        ObjectNode definition = copyOfFirst("缓存测试指标体系");
        as.call("admin", () -> frameworks.save(definition.toString()));
        assertThat(frameworks.find("缓存测试指标体系").orElseThrow().grades().getFirst().label()).isNotEqualTo("甲等");

        ((ObjectNode) definition.get("grades").get(0)).put("label", "甲等");
        as.call("admin", () -> frameworks.save(definition.toString()));

        assertThat(frameworks.find("缓存测试指标体系").orElseThrow().grades().getFirst().label()).isEqualTo("甲等");
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

    @Test
    void every_shipped_template_is_found_by_its_key_and_by_its_name() {
        assertThat(as.call("admin", () -> frameworks.list())).extracting(FrameworkSummary::key).contains(
                "sichuan-county-department", "national-project-2020", "national-transfer-payment-2020",
                "department-input-process-output-outcome", "national-project-evaluation-2020");
        assertThat(frameworks.find("national-project-2020")).map(Framework::name)
                .contains("项目支出绩效自评指标体系（财预〔2020〕10号）");
        assertThat(frameworks.find("项目支出绩效自评指标体系（财预〔2020〕10号）")).map(Framework::key)
                .contains("national-project-2020");
        assertThat(frameworks.find(" sichuan-county-department ")).map(Framework::name).contains("县级部门整体支出绩效评价指标体系");
        assertThat(frameworks.find("no-such-framework")).isEmpty();
    }

    @Test
    void the_shipped_settings_give_every_kind_its_default_framework() {
        assertThat(properties.frameworkFor(ReportKind.DEPARTMENT_OVERALL)).isEqualTo("sichuan-county-department");
        assertThat(properties.frameworkFor(ReportKind.PROJECT)).isEqualTo("national-project-2020");
        assertThat(properties.frameworkFor(ReportKind.TRANSFER_PAYMENT)).isEqualTo("national-transfer-payment-2020");
        for (ReportKind kind : ReportKind.values()) {
            assertThat(frameworks.find(properties.frameworkFor(kind))).as(kind.name()).isPresent();
        }
    }

    @Test
    void a_framework_taking_the_key_of_another_is_refused_and_a_key_must_be_plain_ascii() {
        ObjectNode copy = copyOfFirst("抄来的指标体系");
        copy.put("key", "sichuan-county-department");
        assertThatThrownBy(() -> as.call("admin", () -> frameworks.save(copy.toString())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("key"));
        copy.put("key", "县级框架");
        assertThatThrownBy(() -> as.call("admin", () -> frameworks.save(copy.toString())))
                .isInstanceOf(InvalidInputException.class);
        copy.put("key", "copied-framework-2020");
        as.call("admin", () -> frameworks.save(copy.toString()));
        assertThat(frameworks.find("copied-framework-2020")).map(Framework::name).contains("抄来的指标体系");
    }

    @Test
    void loading_the_templates_again_adds_none_twice_and_keeps_an_administrators_edits() throws Exception {
        ObjectNode edited = (ObjectNode) json.readTree(as.call("admin", () -> frameworks.definition(
                "转移支付区域（项目）绩效目标自评指标体系")));
        ((ObjectNode) edited.get("grades").get(0)).put("label", "一等");
        as.call("admin", () -> frameworks.save(edited.toString()));
        int before = as.call("admin", () -> frameworks.list()).size();

        frameworks.loadTemplates();

        assertThat(as.call("admin", () -> frameworks.list())).hasSize(before);
        assertThat(frameworks.find("national-transfer-payment-2020")).map(f -> f.grades().getFirst().label())
                .contains("一等");
        ((ObjectNode) edited.get("grades").get(0)).put("label", "优");
        as.call("admin", () -> frameworks.save(edited.toString()));
    }

    private ObjectNode copyOfFirst(String name) {
        String first = as.call("admin", () -> frameworks.list()).getFirst().name();
        ObjectNode definition = (ObjectNode) json.readTree(as.call("admin", () -> frameworks.definition(first)));
        definition.put("name", name);
        definition.remove("key");
        assertThat(definition.get("items")).isInstanceOf(ArrayNode.class);
        return definition;
    }
}
