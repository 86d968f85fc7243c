package cn.perfeval.declaration;

import cn.perfeval.declaration.DeclarationDocument.Indicator;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Declaration documents built for the tests: a complete project declaration of its own, and variations of it. */
public final class Declarations {

    public static final String MEDICAL = "米易县医疗保障局";
    private static final AtomicInteger PROJECTS = new AtomicInteger();

    private Declarations() {
    }

    /** A project name no declaration of the test database has yet. */
    public static String freshProject() {
        return "医疗救助资金项目" + PROJECTS.incrementAndGet() + "-" + System.nanoTime();
    }

    /** A complete project declaration of 米易县医疗保障局 for 2024 that passes every check (weights 100). */
    public static DeclarationDocument project() {
        return project(MEDICAL, freshProject(), indicators());
    }

    public static DeclarationDocument project(String department, String project, List<Indicator> indicators) {
        return new DeclarationDocument(1, ReportKind.PROJECT, 2024, MoneyUnit.YUAN,
                new DeclarationDocument.Department(department), new DeclarationDocument.Project(project),
                "及时足额拨付医疗救助资金，减轻困难群众医疗费用负担。",
                new DeclarationDocument.Funds(new BigDecimal("1200000.00"), new BigDecimal("1000000.00"),
                        new BigDecimal("200000.00")),
                indicators);
    }

    /** Five indicators over the three first levels, weights 20 + 15 + 15 + 30 + 20 = 100. */
    public static List<Indicator> indicators() {
        return List.of(
                new Indicator("产出指标", "数量指标", "救助人次", "≥1200人次", new BigDecimal("20")),
                new Indicator("产出指标", "质量指标", "资金拨付准确率", "100%", new BigDecimal("15")),
                new Indicator("产出指标", "时效指标", "资金拨付时限", "10个工作日内", new BigDecimal("15")),
                new Indicator("效益指标", "社会效益指标", "困难群众医疗费用负担", "有效减轻", new BigDecimal("30")),
                new Indicator("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", new BigDecimal("20")));
    }

    /** The same document with the indicator at {@code row} replaced. */
    public static DeclarationDocument withIndicator(DeclarationDocument doc, int row, Indicator indicator) {
        List<Indicator> changed = new ArrayList<>(doc.indicators());
        changed.set(row, indicator);
        return withIndicators(doc, changed);
    }

    public static DeclarationDocument withIndicators(DeclarationDocument doc, List<Indicator> indicators) {
        return new DeclarationDocument(doc.formatVersion(), doc.kind(), doc.year(), doc.unit(), doc.department(),
                doc.project(), doc.overallTarget(), doc.funds(), indicators);
    }

    public static DeclarationDocument withFunds(DeclarationDocument doc, DeclarationDocument.Funds funds) {
        return new DeclarationDocument(doc.formatVersion(), doc.kind(), doc.year(), doc.unit(), doc.department(),
                doc.project(), doc.overallTarget(), funds, doc.indicators());
    }
}
