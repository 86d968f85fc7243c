package cn.perfeval.report;

import cn.perfeval.identity.DepartmentInfo;
import java.util.List;

/**
 * The document a new report of the year starts from (开始填报).
 *
 * <p>From last year's report of the same kind, what describes the department and the structure
 * is carried over: the department part (type, staffing, duties) and its main tasks, the code rows
 * of income and expenditure with their names, the budget items, the indicators (levels, names,
 * targets, weights), the projects (name, target, indicators) and the scoring framework with its
 * items and deductions. Everything that is a figure or finding of the year is left empty to be
 * filled: every amount and total, the actual values, scores and deviation reasons of the
 * indicators, the self scores, the 三公 expenses, the assets, the explanation of the figures and the
 * closing texts (conclusion, problems, suggestions, use of results, publication).
 */
final class ReportStart {

    private ReportStart() {
    }

    /** An empty department overall report of the year: only what an import requires. */
    static ReportDocument empty(int year, DepartmentInfo department) {
        return new ReportDocument(ReportDocument.FORMAT_VERSION, ReportKind.DEPARTMENT_OVERALL, year, MoneyUnit.YUAN,
                new ReportDocument.DepartmentPart(department.name(), department.regionName(), department.type(), null, null),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Last year's document carried into {@code year}, its figures of the year cleared. */
    static ReportDocument from(ReportDocument last, int year) {
        return new ReportDocument(ReportDocument.FORMAT_VERSION, last.kind(), year, last.unit(), last.department(),
                last.mainTasks(),
                map(last.income(), r -> new ReportDocument.IncomeLine(r.code(), r.name(), null, null, null)),
                map(last.expenditure(), r -> new ReportDocument.ExpenditureLine(r.code(), r.name(), null, null, null)),
                null,
                map(last.budget(), b -> new ReportDocument.BudgetLine(b.item(), null, null, null)),
                null, null,
                indicators(last.indicators()),
                map(last.projects(), p -> new ReportDocument.Project(p.name(), null, null, p.target(),
                        indicators(p.indicators()))),
                scoring(last.scoring()),
                null, null, null, null, null, last.project());
    }

    /**
     * A new report of the year from a template (从模板新建): the department's basic information (its
     * name, region, type and staffing as the directory keeps them, its duties from its latest earlier
     * report), the template's scoring table (items with max points, no scores) and, for each first
     * and second indicator level of the template, one indicator named {@code indicatorName} to be
     * renamed, without target or figures; for an overall report the functional-classification rows
     * of last year's overall report (codes and names, no amounts) where there is one, for a project
     * or transfer-payment report its one project by name. No figure is filled.
     *
     * @param earlier the department's latest report before the year (for its duties and main tasks), or {@code null}
     * @param lastOverall the department's overall report of the year before, or {@code null}
     */
    static ReportDocument fromTemplate(int year, ReportKind kind, String project, DepartmentInfo department,
            ReportDocument earlier, ReportDocument lastOverall, ReportTemplate template, String indicatorName) {
        List<ReportDocument.Indicator> skeleton = template.indicatorLevels().stream()
                .flatMap(l -> l.level2().isEmpty() ? java.util.stream.Stream.of(skeletonRow(l.level1(), null, indicatorName))
                        : l.level2().stream().map(l2 -> skeletonRow(l.level1(), l2, indicatorName)))
                .toList();
        return startWith(year, kind, project, department, earlier, lastOverall, skeleton, scoring(template.scoring()));
    }

    /**
     * A new report of the year from the approved declaration (绩效目标申报表) of its department, year, kind and
     * project: as {@link #fromTemplate}, but its indicators (for a project or transfer-payment report, its
     * project's) are the declared ones with their levels, names, targets and weights, actuals, scores and
     * reasons left to fill, and it has no scoring table.
     */
    static ReportDocument fromDeclaration(int year, ReportKind kind, String project, DepartmentInfo department,
            ReportDocument earlier, ReportDocument lastOverall, List<ReportDocument.Indicator> declared) {
        return startWith(year, kind, project, department, earlier, lastOverall, indicators(declared), null);
    }

    private static ReportDocument startWith(int year, ReportKind kind, String project, DepartmentInfo department,
            ReportDocument earlier, ReportDocument lastOverall, List<ReportDocument.Indicator> skeleton,
            ReportDocument.Scoring scoring) {
        String duties = earlier == null || earlier.department() == null ? null : earlier.department().duties();
        String type = department.type() != null ? department.type()
                : earlier == null || earlier.department() == null ? null : earlier.department().type();
        ReportDocument.Staffing staffing = department.staffingAuthorized() == null
                && department.staffingActual() == null && department.staffingRetired() == null ? null
                : new ReportDocument.Staffing(department.staffingAuthorized(), department.staffingActual(),
                        department.staffingRetired());
        ReportDocument.DepartmentPart part = new ReportDocument.DepartmentPart(department.name(),
                department.regionName(), type, staffing, duties);
        if (kind == ReportKind.DEPARTMENT_OVERALL) {
            return new ReportDocument(ReportDocument.FORMAT_VERSION, kind, year, MoneyUnit.YUAN, part,
                    earlier == null || earlier.kind() != ReportKind.DEPARTMENT_OVERALL ? null : earlier.mainTasks(),
                    lastOverall == null ? null : map(lastOverall.income(),
                            r -> new ReportDocument.IncomeLine(r.code(), r.name(), null, null, null)),
                    lastOverall == null ? null : map(lastOverall.expenditure(),
                            r -> new ReportDocument.ExpenditureLine(r.code(), r.name(), null, null, null)),
                    null, null, null, null, skeleton.isEmpty() ? null : skeleton, null, scoring,
                    null, null, null, null, null, null);
        }
        String name = ProjectNames.display(project);
        return new ReportDocument(ReportDocument.FORMAT_VERSION, kind, year, MoneyUnit.YUAN, part, null, null, null,
                null, null, null, null, null,
                List.of(new ReportDocument.Project(name, null, null, null, skeleton.isEmpty() ? null : skeleton)),
                scoring, null, null, null, null, null, name);
    }

    private static ReportDocument.Indicator skeletonRow(String level1, String level2, String name) {
        return new ReportDocument.Indicator(level1, level2, name, null, null, null, null, null);
    }

    private static List<ReportDocument.Indicator> indicators(List<ReportDocument.Indicator> indicators) {
        return map(indicators, i -> new ReportDocument.Indicator(i.level1(), i.level2(), i.name(), i.target(), null,
                i.weight(), null, null));
    }

    private static ReportDocument.Scoring scoring(ReportDocument.Scoring scoring) {
        if (scoring == null) {
            return null;
        }
        return new ReportDocument.Scoring(scoring.framework(),
                map(scoring.items(), i -> new ReportDocument.ScoringItem(i.path(), i.maxPoints(), null, null,
                        i.standard())),
                map(scoring.deductions(), d -> new ReportDocument.Deduction(d.name(), d.maxPoints(), null)), null, null);
    }

    private static <T, R> List<R> map(List<T> rows, java.util.function.Function<T, R> carry) {
        return rows == null ? null : rows.stream().filter(java.util.Objects::nonNull).map(carry).toList();
    }
}
