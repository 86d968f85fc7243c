package cn.perfeval.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The stored rows of the report's parts beyond the income and expenditure tables: budget lines,
 * 三公经费, assets, indicators, projects and the scoring table. Money is in yuan, points, weights
 * and scores are decimals. The rows are classes with a no-argument constructor (not records)
 * because the audit history rebuilds them field by field; equality compares amounts as numbers.
 */
final class ReportParts {

    static final String THREE_PUBLIC_TABLE = "report_three_public_expenses";
    static final String ASSETS_TABLE = "report_assets";
    static final String SCORING_TABLE = "report_scoring";

    private ReportParts() {
    }

    /** A line of budget against execution (年初预算数, 调整预算数, 执行数) by item. */
    @Embeddable
    static final class BudgetRow {
        @Column(name = "item")
        private String item;
        @Column(name = "initial_amount")
        private BigDecimal initial;
        @Column(name = "adjusted_amount")
        private BigDecimal adjusted;
        @Column(name = "executed_amount")
        private BigDecimal executed;

        BudgetRow() {
        }

        BudgetRow(String item, BigDecimal initial, BigDecimal adjusted, BigDecimal executed) {
            this.item = item;
            this.initial = initial;
            this.adjusted = adjusted;
            this.executed = executed;
        }

        String item() {
            return item;
        }

        BigDecimal initial() {
            return initial;
        }

        BigDecimal adjusted() {
            return adjusted;
        }

        BigDecimal executed() {
            return executed;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BudgetRow r && Objects.equals(item, r.item) && Rows.same(initial, r.initial)
                    && Rows.same(adjusted, r.adjusted) && Rows.same(executed, r.executed);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(item);
        }
    }

    /** A leaf of the report's own three-level indicator table. */
    @Embeddable
    static final class IndicatorRow {
        @Column(name = "level1")
        private String level1;
        @Column(name = "level2")
        private String level2;
        @Column(name = "name")
        private String name;
        @Column(name = "target_text")
        private String target;
        @Column(name = "actual_text")
        private String actual;
        @Column(name = "weight")
        private BigDecimal weight;
        @Column(name = "score")
        private BigDecimal score;
        @Column(name = "deviation_reason")
        private String deviationReason;

        IndicatorRow() {
        }

        IndicatorRow(ReportDocument.Indicator i) {
            this.level1 = i.level1();
            this.level2 = i.level2();
            this.name = i.name();
            this.target = i.target();
            this.actual = i.actual();
            this.weight = i.weight();
            this.score = i.score();
            this.deviationReason = i.deviationReason();
        }

        ReportDocument.Indicator toLine() {
            return new ReportDocument.Indicator(level1, level2, name, target, actual, Points.out(weight),
                    Points.out(score), deviationReason);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof IndicatorRow r && Objects.equals(level1, r.level1) && Objects.equals(level2, r.level2)
                    && Objects.equals(name, r.name) && Objects.equals(target, r.target)
                    && Objects.equals(actual, r.actual) && Rows.same(weight, r.weight) && Rows.same(score, r.score)
                    && Objects.equals(deviationReason, r.deviationReason);
        }

        @Override
        public int hashCode() {
            return Objects.hash(level1, level2, name);
        }
    }

    /** A project: its name, budget and execution (财政拨款 / 其他资金), target text; its indicators are rows of their own. */
    @Embeddable
    static final class ProjectRow {
        @Column(name = "name")
        private String name;
        @Column(name = "budget_fiscal")
        private BigDecimal budgetFiscal;
        @Column(name = "budget_other")
        private BigDecimal budgetOther;
        @Column(name = "executed_fiscal")
        private BigDecimal executedFiscal;
        @Column(name = "executed_other")
        private BigDecimal executedOther;
        @Column(name = "target_text")
        private String target;
        /** Whether the project has an indicator table (possibly empty), as against none at all. */
        @Column(name = "indicators_present")
        private boolean indicatorsPresent;

        ProjectRow() {
        }

        ProjectRow(String name, BigDecimal budgetFiscal, BigDecimal budgetOther, BigDecimal executedFiscal,
                BigDecimal executedOther, String target, boolean indicatorsPresent) {
            this.name = name;
            this.budgetFiscal = budgetFiscal;
            this.budgetOther = budgetOther;
            this.executedFiscal = executedFiscal;
            this.executedOther = executedOther;
            this.target = target;
            this.indicatorsPresent = indicatorsPresent;
        }

