package cn.perfeval.checks.core;

import static cn.perfeval.checks.core.Documents.d;
import static cn.perfeval.checks.core.Documents.report;
import static cn.perfeval.checks.core.Documents.totals;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.BudgetLine;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeTest {

    private static final ReportDocument DEPARTMENT = Documents.resource("demo/miyi-2022-department.json");

    private static List<String> zh(List<LocalizedMessage> sentences) {
        return sentences.stream().map(Bundles::zh).toList();
    }

    @Test
    void the_department_report_reads_like_its_published_text_with_shares_and_execution_rates() {
        assertThat(zh(Narrative.sentences(DEPARTMENT, null))).containsExactly(
                "2022年度收入合计2,098.55万元，其中：财政拨款收入2,095.05万元，占99.83%；其他收入3.50万元，占0.17%。",
                "2022年度支出合计2,098.55万元，其中：基本支出383.45万元，占18.27%；项目支出1,715.10万元，占81.73%。",
                "人员类项目年初预算327.68万元，调整预算344.98万元，执行344.98万元，预算执行率100.00%。",
                "运转类项目年初预算38.68万元，调整预算38.48万元，执行38.48万元，预算执行率100.00%。",
                "特定目标类项目年初预算60.00万元，执行38.48万元，预算执行率64.13%。");
    }

    @Test
    void the_sentences_read_in_english_too() {
        assertThat(Narrative.sentences(DEPARTMENT, null).stream().map(Bundles::en).toList().getFirst()).isEqualTo(
                "In 2022, total income was 2,098.55 ten-thousand yuan, of which fiscal appropriation income 2,095.05 "
                        + "ten-thousand yuan (99.83%) and other income 3.50 ten-thousand yuan (0.17%).");
    }

    @Test
    void the_change_against_last_year_is_computed_across_units() {
        ReportDocument previous = report().year(2021).unit(MoneyUnit.WAN_YUAN)
                .totals(totals("1900.00", null, null, "2200.00", null, null, null, null)).build();

        List<String> sentences = zh(Narrative.sentences(DEPARTMENT, previous));

        assertThat(sentences).contains("收入合计比上年增加198.55万元，增长10.45%。", "支出合计比上年减少101.45万元，下降4.61%。");
        assertThat(sentences.get(1)).isEqualTo("收入合计比上年增加198.55万元，增长10.45%。");
        assertThat(sentences.get(3)).isEqualTo("支出合计比上年减少101.45万元，下降4.61%。");
    }

    @Test
    void an_unchanged_total_or_one_from_nothing_has_no_percentage() {
        ReportDocument current = report().totals(totals("150000.00", null, null, "120000.00", null, null, null, null))
                .build();
        ReportDocument previous = report().year(2021).unit(MoneyUnit.WAN_YUAN)
                .totals(totals("15", null, null, "0", null, null, null, null)).build();

        assertThat(zh(Narrative.sentences(current, previous))).containsExactly("2022年度收入合计15.00万元。",
                "收入合计与上年持平，为15.00万元。", "2022年度支出合计12.00万元。", "支出合计比上年增加12.00万元。");
    }

    @Test
    void only_sentences_whose_figures_are_stated() {
        ReportDocument partial = report().year(null)
                .totals(totals("100.00", "100.00", null, null, null, null, null, null))
                .budget(new BudgetLine("人员类项目", null, d("500000"), d("450000")),
                        new BudgetLine("运转类项目", d("10"), null, null), new BudgetLine(null, d("10"), null, d("10")),
                        new BudgetLine("特定目标类项目", d("0"), null, d("0")))
                .build();

        assertThat(zh(Narrative.sentences(partial, null)))
                .containsExactly("人员类项目调整预算50.00万元，执行45.00万元，预算执行率90.00%。");
        ReportDocument totalOnly = report().totals(totals("100.00", "100.00", null, null, null, null, null, null)).build();
        assertThat(zh(Narrative.sentences(totalOnly, report().build()))).containsExactly("2022年度收入合计0.01万元。");
        assertThat(Narrative.sentences(report().build(), null)).isEmpty();
    }
}
