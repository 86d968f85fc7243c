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
 * indicators, the self scores, the 三公 expenses, the assets and the closing texts (conclusion,
 * problems, suggestions, use of results, publication).
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