        String name() {
            return name;
        }

        BigDecimal budgetFiscal() {
            return budgetFiscal;
        }

        BigDecimal budgetOther() {
            return budgetOther;
        }

        BigDecimal executedFiscal() {
            return executedFiscal;
        }

        BigDecimal executedOther() {
            return executedOther;
        }

        String target() {
            return target;
        }

        boolean indicatorsPresent() {
            return indicatorsPresent;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ProjectRow r && Objects.equals(name, r.name) && Rows.same(budgetFiscal, r.budgetFiscal)
                    && Rows.same(budgetOther, r.budgetOther) && Rows.same(executedFiscal, r.executedFiscal)
                    && Rows.same(executedOther, r.executedOther) && Objects.equals(target, r.target)
                    && indicatorsPresent == r.indicatorsPresent;
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(name);
        }
    }

    /** A leaf of a project's indicator table; {@code projectNo} is the project's place (0, 1, ...). */
    @Embeddable
    static final class ProjectIndicatorRow {
        @Column(name = "project_no")
        private int projectNo;
        @Column(name = "level1")
        private String level1;
        @Column(name = "level2")
        private String level2;
        @Column(name = "name")
        private String name;
        @Column(name = "target_text")
        private String target;
        @Column(name = "actual_text")
        private String actual;
        @Column(name = "weight")
        private BigDecimal weight;
        @Column(name = "score")
        private BigDecimal score;
        @Column(name = "deviation_reason")
        private String deviationReason;

        ProjectIndicatorRow() {
        }

        ProjectIndicatorRow(int projectNo, ReportDocument.Indicator i) {
            this.projectNo = projectNo;
            this.level1 = i.level1();
            this.level2 = i.level2();
            this.name = i.name();
            this.target = i.target();
            this.actual = i.actual();
            this.weight = i.weight();
            this.score = i.score();
            this.deviationReason = i.deviationReason();
        }

        int projectNo() {
            return projectNo;
        }

