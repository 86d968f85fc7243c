package cn.perfeval.checks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.ScoringItem;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FrameworkTemplatesTest {

    private static final Framework SICHUAN = Documents.framework("frameworks/sichuan-county-department.json");
    private static final Framework NATIONAL = Documents.framework("frameworks/national-project-default.json");
    private static final Framework TRANSFER = Documents.framework("frameworks/national-transfer-payment.json");
    private static final Framework INPUT_PROCESS = Documents.framework(
            "frameworks/department-input-process-output-outcome.json");
    private static final Framework DECISION_PROCESS = Documents.framework(
            "frameworks/national-project-evaluation-2020.json");

    @Test
    void each_template_has_items_whose_maxima_add_up_to_its_total_of_100() {
        for (Framework framework : List.of(SICHUAN, NATIONAL, TRANSFER, INPUT_PROCESS, DECISION_PROCESS)) {
            BigDecimal sum = framework.items().stream().map(Framework.Item::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(framework.name()).isEqualByComparingTo(framework.totalPoints()).isEqualByComparingTo("100");
            assertThat(framework.grades()).extracting(Framework.GradeBand::label).containsExactly("优", "良", "中", "差");
            assertThat(framework.grades()).extracting(g -> g.minimum().intValue()).containsExactly(90, 80, 60, 0);
            assertThat(framework.qualitativeBands()).extracting(Framework.QualitativeBand::label)
                    .containsExactly("达成", "部分达成", "未达成");
            assertThat(framework.lessThanRule()).isEqualTo(Framework.LessThanRule.TARGET_OVER_ACTUAL);
        }
    }

    @Test
    void each_template_has_its_own_ascii_key_and_the_migration_gives_the_first_two_theirs() throws Exception {
        assertThat(List.of(SICHUAN, NATIONAL, TRANSFER, INPUT_PROCESS, DECISION_PROCESS)).extracting(Framework::key)
                .containsExactly("sichuan-county-department", "national-project-2020", "national-transfer-payment-2020",
                        "department-input-process-output-outcome", "national-project-evaluation-2020");
        try (var in = getClass().getClassLoader()
                .getResourceAsStream("db/changelog/changes/0017-scoring-framework-keys.yaml")) {
            String migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(migration)
                    .contains("'" + SICHUAN.key() + "' WHERE name = '" + SICHUAN.name() + "'")
                    .contains("'" + NATIONAL.key() + "' WHERE name = '" + NATIONAL.name() + "'");
        }
    }

    @Test
    void the_transfer_payment_and_input_process_output_outcome_templates_have_their_first_level_weights() {
        assertThat(TRANSFER.items()).extracting(i -> i.path().getFirst(), i -> i.maxPoints().intValue())
                .containsExactly(tuple("预算执行率", 10), tuple("产出指标", 50), tuple("效益指标", 30), tuple("满意度指标", 10));
        assertThat(INPUT_PROCESS.items()).extracting(i -> i.path().getFirst(), i -> i.maxPoints().intValue())
                .containsExactly(tuple("投入", 20), tuple("过程", 30), tuple("产出", 30), tuple("效果", 20));
    }

    @Test
    void the_sichuan_template_has_the_four_blocks_of_the_published_framework_and_its_deduction_item() {
        Map<String, BigDecimal> blocks = SICHUAN.items().stream().collect(Collectors.groupingBy(i -> i.path().getFirst(),
                LinkedHashMap::new, Collectors.reducing(BigDecimal.ZERO, Framework.Item::maxPoints, BigDecimal::add)));

        assertThat(SICHUAN.name()).isEqualTo("县级部门整体支出绩效评价指标体系");
        assertThat(blocks.keySet()).containsExactly("部门预算项目绩效管理", "专项预算项目绩效管理", "绩效结果应用", "自评质量");
        assertThat(blocks.values()).extracting(BigDecimal::intValue).containsExactly(40, 40, 10, 10);
        assertThat(SICHUAN.items()).allSatisfy(i -> assertThat(i.standard()).isNotBlank());
        assertThat(SICHUAN.deductions()).singleElement().satisfies(dd -> {
            assertThat(dd.name()).isEqualTo("被评价单位配合评价工作情况");
            assertThat(dd.maxPoints()).isEqualByComparingTo("10");
        });
    }

    @Test
    void the_demo_reports_scoring_items_are_the_sichuan_templates_items() {
        ReportDocument department = Documents.resource("demo/miyi-2022-department.json");
        Map<List<String>, Framework.Item> template = SICHUAN.items().stream()
                .collect(Collectors.toMap(Framework.Item::path, Function.identity()));

        assertThat(department.scoring().framework()).isEqualTo(SICHUAN.name());
        assertThat(department.scoring().items()).extracting(ScoringItem::path)
                .containsExactlyElementsOf(SICHUAN.items().stream().map(Framework.Item::path).toList());
        for (ScoringItem item : department.scoring().items()) {
            Framework.Item leaf = template.get(item.path());
            assertThat(item.maxPoints()).as(item.path().toString()).isEqualByComparingTo(leaf.maxPoints());
            assertThat(item.standard()).as(item.path().toString()).isEqualTo(leaf.standard());
            assertThat(item.explanation()).as(item.path().toString()).isEqualTo(leaf.explanation());
        }
    }

    @Test
    void the_national_template_weighs_execution_output_outcome_and_satisfaction_10_50_30_10() {
        assertThat(NATIONAL.items()).extracting(i -> i.path().getLast(), i -> i.maxPoints().intValue()).containsExactly(
                tuple(Scorer.EXECUTION_RATE_ITEM, 10),
                tuple("产出指标", 50), tuple("效益指标", 30),
                tuple("满意度指标", 10));
    }

    @Test
    void the_decision_process_output_outcome_template_has_the_reference_frameworks_indicators_and_says_its_points_are_not_published() {
        assertThat(DECISION_PROCESS.items()).extracting(i -> i.path().getFirst(), i -> i.maxPoints().intValue())
                .containsExactly(tuple("决策", 20), tuple("过程", 20), tuple("产出", 30), tuple("效益", 30));
        assertThat(DECISION_PROCESS.items().get(0).explanation()).contains("项目立项", "绩效目标", "资金投入");
        assertThat(DECISION_PROCESS.items().get(1).explanation()).contains("资金管理", "组织实施");
        assertThat(DECISION_PROCESS.items().get(2).explanation()).contains("产出数量", "产出质量", "产出时效", "产出成本");
        assertThat(DECISION_PROCESS.items().get(3).explanation()).contains("项目效益", "服务对象满意度");
        assertThat(DECISION_PROCESS.source()).contains("财预〔2020〕10号", "未规定各级指标分值", "不低于60%", "不是公布的分值");
        assertThat(INPUT_PROCESS.source()).contains("财预〔2013〕53号", "未找到公布这一划分的文件");
        assertThat(NATIONAL.source()).contains("财预〔2020〕10号", "预算执行率10%", "产出指标50%", "效益指标30%",
                "服务对象满意度指标10%");
    }
}
