package cn.perfeval.checks.core.prose;

import static cn.perfeval.checks.core.Documents.d;
import static cn.perfeval.checks.core.Documents.in;
import static cn.perfeval.checks.core.Documents.out;
import static cn.perfeval.checks.core.Documents.totals;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.checks.core.Bundles;
import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Checker;
import cn.perfeval.checks.core.Documents;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Narrative;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.BudgetLine;
import cn.perfeval.report.ReportDocument.Funds;
import cn.perfeval.report.ReportDocument.Project;
import cn.perfeval.report.ReportDocument.ThreeLines;
import cn.perfeval.report.ReportDocument.ThreePublicExpenses;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Figures written in the report's prose, checked against its tables and against each other. */
class ProseChecksTest {

    /** The 米易 department's tables (yuan), as its published report states them. */
    static Documents miyi() {
        return Documents.report().year(2022).unit(MoneyUnit.YUAN)
                .totals(totals("20985528.71", "20950528.71", "35000.00", "20985541.88", "3834539.09", "17151002.79",
                        "0.00", "0.00"))
                .budget(new BudgetLine("人员类项目", d("3276800.00"), d("3449800.00"), d("3449800.00")),
                        new BudgetLine("运转类项目", d("386800.00"), d("384800.00"), d("384800.00")))
                .threePublicExpenses(new ThreePublicExpenses(null,
                        new ThreeLines(d("0.00"), d("0.00"), d("14300.00")), 9, 112));
    }

    /** The 利州区 department's tables (万元), as its published report states them. */
    static Documents lizhou() {
        return Documents.report().year(2020).unit(MoneyUnit.WAN_YUAN)
                .totals(totals("1163.32", "1163.32", "0", "1091.85", "1057.16", "34.69", "0", "0"))
                .expenditure(out("208", "社会保障和就业支出", "27.59", "27.59", "0"),
                        out("2080505", "机关事业单位基本养老保险缴费支出", "27.59", "27.59", "0"),
                        out("210", "卫生健康支出", "657.41", "657.41", "0"),
                        out("2101101", "行政单位医疗", "7.54", "7.54", "0"),
                        out("212", "城乡社区支出", "34.69", "0", "34.69"),
                        out("213", "农林水支出", "352.09", "352.09", "0"),
                        out("221", "住房保障支出", "20.07", "20.07", "0"))
                .threePublicExpenses(new ThreePublicExpenses(null, new ThreeLines(d("0"), d("0"), d("1.5")), 15, 138))
                .projects(new Project("医疗照顾", new Funds(d("20"), d("0")), new Funds(d("14.4"), d("0")), null, null));
    }

    static ReportDocument withConclusion(Documents tables, String conclusion) {
        ReportDocument t = tables.build();
        return new ReportDocument(t.formatVersion(), t.kind(), t.year(), t.unit(), t.department(), t.mainTasks(),
                t.income(), t.expenditure(), t.totals(), t.budget(), t.threePublicExpenses(), t.assets(),
                t.indicators(), t.projects(), t.scoring(), conclusion, t.problems(), t.suggestions(), t.resultUse(),
                t.publication());
    }

    static List<Finding> prose(Documents tables, String conclusion) {
        return Checker.standard().check(withConclusion(tables, conclusion), CheckSettings.DEFAULTS).stream()
                .filter(f -> f.rule().startsWith("prose.")).toList();
    }

    static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    // ---- prose.figure

    @Test
    void the_miyi_fiscal_income_typed_one_yuan_off_is_found_with_its_sentence_and_figure() {
        String text = "2022年县医保局资金收入总额为20,985,528.71元。其中:财政拨款收入20,950,527.71元,"
                + "其他收入(2019年市局拨基金监管经费)35,000元,明细请参见下表：";
        List<Finding> findings = prose(miyi(), text);

        Finding figure = findings.stream().filter(f -> f.rule().equals("prose.figure")).findFirst().orElseThrow();
        assertThat(figure.table()).isEqualTo("texts");
        assertThat(figure.row()).isEqualTo("conclusion");
        assertThat(figure.quote().figure()).isEqualTo("20,950,527.71元");
        assertThat(figure.quote().sentence()).startsWith("其中:财政拨款收入");
        assertThat(text.substring(figure.quote().offset() + figure.quote().figureStart(),
                figure.quote().offset() + figure.quote().figureEnd())).isEqualTo("20,950,527.71元");
        assertThat(figure.expected()).isEqualByComparingTo("20950528.71");
        assertThat(figure.found()).isEqualByComparingTo("20950527.71");
        assertThat(Bundles.zh(figure.message())).isEqualTo(
                "评价结论中财政拨款收入写作20,950,527.71元，报表中为20,950,528.71元，请核对。");
        assertThat(Bundles.en(figure.message())).contains("the conclusion").contains("20,950,528.71");
        assertThat(rules(findings)).containsExactlyInAnyOrder("prose.figure", "prose.sum");
    }