        ReportDocument.Indicator toLine() {
            return new ReportDocument.Indicator(level1, level2, name, target, actual, Points.out(weight),
                    Points.out(score), deviationReason);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ProjectIndicatorRow r && projectNo == r.projectNo && Objects.equals(level1, r.level1)
                    && Objects.equals(level2, r.level2) && Objects.equals(name, r.name)
                    && Objects.equals(target, r.target) && Objects.equals(actual, r.actual)
                    && Rows.same(weight, r.weight) && Rows.same(score, r.score)
                    && Objects.equals(deviationReason, r.deviationReason);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectNo, level1, level2, name);
        }
    }

    /** An indicator of the scoring table (its place in the framework is in {@link ScoringLevelRow}s). */
    @Embeddable
    static final class ScoringItemRow {
        @Column(name = "max_points")
        private BigDecimal maxPoints;
        @Column(name = "self_score")
        private BigDecimal selfScore;
        @Column(name = "explanation")
        private String explanation;
        @Column(name = "standard_text")
        private String standard;

        ScoringItemRow() {
        }

        ScoringItemRow(BigDecimal maxPoints, BigDecimal selfScore, String explanation, String standard) {
            this.maxPoints = maxPoints;
            this.selfScore = selfScore;
            this.explanation = explanation;
            this.standard = standard;
        }

        BigDecimal maxPoints() {
            return maxPoints;
        }

        BigDecimal selfScore() {
            return selfScore;
        }

        String explanation() {
            return explanation;
        }

        String standard() {
            return standard;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ScoringItemRow r && Rows.same(maxPoints, r.maxPoints)
                    && Rows.same(selfScore, r.selfScore) && Objects.equals(explanation, r.explanation)
                    && Objects.equals(standard, r.standard);
        }

        @Override
        public int hashCode() {
            return Objects.hash(explanation, standard);
        }
    }

    /** One level of a scoring item's path: item {@code itemNo}, level {@code levelNo} (0 = first level). */
    @Embeddable
    static final class ScoringLevelRow {
        @Column(name = "item_no")
        private int itemNo;
        @Column(name = "level_no")
        private int levelNo;
        @Column(name = "name")
        private String name;

        ScoringLevelRow() {
        }

        ScoringLevelRow(int itemNo, int levelNo, String name) {
            this.itemNo = itemNo;
            this.levelNo = levelNo;
            this.name = name;
        }

        int itemNo() {
            return itemNo;
        }

        int levelNo() {
            return levelNo;
        }

        String name() {
            return name;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ScoringLevelRow r && itemNo == r.itemNo && levelNo == r.levelNo
                    && Objects.equals(name, r.name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemNo, levelNo, name);
        }
    }

    /** A deduction item (扣分项) of the scoring table. */
    @Embeddable
    static final class DeductionRow {
        @Column(name = "name")
        private String name;
        @Column(name = "max_points")
        private BigDecimal maxPoints;
        @Column(name = "points")
        private BigDecimal points;

        DeductionRow() {
        }

        DeductionRow(String name, BigDecimal maxPoints, BigDecimal points) {
            this.name = name;
            this.maxPoints = maxPoints;
            this.points = points;
        }

        ReportDocument.Deduction toLine() {
            return new ReportDocument.Deduction(name, Points.out(maxPoints), Points.out(points));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DeductionRow r && Objects.equals(name, r.name) && Rows.same(maxPoints, r.maxPoints)
                    && Rows.same(points, r.points);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(name);
        }
    }

    /**
     * 三公经费: budget and actual for 因公出国（境）, 公务用车购置及运行维护, 公务接待, and the
     * reception batches and persons. {@code present} tells a part given with no figures from none.
     */
    @Embeddable
    static final class ThreePublicPart {
        @Column(table = THREE_PUBLIC_TABLE, name = "present")
        private Boolean present;
        @Column(table = THREE_PUBLIC_TABLE, name = "budget_overseas")
        private BigDecimal budgetOverseas;
        @Column(table = THREE_PUBLIC_TABLE, name = "budget_vehicles")
        private BigDecimal budgetVehicles;
        @Column(table = THREE_PUBLIC_TABLE, name = "budget_reception")
        private BigDecimal budgetReception;
        @Column(table = THREE_PUBLIC_TABLE, name = "actual_overseas")
        private BigDecimal actualOverseas;
        @Column(table = THREE_PUBLIC_TABLE, name = "actual_vehicles")
        private BigDecimal actualVehicles;
        @Column(table = THREE_PUBLIC_TABLE, name = "actual_reception")
        private BigDecimal actualReception;
        @Column(table = THREE_PUBLIC_TABLE, name = "reception_batches")
        private Integer receptionBatches;
        @Column(table = THREE_PUBLIC_TABLE, name = "reception_persons")
        private Integer receptionPersons;

        ThreePublicPart() {
        }

        ThreePublicPart(BigDecimal budgetOverseas, BigDecimal budgetVehicles, BigDecimal budgetReception,
                BigDecimal actualOverseas, BigDecimal actualVehicles, BigDecimal actualReception,
                Integer receptionBatches, Integer receptionPersons) {
            this.present = Boolean.TRUE;
            this.budgetOverseas = budgetOverseas;
            this.budgetVehicles = budgetVehicles;
            this.budgetReception = budgetReception;
            this.actualOverseas = actualOverseas;
            this.actualVehicles = actualVehicles;
            this.actualReception = actualReception;
            this.receptionBatches = receptionBatches;
            this.receptionPersons = receptionPersons;
        }

        boolean present() {
            return Boolean.TRUE.equals(present);
        }

        BigDecimal budgetOverseas() {
            return budgetOverseas;
        }

        BigDecimal budgetVehicles() {
            return budgetVehicles;
        }

        BigDecimal budgetReception() {
            return budgetReception;
        }

        BigDecimal actualOverseas() {
            return actualOverseas;
        }

        BigDecimal actualVehicles() {
            return actualVehicles;
        }

        BigDecimal actualReception() {
            return actualReception;
        }

        Integer receptionBatches() {
            return receptionBatches;
        }

        Integer receptionPersons() {
            return receptionPersons;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ThreePublicPart r && Objects.equals(present, r.present)
                    && Rows.same(budgetOverseas, r.budgetOverseas) && Rows.same(budgetVehicles, r.budgetVehicles)
                    && Rows.same(budgetReception, r.budgetReception) && Rows.same(actualOverseas, r.actualOverseas)
                    && Rows.same(actualVehicles, r.actualVehicles) && Rows.same(actualReception, r.actualReception)
                    && Objects.equals(receptionBatches, r.receptionBatches)
                    && Objects.equals(receptionPersons, r.receptionPersons);
        }

        @Override
        public int hashCode() {
            return Objects.hash(present, receptionBatches, receptionPersons);
        }
    }

    /** Assets (资产总额, 负债总额, 净资产, 固定资产原值, 在用资产). */
    @Embeddable
    static final class AssetsPart {
        @Column(table = ASSETS_TABLE, name = "present")
        private Boolean present;
        @Column(table = ASSETS_TABLE, name = "total")
        private BigDecimal total;
        @Column(table = ASSETS_TABLE, name = "liabilities")
        private BigDecimal liabilities;
        @Column(table = ASSETS_TABLE, name = "net")
        private BigDecimal net;
        @Column(table = ASSETS_TABLE, name = "fixed_assets_original")
        private BigDecimal fixedAssetsOriginal;
        @Column(table = ASSETS_TABLE, name = "fixed_assets_in_use")
        private BigDecimal fixedAssetsInUse;

        AssetsPart() {
        }

        AssetsPart(BigDecimal total, BigDecimal liabilities, BigDecimal net, BigDecimal fixedAssetsOriginal,
                BigDecimal fixedAssetsInUse) {
            this.present = Boolean.TRUE;
            this.total = total;
            this.liabilities = liabilities;
            this.net = net;
            this.fixedAssetsOriginal = fixedAssetsOriginal;
            this.fixedAssetsInUse = fixedAssetsInUse;
        }

        boolean present() {
            return Boolean.TRUE.equals(present);
        }

        BigDecimal total() {
            return total;
        }

        BigDecimal liabilities() {
            return liabilities;
        }

        BigDecimal net() {
            return net;
        }

        BigDecimal fixedAssetsOriginal() {
            return fixedAssetsOriginal;
        }

        BigDecimal fixedAssetsInUse() {
            return fixedAssetsInUse;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof AssetsPart r && Objects.equals(present, r.present) && Rows.same(total, r.total)
                    && Rows.same(liabilities, r.liabilities) && Rows.same(net, r.net)
                    && Rows.same(fixedAssetsOriginal, r.fixedAssetsOriginal)
                    && Rows.same(fixedAssetsInUse, r.fixedAssetsInUse);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(present);
        }
    }

    /** The scoring table's head: framework, stated total and grade; its items and deductions are rows of their own. */
    @Embeddable
    static final class ScoringPart {
        @Column(table = SCORING_TABLE, name = "present")
        private Boolean present;
        @Column(table = SCORING_TABLE, name = "framework")
        private String framework;
        @Column(table = SCORING_TABLE, name = "stated_total")
        private BigDecimal total;
        @Column(table = SCORING_TABLE, name = "grade")
        private String grade;
        @Column(table = SCORING_TABLE, name = "items_present")
        private Boolean itemsPresent;
        @Column(table = SCORING_TABLE, name = "deductions_present")
        private Boolean deductionsPresent;

        ScoringPart() {
        }

        ScoringPart(String framework, BigDecimal total, String grade, boolean itemsPresent,
                boolean deductionsPresent) {
            this.present = Boolean.TRUE;
            this.framework = framework;
            this.total = total;
            this.grade = grade;
            this.itemsPresent = itemsPresent;
            this.deductionsPresent = deductionsPresent;
        }

        boolean present() {
            return Boolean.TRUE.equals(present);
        }

        String framework() {
            return framework;
        }

        BigDecimal total() {
            return total;
        }

        String grade() {
            return grade;
        }

        boolean itemsPresent() {
            return Boolean.TRUE.equals(itemsPresent);
        }

        boolean deductionsPresent() {
            return Boolean.TRUE.equals(deductionsPresent);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ScoringPart r && Objects.equals(present, r.present)
                    && Objects.equals(framework, r.framework) && Rows.same(total, r.total)
                    && Objects.equals(grade, r.grade) && Objects.equals(itemsPresent, r.itemsPresent)
                    && Objects.equals(deductionsPresent, r.deductionsPresent);
        }

        @Override
        public int hashCode() {
            return Objects.hash(framework, grade);
        }
    }

    /** Points, weights and scores: stored with up to four decimals, given back without trailing zeros. */
    static final class Points {

        private Points() {
        }

        static BigDecimal out(BigDecimal value) {
            if (value == null) {
                return null;
            }
            BigDecimal plain = value.stripTrailingZeros();
            return plain.scale() < 0 ? plain.setScale(0) : plain;
        }
    }
}
