package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.d;

import cn.perfeval.report.ReportDocument.Deduction;
import cn.perfeval.report.ReportDocument.Scoring;
import cn.perfeval.report.ReportDocument.ScoringItem;
import java.util.List;

/** Scoring tables for the scoring rules' tests. */
final class ScoringTables {

    private ScoringTables() {
    }

    static ScoringItem item(String max, String score, String... path) {
        return new ScoringItem(List.of(path), d(max), d(score), null, null);
    }

    static Deduction deduction(String max, String points) {
        return new Deduction("被评价单位配合评价工作情况", d(max), d(points));
    }

    /** Four first-level blocks of 40, 40, 10 and 10 points with the given self-scores. */
    static Scoring table(String a, String b, String c, String e, String deducted, String total, String grade) {
        return new Scoring("县级部门整体支出绩效评价指标体系",
                List.of(item("40", a, "部门预算项目绩效管理"), item("40", b, "专项预算项目绩效管理"),
                        item("10", c, "绩效结果应用", "内部应用", "预算挂钩"), item("10", e, "自评质量", "自评质量", "自评质量")),
                List.of(deduction("10", deducted)), d(total), grade);
    }
}