    @Test
    void the_miyi_sentences_that_agree_with_the_tables_raise_nothing() {
        assertThat(prose(miyi(), "2022年县医保局财政拨款收入为20,950,528.71元。明细请参见下表：\n"
                + "2022年 “三公”经费支出1.43万元，其中 ：公务接待费1.43万元，国内公务接待批次9批次，接待112人次。"
                + "比上年增加443.75%。")).isEmpty();
    }

    @Test
    void a_figure_rounded_to_its_printed_decimals_agrees_and_one_cent_off_does_not() {
        Documents tables = Documents.report().year(2022).unit(MoneyUnit.YUAN)
                .totals(totals(null, null, null, null, "10571645.00", null, null, null));
        assertThat(prose(tables, "基本支出1057.16万元。")).isEmpty();
        assertThat(prose(tables, "基本支出1,057.16万元。")).isEmpty();
        assertThat(prose(tables, "基本支出1057.2万元。")).isEmpty();
        List<Finding> off = prose(tables, "基本支出1057.17万元。");
        assertThat(rules(off)).containsExactly("prose.figure");
        assertThat(off.getFirst().quote().figure()).isEqualTo("1057.17万元");
    }

    @Test
    void full_width_digits_and_separators_are_read() {
        assertThat(rules(prose(miyi(), "财政拨款收入２０，９５０，５２７．７１元。"))).containsExactly("prose.figure");
        assertThat(prose(miyi(), "财政拨款收入２０，９５０，５２８．７１元。")).isEmpty();
    }

    @Test
    void project_expenditure_that_leaves_out_a_fund_is_found() {
        Documents tables = Documents.report().year(2022).unit(MoneyUnit.WAN_YUAN)
                .totals(totals(null, null, null, "7919.56", "505.42", "7414.14", null, null));
        List<Finding> findings = prose(tables, "项目支出7336.8万元，另有结转的医疗救助资金77.34万元。");
        assertThat(rules(findings)).containsExactly("prose.figure");
        assertThat(Bundles.zh(findings.getFirst().message())).contains("7336.8万元").contains("7,414.14万元");
        assertThat(prose(tables, "项目支出7414.14万元。")).isEmpty();
    }

    @Test
    void figures_without_a_table_counterpart_raise_nothing() {
        assertThat(prose(miyi(), "全面完成城镇职工医保参保24336人，职工医保基金征收共计16836.32万元，"
                + "其中基本医疗征收13094.69万元，公务员医疗保险征收3278.55万元，灵活就业人员缴费463.08万元。"
                + "全县参加城乡居民医疗保险的人数为187387人，参保率达98%。\n"
                + "2.审核职工医疗待遇支付医保基金5347.67万元。\n"
                + "2021年财政拨款收入1,000.00元。按照250元/人/年标准代缴。\n"
                + "2022年一般公共预算财政拨款收入1,128.63万元，上年收入总额900万元。")).isEmpty();
    }

    @Test
    void a_narrower_breakdown_is_not_compared_with_the_whole_report() {
        // 财政拨款支出的基本支出和项目支出: the project expenditure is the fiscal part only
        List<Finding> findings = prose(miyi(), "2022年县医保局财政拨款支出为20,950,528.71元。"
                + "其中:基本支出3834539.09元，项目支出17116002.79元。");
        assertThat(rules(findings)).containsExactly("prose.sum");
        assertThat(findings.getFirst().expected()).isEqualByComparingTo("20950541.88");
        assertThat(findings.getFirst().found()).isEqualByComparingTo("20950528.71");
    }

