package cn.perfeval.declaration;

import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * A performance target declaration (绩效目标申报表) as exchanged: see {@code docs/declarations.md}.
 * Money is in {@code unit} (元 unless stated), as in a report document.
 *
 * @param formatVersion 1
 * @param kind whose targets: a department's overall spending, a project or a transfer payment
 * @param year the budget year the targets are for
 * @param unit the unit of the money, {@code YUAN} unless given
 * @param department the declaring department, by name
 * @param project the project, for a project or transfer-payment declaration; absent for an overall one
 * @param overallTarget the overall target (总体目标) as text
 * @param funds the budget by source
 * @param indicators the indicator tree, one row per third-level indicator
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeclarationDocument(Integer formatVersion, ReportKind kind, Integer year, MoneyUnit unit,
        Department department, Project project, String overallTarget, Funds funds, List<Indicator> indicators) {

    public static final int FORMAT_VERSION = 1;

    /** The declaring department. */
    public record Department(String name) {
    }

    /** The project a project or transfer-payment declaration is for. */
    public record Project(String name) {
    }

    /** The budget by source: the total, the fiscal funds (财政拨款) and the other funds. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Funds(BigDecimal total, BigDecimal fiscal, BigDecimal other) {
    }

    /**
     * A declared indicator: first level (一级指标), second level (二级指标), its name (三级指标), the
     * target as written ({@code ≥95%}, {@code 有效提升}) and its weight (分值).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Indicator(String level1, String level2, String name, String target, BigDecimal weight) {
    }

    /** The project's name, {@code ""} for a department's overall declaration. */
    public String projectName() {
        return project == null || project.name() == null ? "" : project.name();
    }
}
