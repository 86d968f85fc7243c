package cn.perfeval.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The report as one JSON document: the interchange contract of {@code report-format.md}. Money
 * is read exactly as a decimal in the document's {@link #unit()}; a field a report does not
 * have is {@code null} and left out on export.
 *
 * <p>{@link #project()} names the project of a project or transfer-payment report: a department
 * has one report per project and year (decision 0016). Where a document leaves it out, the name of
 * its single project is taken.
 *
 * <p>{@link #narrative()} is the drafter's explanation of the figures (收入支出情况说明 and
 * 预算执行情况说明), kept as written: an imported historical report keeps its own.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"formatVersion", "kind", "year", "project", "unit", "department", "mainTasks", "income",
        "expenditure", "totals", "budget", "threePublicExpenses", "assets", "indicators", "projects", "scoring",
        "narrative", "conclusion", "problems", "suggestions", "resultUse", "publication"})
public record ReportDocument(
        Integer formatVersion,
        ReportKind kind,
        Integer year,
        MoneyUnit unit,
        DepartmentPart department,
        String mainTasks,
        List<IncomeLine> income,
        List<ExpenditureLine> expenditure,
        Totals totals,
        List<BudgetLine> budget,
        ThreePublicExpenses threePublicExpenses,
        Assets assets,
        List<Indicator> indicators,
        List<Project> projects,
        Scoring scoring,
        String conclusion,
        String problems,
        String suggestions,
        String resultUse,
        String publication,
        String project,
        String narrative) {

    public static final int FORMAT_VERSION = 1;

    /** A document without a project name of its own (the name of its single project is taken). */
    public ReportDocument(Integer formatVersion, ReportKind kind, Integer year, MoneyUnit unit,
            DepartmentPart department, String mainTasks, List<IncomeLine> income, List<ExpenditureLine> expenditure,
            Totals totals, List<BudgetLine> budget, ThreePublicExpenses threePublicExpenses, Assets assets,
            List<Indicator> indicators, List<Project> projects, Scoring scoring, String conclusion, String problems,
            String suggestions, String resultUse, String publication) {
        this(formatVersion, kind, year, unit, department, mainTasks, income, expenditure, totals, budget,
                threePublicExpenses, assets, indicators, projects, scoring, conclusion, problems, suggestions,
                resultUse, publication, null, null);
    }

    /** A document without an explanation of its figures. */
    public ReportDocument(Integer formatVersion, ReportKind kind, Integer year, MoneyUnit unit,
            DepartmentPart department, String mainTasks, List<IncomeLine> income, List<ExpenditureLine> expenditure,
            Totals totals, List<BudgetLine> budget, ThreePublicExpenses threePublicExpenses, Assets assets,
            List<Indicator> indicators, List<Project> projects, Scoring scoring, String conclusion, String problems,
            String suggestions, String resultUse, String publication, String project) {
        this(formatVersion, kind, year, unit, department, mainTasks, income, expenditure, totals, budget,
                threePublicExpenses, assets, indicators, projects, scoring, conclusion, problems, suggestions,
                resultUse, publication, project, null);
    }

    /**
     * What a document sent only to be checked is refused for: a {@code null} where a row or an
     * element belongs, and numbers beyond what the report's columns hold. Empty when it can be checked.
     */
    public static java.util.List<cn.perfeval.base.FieldProblem> refusedForChecks(ReportDocument document) {
        return ReportDocumentValidator.forChecks(document);
    }

    /** The same document with another project name. */
    public ReportDocument withProject(String name) {
        return new ReportDocument(formatVersion, kind, year, unit, department, mainTasks, income, expenditure, totals,
                budget, threePublicExpenses, assets, indicators, projects, scoring, conclusion, problems, suggestions,
                resultUse, publication, name, narrative);
    }

    /** The same document with another explanation of its figures. */
    public ReportDocument withNarrative(String text) {
        return new ReportDocument(formatVersion, kind, year, unit, department, mainTasks, income, expenditure, totals,
                budget, threePublicExpenses, assets, indicators, projects, scoring, conclusion, problems, suggestions,
                resultUse, publication, project, text);
    }

    /**
     * The name of the project this document reports on: its {@code project} where given, else the
     * name of its single project; blank for a department's overall report, or where several
     * projects are reported together without a name.
     */
    public String projectName() {
        if (kind == ReportKind.DEPARTMENT_OVERALL) {
            return "";
        }
        if (project != null && !project.isBlank()) {
            return ProjectNames.display(project);
        }
        if (projects != null && projects.size() == 1 && projects.getFirst() != null
                && projects.getFirst().name() != null) {
            return ProjectNames.display(projects.getFirst().name());
        }
        return "";
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DepartmentPart(String name, String region, String type, Staffing staffing, String duties) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Staffing(Integer authorized, Integer actual, Integer retired) {
    }

    /** A row of the income table by functional classification code. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IncomeLine(String code, String name, BigDecimal total, BigDecimal fiscal, BigDecimal other) {
    }

    /** A row of the expenditure table by functional classification code. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExpenditureLine(String code, String name, BigDecimal total, BigDecimal basic, BigDecimal project) {
    }

    /** The totals as the department stated them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Totals(BigDecimal income, BigDecimal incomeFiscal, BigDecimal incomeOther, BigDecimal expenditure,
            BigDecimal basic, BigDecimal project, BigDecimal openingBalance, BigDecimal closingBalance) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BudgetLine(String item, BigDecimal initial, BigDecimal adjusted, BigDecimal executed) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ThreePublicExpenses(ThreeLines budget, ThreeLines actual, Integer receptionBatches,
            Integer receptionPersons) {
    }

    /** 因公出国（境）, 公务用车购置及运行维护, 公务接待. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ThreeLines(BigDecimal overseas, BigDecimal vehicles, BigDecimal reception) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Assets(BigDecimal total, BigDecimal liabilities, BigDecimal net, BigDecimal fixedAssetsOriginal,
            BigDecimal fixedAssetsInUse) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Indicator(String level1, String level2, String name, String target, String actual,
            BigDecimal weight, BigDecimal score, String deviationReason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Project(String name, Funds budget, Funds executed, String target, List<Indicator> indicators) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Funds(BigDecimal fiscal, BigDecimal other) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Scoring(String framework, List<ScoringItem> items, List<Deduction> deductions, BigDecimal total,
            String grade) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScoringItem(List<String> path, BigDecimal maxPoints, BigDecimal selfScore, String explanation,
            String standard) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Deduction(String name, BigDecimal maxPoints, BigDecimal points) {
    }
}