    @Test
    void a_functional_classification_code_names_its_expenditure_row() {
        assertThat(prose(lizhou(), "1.社会保障和就业（208类）行政事业单位养老（20805款）机关事业单位基本养老保险缴费"
                + "（2080505项）: 支出决算为27.59万元，完成预算100%。")).isEmpty();
        assertThat(rules(prose(lizhou(), "行政事业单位医疗（21011款）行政单位医疗（2101101项）:支出决算为7.45万元，"
                + "完成预算100%。"))).containsExactly("prose.figure");
    }

    @Test
    void reception_counts_are_compared_with_the_three_public_table() {
        assertThat(rules(prose(miyi(), "国内公务接待批次10批次，接待112人次。"))).containsExactly("prose.figure");
        assertThat(prose(miyi(), "外事接待0批次，0人。")).isEmpty();
    }

    // ---- labels from the functional classification

    /** 米易's classification rows (yuan) as its published tables state them: 210 differs between income and expenditure. */
    static Documents miyiRows() {
        return miyi()
                .income(in("208", "社会保障和就业支出", "1811101.92", "1811101.92", "0"),
                        in("2080501", "行政单位离退休", "15806.00", "15806.00", "0"),
                        in("210", "卫生健康支出", "16975798.79", "16940798.79", "35000.00"))
                .expenditure(out("208", "社会保障和就业支出", "1811101.92", "258563.92", "1552538.00"),
                        out("20805", "行政事业单位养老支出", "258563.92", "258563.92", null),
                        out("2080501", "行政单位离退休", "15806.00", "15806.00", null),
                        out("20899", "其他社会保障和就业支出", "12638.00", null, "12638.00"),
                        out("2089999", "其他社会保障和就业支出", "12638.00", null, "12638.00"),
                        out("210", "卫生健康支出", "16975811.96", "3264712.17", "13711099.79"),
                        out("21011", "行政事业单位医疗", "295201.97", "295201.97", null),
                        out("2101101", "行政单位医疗", "179147.97", "179147.97", null),
                        out("21013", "医疗救助", "10700250.00", null, "10700250.00"),
                        out("2101501", "行政运行", "2969510.20", "2969510.20", null),
                        out("2010101", "行政运行", "100000.00", "100000.00", null));
    }

    @Test
    void figures_attached_to_a_classification_name_that_agree_with_its_row_raise_nothing() {
        assertThat(prose(miyiRows(), "按功能分类，社会保障和就业支出181.11万元，卫生健康支出16,975,811.96元。\n"
                + "2080501行政单位离退休 1.58万元。\n"
                + "社会保障和就业（类）支出1,811,101.92元；行政单位医疗（项）17.91万元；其他社会保障和就业支出（项）1.26万元。\n"
                + "本年收入中，卫生健康支出16,975,798.79元。\n"
                + "2101501行政运行 296.95万元。")).isEmpty();
    }

    @Test
    void a_figure_one_cent_off_its_classification_row_is_found_with_the_row_named() {
        List<Finding> total = prose(miyiRows(), "按功能分类，社会保障和就业支出181.12万元。");
        assertThat(rules(total)).containsExactly("prose.figure");
        assertThat(total.getFirst().expected()).isEqualByComparingTo("1811101.92");
        assertThat(total.getFirst().quote().figure()).isEqualTo("181.12万元");
        assertThat(Bundles.zh(total.getFirst().message())).isEqualTo(
                "评价结论中社会保障和就业支出写作181.12万元，报表中为181.11万元，请核对。");

        List<Finding> coded = prose(miyiRows(), "2080501行政单位离退休 1.59万元。");
        assertThat(rules(coded)).containsExactly("prose.figure");
        assertThat(Bundles.zh(coded.getFirst().message())).contains("2080501行政单位离退休写作1.59万元");

        assertThat(rules(prose(miyiRows(), "行政单位医疗（项）17.92万元。"))).containsExactly("prose.figure");
        assertThat(rules(prose(miyiRows(), "卫生健康支出16,975,811.95元。"))).containsExactly("prose.figure");
        // the income table's row where the sentence speaks of income
        List<Finding> income = prose(miyiRows(), "本年收入中，卫生健康支出16,975,811.96元。");
        assertThat(rules(income)).containsExactly("prose.figure");
        assertThat(income.getFirst().expected()).isEqualByComparingTo("16975798.79");
    }

