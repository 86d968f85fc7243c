package cn.perfeval.report;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.HeavyWork;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.report.ReportDocument.Totals;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report's table parts (income, expenditure, indicators, budget execution, 三公, assets,
 * projects with their indicators, scoring) as an .xlsx workbook laid out like the published
 * tables (one sheet each), out for anyone who may see the report and back in for
 * its drafter. An import goes through {@link ReportService#saveDraft} with the rest of the report
 * unchanged, so it meets the same scoping, checks on input and optimistic lock; it is all or
 * nothing, and every problem names its sheet and cell ({@code 收入决算表!E9},
 * {@code 三公经费支出表!C7}).
 */
@Service
@Transactional
public class ReportWorkbooks {

    /** The media type of an .xlsx workbook. */
    public static final String CONTENT_TYPE = TablesWorkbook.CONTENT_TYPE;

    private final ReportService reports;
    private final HeavyWork heavyWork;
    private final ReportMetrics metrics;

    ReportWorkbooks(ReportService reports, HeavyWork heavyWork, ReportMetrics metrics) {
        this.reports = reports;
        this.heavyWork = heavyWork;
        this.metrics = metrics;
    }

    /** A workbook file: its suggested name and its bytes. */
    public record TablesFile(String fileName, byte[] content, long version) {
    }

    /** The report's three tables as a workbook, money in yuan. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TablesFile export(long id) {
        ReportDetails details = reports.details(id);
        ReportSummary s = details.summary();
        byte[] content = TablesWorkbook.write(details.document(), s.department(), s.year(), s.id(), s.version());
        return new TablesFile(s.department() + s.year() + "年度收支决算表及绩效指标表.xlsx", content, s.version());
    }

    /**
     * Imports a workbook this report was exported to, over the version it carries: refused if
     * someone saved since the download, or if the workbook carries no version of this report.
     */
    @PreAuthorize("hasRole('DRAFTER')")
    public ReportSummary importTables(long id, byte[] content) {
        return importOver(id, null, content);
    }

    /**
     * Replaces the report's income and expenditure tables (with the totals of their 合计 rows),
     * its indicator table and, where the workbook has the sheet, its budget execution table, its
     * 三公 expenses, its assets, its projects with their indicators and its scoring table by
     * those of the workbook, keeping every other part. Refused unless the caller drafts the report
     * while it is in drafting and nobody saved since {@code expectedVersion} (where {@code null},
     * the version the workbook carries) nor since the workbook was downloaded from this report;
     * refused whole when any cell fails, each problem naming sheet and cell.
     */
    @PreAuthorize("hasRole('DRAFTER')")
    public ReportSummary importTables(long id, long expectedVersion, byte[] content) {
        return importOver(id, expectedVersion, content);
    }

    private ReportSummary importOver(long id, Long expectedVersion, byte[] content) {
        ReportDetails details = reports.details(id);
        ReportSummary summary = details.summary();
        if (summary.status() != ReportStatus.DRAFTING) {
            throw new ActionRefusedException("error.report.not-editable",
                    new LocalizedMessage("status." + summary.status().name()));
        }
        TablesWorkbook.Tables tables;
        try {
            tables = heavyWork.call(() -> TablesWorkbook.read(content));
        } catch (InvalidInputException e) {
            metrics.refused("workbook");
            throw new InvalidInputException(e.problems().stream().map(ReportWorkbooks::inSheet).toList());
        }
        boolean ours = tables.report() != null && tables.report() == id && tables.version() != null;
        if (expectedVersion == null && !ours) {
            metrics.refused("workbook");
            throw new InvalidInputException(List.of(FieldProblem.of("file", "workbook.version.missing")));
        }
        long expected = expectedVersion == null ? tables.version() : expectedVersion;
        if (summary.version() != expected || (ours && tables.version() != summary.version())) {
            throw new ActionRefusedException("error.report.saved-by-other", summary.updatedBy(), summary.updatedAt());
        }
        ReportDocument d = details.document();
        Totals t = d.totals();
        var income = tables.income();
        var expenditure = tables.expenditure();
        Totals totals = new Totals(income.total()[0], income.total()[1], income.total()[2], expenditure.total()[0],
                expenditure.total()[1], expenditure.total()[2], t == null ? null : t.openingBalance(),
                t == null ? null : t.closingBalance());
        boolean noTotals = totals.income() == null && totals.incomeFiscal() == null && totals.incomeOther() == null
                && totals.expenditure() == null && totals.basic() == null && totals.project() == null
                && totals.openingBalance() == null && totals.closingBalance() == null;
        ReportDocument edited = new ReportDocument(d.formatVersion(), d.kind(), d.year(), d.unit(), d.department(),
                d.mainTasks(), income.lines(), expenditure.lines(), noTotals ? null : totals, budget(tables, d),
                threePublic(tables, d), tables.assets() == null ? d.assets() : tables.assets().value(),
                keep(tables.indicators().lines(), d.indicators()), projects(tables, d), scoring(tables, d),
                d.conclusion(), d.problems(), d.suggestions(), d.resultUse(), d.publication(), d.project(), d.narrative());
        try {
            return reports.saveDraft(id, expected, edited);
        } catch (InvalidInputException e) {
            metrics.refused("workbook");
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> inSheet(TablesWorkbook.toSheet(p, tables))).toList());
        }
    }

    /**
     * The budget execution lines of the workbook; the report's own where the workbook has no such
     * sheet, or an empty one while the report states none.
     */
    private static List<ReportDocument.BudgetLine> budget(TablesWorkbook.Tables tables, ReportDocument d) {
        if (tables.budget() == null
                || (tables.budget().lines().isEmpty() && (d.budget() == null || d.budget().isEmpty()))) {
            return d.budget();
        }
        return tables.budget().lines();
    }

    /**
     * The projects of the workbook; the report's own where the workbook has no such sheet. A list
     * the workbook leaves empty where the report has none stays as the report has it (absent or empty).
     */
    private static List<ReportDocument.Project> projects(TablesWorkbook.Tables tables, ReportDocument d) {
        if (tables.projects() == null) {
            return d.projects();
        }
        List<ReportDocument.Project> read = tables.projects().value();
        List<ReportDocument.Project> old = d.projects() == null ? List.of() : d.projects();
        List<ReportDocument.Project> projects = new java.util.ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            ReportDocument.Project p = read.get(i);
            ReportDocument.Project was = i < old.size() ? old.get(i) : null;
            projects.add(new ReportDocument.Project(p.name(), p.budget(), p.executed(), p.target(),
                    keep(p.indicators(), was == null ? null : was.indicators())));
        }
        return keep(projects, d.projects());
    }

    /**
     * The scoring of the workbook; the report's own where the workbook has no such sheet. Items or
     * deductions the workbook leaves empty where the report has none stay as the report has them.
     */
    private static ReportDocument.Scoring scoring(TablesWorkbook.Tables tables, ReportDocument d) {
        if (tables.scoring() == null) {
            return d.scoring();
        }
        ReportDocument.Scoring read = tables.scoring().value();
        ReportDocument.Scoring was = d.scoring();
        return read == null ? null : new ReportDocument.Scoring(read.framework(),
                keep(read.items(), was == null ? null : was.items()),
                keep(read.deductions(), was == null ? null : was.deductions()), read.total(), read.grade());
    }

    /** The list read, or the report's where both are empty (so that an absent list stays absent). */
    private static <T> List<T> keep(List<T> read, List<T> was) {
        return read.isEmpty() && (was == null || was.isEmpty()) ? was : read;
    }

    /** The 三公 part of the workbook; the report's own where the workbook has no such sheet. */
    private static ReportDocument.ThreePublicExpenses threePublic(TablesWorkbook.Tables tables, ReportDocument d) {
        return tables.threePublic() == null ? d.threePublicExpenses() : tables.threePublic().value();
    }

    /**
     * A problem the workbook names by its sheet and cell ({@code 收入决算表!E5}) is told at that
     * place, in words (收入决算表 E5); one of the file as a whole, or already placed in the report,
     * stays as it is.
     */
    private static FieldProblem inSheet(FieldProblem problem) {
        return problem.place() != null || "file".equals(problem.field()) ? problem
                : problem.at(new LocalizedMessage("problem.place", problem.field().replace('!', ' ')));
    }
}
