package cn.perfeval.support;

import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Deduction;
import cn.perfeval.report.ReportDocument.Funds;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportDocument.Project;
import cn.perfeval.report.ReportDocument.Scoring;
import cn.perfeval.report.ReportDocument.ScoringItem;
import java.math.BigDecimal;
import java.util.List;

/** Reports with every part the tables workbook carries filled in: several projects and a scoring table. */
public final class WorkbookDocuments {

    private WorkbookDocuments() {
    }

    /**
     * Three projects: one with both sources and five indicators over two first-level names, one
     * with fiscal funds only, a weight of four decimals and no target, one without indicators and
     * a target ending in a line break.
     */
    public static final List<Project> PROJECTS = List.of(
            new Project("城乡居民医疗救助", new Funds(new BigDecimal("1200000.00"), new BigDecimal("35000.50")),
                    new Funds(new BigDecimal("1183456.78"), new BigDecimal("0.00")),
                    "资助困难群众参保，减轻就医负担。",
                    List.of(new Indicator("产出指标", "数量指标", "资助参保人数", "≥1200人", "1268人", new BigDecimal("20"),
                                    new BigDecimal("20"), null),
                            new Indicator("产出指标", "数量指标", "门诊救助人次", "≥3000人次", "2890人次",
                                    new BigDecimal("10"), new BigDecimal("9.6"), "部分对象转入大病保险，明年按实际调整目标。"),
                            new Indicator("产出指标", "时效指标", "救助资金发放及时率", "100%", "100%", new BigDecimal("10"),
                                    new BigDecimal("10"), null),
                            new Indicator("效益指标", "社会效益指标", "困难群众就医负担", "有效减轻", "有效减轻",
                                    new BigDecimal("30"), new BigDecimal("28.5"), null),
                            new Indicator("满意度指标", null, "救助对象满意度", "≥90%", "93%", new BigDecimal("10"),
                                    new BigDecimal("10"), null))),
            new Project("医保信息化建设", new Funds(new BigDecimal("480000.00"), null),
                    new Funds(new BigDecimal("479999.99"), null), null,
                    List.of(new Indicator("产出指标", "质量指标", "系统验收合格率", "100%", "100%", new BigDecimal("33.3333"),
                            new BigDecimal("33.3333"), null))),
            new Project("定点医药机构监督检查", null, new Funds(null, new BigDecimal("12000.00")),
                    "检查全县定点医药机构。\n", List.of()));

    /** A scoring table of two- to four-level paths, two deductions, a stated total and grade. */
    public static final Scoring SCORING = new Scoring("2020年部门整体支出绩效自评指标体系",
            List.of(new ScoringItem(List.of("投入", "预算编制", "预算编制科学性"), new BigDecimal("5"),
                            new BigDecimal("4.5"), "个别项目预算调整。", "1.预算编制符合规定得满分；\n2.每有一项不符扣0.5分。"),
                    new ScoringItem(List.of("过程", "预算执行", "预算执行率", "全年执行率"), new BigDecimal("10"),
                            new BigDecimal("9.8765"), null, "执行率×分值"),
                    new ScoringItem(List.of("产出", "重点工作"), new BigDecimal("40"), new BigDecimal("38"),
                            "完成年度重点工作。", null)),
            List.of(new Deduction("违规违纪扣分", new BigDecimal("10"), new BigDecimal("0")),
                    new Deduction("信息公开不及时扣分", new BigDecimal("2"), new BigDecimal("1.5"))),
            new BigDecimal("50.8765"), "差");

    /** The report with the projects and the scoring table above. */
    public static ReportDocument withProjectsAndScoring(ReportDocument d) {
        return with(d, PROJECTS, SCORING);
    }

    /** The report with its projects and its scoring replaced. */
    public static ReportDocument with(ReportDocument d, List<Project> projects, Scoring scoring) {
        return new ReportDocument(d.formatVersion(), d.kind(), d.year(), d.unit(), d.department(), d.mainTasks(),
                d.income(), d.expenditure(), d.totals(), d.budget(), d.threePublicExpenses(), d.assets(),
                d.indicators(), projects, scoring, d.conclusion(), d.problems(), d.suggestions(), d.resultUse(),
                d.publication(), d.project());
    }
}