    @Test
    void classification_names_in_no_row_cut_out_of_a_longer_word_narrowed_or_ambiguous_raise_nothing() {
        assertThat(prose(miyiRows(), "一般公共服务支出5.00万元，教育支出（类）0万元，城乡社区（类）支出34.69万元。\n"
                // 医疗救助 is a 款 row: not a label alone, nor at the end of 合计医疗救助
                + "住院救助7881人次，支出486.91万元，合计医疗救助支出1078.71万元。医疗救助支出1078.71万元。\n"
                // the fiscal part of a row, its budget, a column of it, last year's
                + "一般公共预算财政拨款支出2,095.05万元，主要用于：社会保障和就业（类）支出180.00万元；卫生健康（类）支出1,900.00万元。\n"
                + "卫生健康支出中项目支出1,000.00万元。社会保障和就业支出预算200.00万元。上年社会保障和就业支出150.00万元。\n"
                // 行政运行 names rows of two 类 with different figures
                + "行政运行（项）29.70万元。")).isEmpty();
    }

    @Test
    void the_lizhou_classification_sentences_raise_nothing_and_a_wrong_class_figure_is_found() {
        assertThat(prose(lizhou(), "2020年一般公共预算财政拨款支出1057.16万元，主要用于以下方面:一般公共服务（类）支出0万元，占0%；"
                + "教育支出（类）0万元，占0%；社会保障和就业（类）支出27.59万元，占2.61%；卫生健康（类）支出657.41万元，"
                + "占62.19%；住房保障（类）支出20.07万元，占1.9%；农林水（类）支出352.09万元，占33.3%。")).isEmpty();
        List<Finding> findings = prose(lizhou(), "2020年本年支出合计1091.85万元，其中：社会保障和就业（类）支出27.59万元，"
                + "卫生健康（类）支出657.41万元，城乡社区（类）支出34.69万元，农林水（类）支出352.09万元，住房保障（类）支出20.70万元。");
        assertThat(rules(findings)).containsExactlyInAnyOrder("prose.figure", "prose.sum");
        assertThat(findings).filteredOn(f -> f.rule().equals("prose.figure")).singleElement()
                .satisfies(f -> assertThat(f.quote().figure()).isEqualTo("20.70万元"));
    }

    // ---- prose.sum

    @Test
    void parts_that_do_not_add_up_to_the_total_they_close_are_found() {
        List<Finding> findings = prose(miyi(), "资助参保495.51万元，住院、门诊支出583.21万元，合计医疗救助支出1078.71万元。");
        assertThat(rules(findings)).containsExactly("prose.sum");
        assertThat(findings.getFirst().quote().figure()).isEqualTo("1078.71万元");
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo(
                "评价结论中分项495.51万元、583.21万元相加为1,078.72万元，与所写的1078.71万元不符，请核对。");
    }

    @Test
    void the_miyi_medical_aid_sentences_add_up() {
        assertThat(prose(miyi(), "（1）数量指标。2022年，医疗救助对象人次规模覆盖31811人，实现了应保尽保。资助参保人数21575人，"
                + "支出495.5万元；门诊救助2355人次，支出96.3万元；住院救助7881人次，支出486.91万元，合计医疗救助支出1078.71万元，"
                + "剩余334.04万元（含省级下达2022年资助参保部分）。\n"
                + "（一）资金投入情况分析。2022年，中央和省级财政补助资金，1146.81万元，县级财政补助资金265.94万元，合计1412.75万元。\n"
                + "米易县共下达医疗救助资金1412.75万元，其中中央和省财政补助资金1146.81万元（中央756.03万元、省级390.78万元），"
                + "县级财政补助资金265.94万元。\n"
                + "2022年人员类预算327.68万元，截至12月，共计追加预算17.30万元。其中:因调资等追加基本工资、津贴、奖金16.67万元，"
                + "目标绩效及年终一次性奖金公务员奖励等2.03万元，乡镇工作补贴1.07万元，其他社会保障缴费0.49万元，"
                + "其他对个人和家庭补助0.11万元，追减职工住房公积金3.07万元。年末支出执行344.98万元。\n"
                + "2022年运转类预算38.68万元，截至12月，共计追减预算0.2万元。其中:因人员退休、调入追加其他交通费0.27万元，"
                + "追减公务接待0.47万元。年末支出执行38.48万元。")).isEmpty();
    }

