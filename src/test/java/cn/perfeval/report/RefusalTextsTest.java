package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.Messages;
import cn.perfeval.base.ui.Notifications;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.support.TestDocuments;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * What a user reads when input is refused: the place as the report page shows it (table, row and
 * code), never a field path, a bracket or a message key; no sentence twice; a single problem first.
 */
class RefusalTextsTest {

    private static final Pattern PATH = Pattern.compile("[\\[\\]]|[a-z]+[A-Z]\\w*|\\b(income|expenditure|totals|"
            + "budget|indicators|projects|scoring|assets|department|threePublicExpenses|place|problem|doc)\\.");

    private final Messages messages = new Messages(source());

    @Test
    void a_missing_name_in_the_income_table_is_named_by_table_row_and_code() {
        List<IncomeLine> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(new IncomeLine(String.format("21001%02d", i), "科目" + i, null, null, null));
        }
        rows.add(new IncomeLine("2109999", " ", new BigDecimal("13.17"), new BigDecimal("13.17"), null));
        ReportDocument doc = withIncome(rows);

        List<FieldProblem> problems = DocumentPlaces.named(ReportDocumentValidator.forDraft(doc), doc);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("income[30].name");
            assertThat(chinese(p)).isEqualTo("收入决算 第 31 行（科目 2109999）的科目名称必须填写。");
            assertThat(english(p)).isEqualTo("item name in row 31 (code 2109999) of Income is required.");
        });
        assertThat(Notifications.text(new InvalidInputException(problems), this::zh))
                .isEqualTo("收入决算 第 31 行（科目 2109999）的科目名称必须填写。\n未保存任何内容。");
    }

    @Test
    void every_problem_of_a_bad_document_names_its_place_in_words_without_paths_brackets_or_keys() {
        ReportDocument d = TestDocuments.small(2022);
        ReportDocument doc = new ReportDocument(d.formatVersion(), d.kind(), d.year(), d.unit(), d.department(),
                d.mainTasks(), List.of(new IncomeLine("210", "卫生健康支出", null, null, null),
                        new IncomeLine("21A", "字母", new BigDecimal("1.001"), null, null),
                        new IncomeLine("21013", "医疗救助", null, new BigDecimal("99999999999999999"), null)),
                d.expenditure(), new ReportDocument.Totals(new BigDecimal("0.005"), null, null, null, null, null,
                        null, null),
                List.of(new ReportDocument.BudgetLine(" ", null, null, null),
                        new ReportDocument.BudgetLine("人员类项目", new BigDecimal("1.005"), null, null)),
                new ReportDocument.ThreePublicExpenses(null, new ReportDocument.ThreeLines(null, null,
                        new BigDecimal("-0.001")), -9, 112),
                new ReportDocument.Assets(new BigDecimal("99999999999999999"), null, null, null, null),
                List.of(new ReportDocument.Indicator("产出指标", "数量指标", null, "≥1", "1", null, null, null),
                        new ReportDocument.Indicator("产出指标", "数量指标", "参保人数", "x".repeat(2001), null,
                                new BigDecimal("-1"), new BigDecimal("1.23456"), null)),
                List.of(new ReportDocument.Project(null, null, null, null, null),
                        new ReportDocument.Project("城乡医疗救助", new ReportDocument.Funds(new BigDecimal("0.001"),
                                null), null, null, java.util.Arrays.asList((ReportDocument.Indicator) null))),
                new ReportDocument.Scoring(null, List.of(
                        new ReportDocument.ScoringItem(List.of(), new BigDecimal("5"), null, null, null),
                        new ReportDocument.ScoringItem(List.of("部门预算项目绩效管理", ""), new BigDecimal("5"),
                                new BigDecimal("-2"), null, null)),
                        List.of(new ReportDocument.Deduction(null, new BigDecimal("10"), new BigDecimal("0"))),
                        new BigDecimal("-97"), "优".repeat(21)),
                "x".repeat(20_001), null, null, null, null);

        List<FieldProblem> problems = DocumentPlaces.named(ReportDocumentValidator.forImport(doc), doc);

        assertThat(problems).hasSizeGreaterThan(20).allSatisfy(p -> {
            assertThat(p.place()).as(p.field()).isNotNull();
            assertThat(chinese(p)).as(p.field()).doesNotContainPattern(PATH).doesNotContain(p.field());
            assertThat(english(p)).as(p.field()).doesNotContain("[").doesNotContain("]")
                    .doesNotContain(p.field()).doesNotContain("place.").doesNotContain("problem.");
        });
        assertThat(problems.stream().map(this::chinese)).contains(
                "收入决算 第 2 行（科目 21A）的科目编码：科目编码“21A”无效：应为 3 位（类）、5 位（款）或 7 位（项）数字。",
                "收入决算 第 3 行（科目 21013）的财政拨款收入：金额 99999999999999999 超出允许范围。",
                "预算执行 第 1 行的项目必须填写。",
                "预算执行 第 2 行（人员类项目）的年初预算数：金额 1.005 超过两位小数（单位：元）。",
                "报表合计的收入合计：金额 0.005 超过两位小数（单位：元）。",
                "绩效指标 第 2 行（参保人数）的分值：分值、权重或得分不能为负数（填写的是 -1）。",
                "第 1 个项目的项目名称必须填写。",
                "第 2 个项目（城乡医疗救助）的预算数（财政拨款）：金额 0.001 超过两位小数（单位：元）。",
                "第 2 个项目的绩效指标 第 1 行的指标名称必须填写。",
                "评分表 第 2 行的指标名称必须填写。",
                "评分表扣分项 第 1 行的扣分项名称必须填写。",
                "评价结论及建议中的评价结论：文字超过 20,000 个字符。");
    }

    @Test
    void every_place_the_validator_can_name_has_words_in_both_languages() {
        List<String> keys = new ArrayList<>();
        DocumentPlaces.FIELDS.forEach(f -> keys.add("place.field." + f));
        DocumentPlaces.COLUMNS.forEach(c -> keys.add("place.column." + c));
        for (String key : keys) {
            assertThat(messages.get(key, Locale.SIMPLIFIED_CHINESE)).as(key).isNotEqualTo(key);
            assertThat(messages.get(key, Locale.ENGLISH)).as(key).isNotEqualTo(key)
                    .isNotEqualTo(messages.get(key, Locale.SIMPLIFIED_CHINESE));
        }
    }

    @Test
    void a_return_without_a_reason_says_so_once() {
        var refused = new ActionRefusedException(List.of(FieldProblem.of("comment", "error.return.reason-required")),
                "error.return.reason-required");

        assertThat(Notifications.text(refused, this::zh)).isEqualTo("退回必须填写退回原因。");
    }

    @Test
    void a_refused_file_is_said_first_and_not_behind_a_count_of_problems() {
        var refused = new InvalidInputException(List.of(FieldProblem.of("file", "evidence.too-large", "评价报告.pdf",
                "12.0", 10)));

        String text = Notifications.text(refused, this::zh);

        assertThat(text).startsWith("文件“评价报告.pdf”为 12.0 MB，超过 10 MB 的上限。").doesNotContain("有 1 处")
                .doesNotContain("file");
    }

    @Test
    void several_problems_are_counted_then_each_is_named_at_its_place() {
        List<IncomeLine> rows = List.of(new IncomeLine("210", "", null, null, null),
                new IncomeLine("", "医疗救助", null, null, null));
        ReportDocument doc = withIncome(rows);

        String text = Notifications.text(new InvalidInputException(DocumentPlaces.named(
                ReportDocumentValidator.forDraft(doc), doc)), this::zh);

        assertThat(text).isEqualTo("有 2 处输入有误，未保存任何内容。\n收入决算 第 1 行（科目 210）的科目名称必须填写。\n"
                + "收入决算 第 2 行（医疗救助）的科目编码必须填写。");
    }

    private String chinese(FieldProblem p) {
        return messages.resolve(p.text(), Locale.SIMPLIFIED_CHINESE);
    }

    private String english(FieldProblem p) {
        return messages.resolve(p.text(), Locale.ENGLISH);
    }

    private String zh(String key, Object[] args) {
        return messages.get(key, Locale.SIMPLIFIED_CHINESE, args);
    }

    private static ReportDocument withIncome(List<IncomeLine> rows) {
        ReportDocument d = TestDocuments.small(2022);
        return new ReportDocument(d.formatVersion(), d.kind(), d.year(), d.unit(), d.department(), d.mainTasks(), rows,
                d.expenditure(), d.totals(), null, null, null, null, null, null, null, null, null, null, null);
    }

    private static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("vaadin-i18n/translations", "vaadin-i18n/checks");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