    @Test
    void the_miyi_expenditure_split_carries_the_13_17_the_tables_miss() {
        List<Finding> findings = prose(miyi(), "2022年县医保局财政资金收入总额为20,985,528.71元。其中:基本支出3,834,539.09元,"
                + "项目支出17,151,002.79元(含2019年市局拨基金监管经费-非本级财政拨款35,000元)。明细请参见下表：");
        assertThat(rules(findings)).containsExactly("prose.sum");
        assertThat(findings.getFirst().expected().subtract(findings.getFirst().found())).isEqualByComparingTo("13.17");
    }

    @Test
    void an_aside_in_parentheses_does_not_open_a_breakdown() {
        assertThat(prose(lizhou(), "18家定点医院全面开展自查自纠，退还违规使用医保基金49.04万元。组织市、区专家全覆盖入驻检查，"
                + "扣除18家违规定点机构（其中2家为定点药店）考核分值145分，追回违规使用医保基金24.81万元，收取违约金14.5万元。"))
                .isEmpty();
    }

    @Test
    void a_reduction_broken_down_into_funds_that_do_not_add_up_is_found() {
        List<Finding> findings = prose(miyi(), "2022年特定目标类预算60万元，截至12月，共计追减预算1655.10万元。其中:"
                + "2022年中央和省级财政医疗救助补助资金736.05万元， 2022年中央专项彩票公益金42.72万元，"
                + "2022年城乡医疗救助补助资金（一般补助部分）150.04万元， 202年医疗救助资金（资助参保部分）218万元，"
                + "城乡居民医疗保险县级财政代缴残疾人补助资金221.29万元，困难群众医疗保障代缴（资助参保）153.99万元，"
                + "已脱贫户和监测户缴纳医保111.19万元，城乡医疗救助代缴资金0.77万元，援藏援彝等其他项目0.79万元，"
                + "县医保工作专项经费、项目经费、工作经费16.90万元，年末支出执行38.48万元。");
        assertThat(rules(findings)).containsExactly("prose.sum");
        assertThat(Bundles.zh(findings.getFirst().message())).contains("相加为1,651.74万元").contains("1655.10万元")
                .doesNotContain("38.48");
    }

    // ---- prose.share

    @Test
    void a_share_that_does_not_recompute_is_found() {
        Documents tables = Documents.report().year(2022).unit(MoneyUnit.WAN_YUAN)
                .totals(totals(null, null, null, "7919.56", "505.42", "7414.14", null, null));
        List<Finding> findings = prose(tables, "基本支出505.42万元，占总支出的1.36%。");
        assertThat(rules(findings)).containsExactly("prose.share");
        assertThat(findings.getFirst().expected()).isEqualByComparingTo("6.38");
        assertThat(findings.getFirst().quote().figure()).isEqualTo("1.36%");
        assertThat(prose(tables, "基本支出505.42万元，占总支出的6.38%。")).isEmpty();
        assertThat(prose(tables, "基本支出505.42万元，占总支出的6.4%。")).isEmpty();
        assertThat(rules(prose(tables, "基本支出505.42万元，占总支出的6.39%。"))).containsExactly("prose.share");
    }

    @Test
    void the_lizhou_income_and_expenditure_shares_agree() {
        assertThat(prose(lizhou(), "2020年本年收入合计1163.32万元，其中：一般公共预算财政拨款收入1128.63万元，占97.02%；"
                + "政府性基金预算财政拨款收入34.69万元，占2.98%；上级补助收入0万元，占0%；事业收入0万元，占0%；"
                + "其他收入0万元，占0%。\n"
                + "2020年本年支出合计1091.85万元，其中：基本支出1057.16万元，占96.82%；项目支出34.69万元，占3.18%；"
                + "上缴上级支出0万元，占0%。\n"
                + "2020年一般公共预算财政拨款支出1057.16万元，占本年支出合计的96.82%。")).isEmpty();
    }

    @Test
    void a_share_of_a_breakdown_is_taken_on_the_whole_it_introduces() {
        List<Finding> findings = prose(lizhou(), "2020年本年支出合计1091.85万元，其中：基本支出1057.16万元，占86.82%；"
                + "项目支出34.69万元，占3.18%。");
        assertThat(rules(findings)).containsExactly("prose.share");
        assertThat(findings.getFirst().expected()).isEqualByComparingTo("96.82");
    }

    // ---- prose.change

    @Test
    void the_lizhou_fall_taken_on_this_years_figure_is_named_as_such() {
        List<Finding> findings = prose(lizhou(), "2020年度收入总计1163.32万元。与2019年相比，收入总计减少867.8万元，"
                + "下降74.6%。主要变动原因是征地农转非项目减少。");
        assertThat(rules(findings)).containsExactly("prose.change");
        Finding change = findings.getFirst();
        assertThat(change.message().key()).isEqualTo("check.prose.change.base");
        assertThat(change.expected()).isEqualByComparingTo("42.73");
        assertThat(change.found()).isEqualByComparingTo("74.6");
        assertThat(change.quote().figure()).isEqualTo("74.6%");
        assertThat(change.quote().sentence()).isEqualTo("与2019年相比，收入总计减少867.8万元，下降74.6%");
        assertThat(Bundles.zh(change.message())).isEqualTo("评价结论中下降74.6%是用减少额867.8万元除以本年数1163.32万元得出的；"
                + "幅度应以上年数2,031.12万元为基数，为42.73%，请更正。");
    }

    @Test
    void changes_that_recompute_on_last_years_figure_raise_nothing() {
        assertThat(prose(lizhou(), "2020年一般公共预算财政拨款支出1057.16万元，占本年支出合计的96.82%。与2019年相比，"
                + "一般公共预算财政拨款增加8.88万元，增长0.85%。主要变动原因是人员编制增加。\n"
                + "2020年，广元市利州区医疗保障局机关运行经费支出31.35万元，比2019年增加14.67万元，增长87.95%。\n"
                + "1.因公出国（境）经费支出0万元，完成预算0%。因公出国（境）支出决算比2018年增加/减少0万元，增长/下降0%。"))
                .isEmpty();
    }

    @Test
    void a_change_that_does_not_recompute_at_all_is_found() {
        List<Finding> findings = prose(lizhou(), "3.公务接待费支出1.5万元，完成预算100%。公务接待费支出决算比2019年减少1.6万元，"
                + "下降6.67%。主要原因是公务接待人次比2019年减少。");
        assertThat(rules(findings)).containsExactly("prose.change");
        assertThat(findings.getFirst().message().key()).isEqualTo("check.prose.change");
        assertThat(findings.getFirst().expected()).isEqualByComparingTo("51.61");
    }

    // ---- prose.rate

    @Test
    void an_execution_rate_is_recomputed_from_the_sentences_figures() {
        assertThat(prose(lizhou(), "（1）“医疗照顾”项目绩效目标完成情况综述。项目全年预算数20万元，执行数为14.4万元，"
                + "完成预算的72%。")).isEmpty();
        List<Finding> findings = prose(lizhou(), "项目全年预算数20万元，执行数为14.4万元，完成预算的27%。");
        assertThat(rules(findings)).containsExactly("prose.rate");
        assertThat(findings.getFirst().expected()).isEqualByComparingTo("72.00");
    }

    @Test
    void an_execution_rate_of_a_named_budget_item_is_recomputed_from_the_tables() {
        assertThat(prose(miyi(), "人员类项目预算执行率100%。")).isEmpty();
        List<Finding> findings = prose(miyi(), "运转类项目预算执行率95%。");
        assertThat(rules(findings)).containsExactly("prose.rate");
        assertThat(prose(miyi(), "预算执行进度100%。全面完成预算目标。")).isEmpty();
    }

    // ---- the product's own sentences

    @Test
    void the_standard_sentences_the_product_writes_raise_nothing() {
        ReportDocument tables = miyi().build();
        ReportDocument lastYear = Documents.report().year(2021).unit(MoneyUnit.YUAN)
                .totals(totals("19000000.00", null, null, "21500000.00", null, null, "0", "0")).build();
        String text = Narrative.sentences(tables, lastYear).stream().map(Bundles::zh).collect(Collectors.joining());
        assertThat(text).contains("执行率").contains("比上年");
        assertThat(prose(miyi(), text)).isEmpty();
        String broken = text.replace("占18.27%", "占18.72%");
        assertThat(broken).isNotEqualTo(text);
        assertThat(rules(prose(miyi(), broken))).containsExactly("prose.share");
    }
}
