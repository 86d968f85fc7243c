package cn.perfeval.report;

import cn.perfeval.identity.DepartmentInfo;
import cn.perfeval.report.ReportDocument.Assets;
import cn.perfeval.report.ReportDocument.BudgetLine;
import cn.perfeval.report.ReportDocument.DepartmentPart;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.Funds;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportDocument.Project;
import cn.perfeval.report.ReportDocument.Scoring;
import cn.perfeval.report.ReportDocument.ScoringItem;
import cn.perfeval.report.ReportDocument.Staffing;
import cn.perfeval.report.ReportDocument.ThreeLines;
import cn.perfeval.report.ReportDocument.ThreePublicExpenses;
import cn.perfeval.report.ReportDocument.Totals;
import cn.perfeval.report.ReportParts.AssetsPart;
import cn.perfeval.report.ReportParts.BudgetRow;
import cn.perfeval.report.ReportParts.DeductionRow;
import cn.perfeval.report.ReportParts.IndicatorRow;
import cn.perfeval.report.ReportParts.Points;
import cn.perfeval.report.ReportParts.ProjectIndicatorRow;
import cn.perfeval.report.ReportParts.ProjectRow;
import cn.perfeval.report.ReportParts.ScoringItemRow;
import cn.perfeval.report.ReportParts.ScoringLevelRow;
import cn.perfeval.report.ReportParts.ScoringPart;
import cn.perfeval.report.ReportParts.ThreePublicPart;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Maps between the interchange document and the stored report, converting money units exactly. */
@Component
class ReportDocuments {

    /** The parts that earlier versions kept as the document's JSON, in the document's unit. */
    record PendingParts(List<BudgetLine> budget, ThreePublicExpenses threePublicExpenses, Assets assets,
            List<Indicator> indicators, List<Project> projects, Scoring scoring) {
    }

    private final JsonMapper json;

    ReportDocuments(JsonMapper json) {
        this.json = json;
    }

    /**
     * Writes every part of the document into the report, money converted to yuan. A part the
     * document does not have is stored as absent.
     */
    void apply(Report report, ReportDocument doc) {
        UnaryOperator<BigDecimal> yuan = yuan(doc.unit());
        DepartmentPart dept = doc.department();
        Staffing staffing = dept == null ? null : dept.staffing();
        report.setBasicInfo(dept == null ? null : dept.type(),
                staffing == null ? null : staffing.authorized(),
                staffing == null ? null : staffing.actual(),
                staffing == null ? null : staffing.retired(),
                dept == null ? null : dept.duties(), doc.mainTasks());
        List<IncomeRow> income = doc.income() == null ? List.of() : doc.income().stream()
                .map(r -> new IncomeRow(r.code(), r.name().strip(), yuan.apply(r.total()), yuan.apply(r.fiscal()),
                        yuan.apply(r.other())))
                .toList();
        List<ExpenditureRow> expenditure = doc.expenditure() == null ? List.of() : doc.expenditure().stream()
                .map(r -> new ExpenditureRow(r.code(), r.name().strip(), yuan.apply(r.total()), yuan.apply(r.basic()),
                        yuan.apply(r.project())))
                .toList();
        Totals t = doc.totals();
        StatedTotals totals = t == null ? null : new StatedTotals(yuan.apply(t.income()), yuan.apply(t.incomeFiscal()),
                yuan.apply(t.incomeOther()), yuan.apply(t.expenditure()), yuan.apply(t.basic()),
                yuan.apply(t.project()), yuan.apply(t.openingBalance()), yuan.apply(t.closingBalance()));
        report.setTables(income, expenditure, totals);
        applyParts(report, new PendingParts(doc.budget(), doc.threePublicExpenses(), doc.assets(), doc.indicators(),
                doc.projects(), doc.scoring()), doc.unit());
        report.setTexts(doc.narrative(), doc.conclusion(), doc.problems(), doc.suggestions(), doc.resultUse(),
                doc.publication());
    }

    /**
     * Moves the parts that an earlier version kept as JSON ({@code pending_parts}, in the report's
     * own unit) into their tables, and clears the JSON. Returns whether there was anything to move.
     */
    boolean convertPending(Report report) {
        if (report.getPendingParts() == null) {
            return false;
        }
        PendingParts pending = json.readValue(report.getPendingParts(), PendingParts.class);
        applyParts(report, pending, report.getUnit());
        report.clearPendingParts();
        return true;
    }

    private static void applyParts(Report report, PendingParts parts, MoneyUnit unit) {
        UnaryOperator<BigDecimal> yuan = yuan(unit);
        report.setBudget(parts.budget() == null ? null : parts.budget().stream()
                .map(b -> new BudgetRow(strip(b.item()), yuan.apply(b.initial()), yuan.apply(b.adjusted()),
                        yuan.apply(b.executed())))
                .toList());
        ThreePublicExpenses three = parts.threePublicExpenses();
        ThreeLines budget = three == null || three.budget() == null ? new ThreeLines(null, null, null) : three.budget();
        ThreeLines actual = three == null || three.actual() == null ? new ThreeLines(null, null, null) : three.actual();
        report.setThreePublicExpenses(three == null ? null : new ThreePublicPart(yuan.apply(budget.overseas()),
                yuan.apply(budget.vehicles()), yuan.apply(budget.reception()), yuan.apply(actual.overseas()),
                yuan.apply(actual.vehicles()), yuan.apply(actual.reception()), three.receptionBatches(),
                three.receptionPersons()));
        Assets a = parts.assets();
        report.setAssets(a == null ? null : new AssetsPart(yuan.apply(a.total()), yuan.apply(a.liabilities()),
                yuan.apply(a.net()), yuan.apply(a.fixedAssetsOriginal()), yuan.apply(a.fixedAssetsInUse())));
        report.setIndicators(parts.indicators() == null ? null
                : parts.indicators().stream().map(IndicatorRow::new).toList());
        List<ProjectRow> projects = null;
        List<ProjectIndicatorRow> projectIndicators = new ArrayList<>();
        if (parts.projects() != null) {
            projects = new ArrayList<>();
            for (int p = 0; p < parts.projects().size(); p++) {
                Project project = parts.projects().get(p);
                Funds b = project.budget() == null ? new Funds(null, null) : project.budget();
                Funds e = project.executed() == null ? new Funds(null, null) : project.executed();
                projects.add(new ProjectRow(strip(project.name()), yuan.apply(b.fiscal()), yuan.apply(b.other()),
                        yuan.apply(e.fiscal()), yuan.apply(e.other()), project.target(),
                        project.indicators() != null));
                if (project.indicators() != null) {
                    for (Indicator i : project.indicators()) {
                        projectIndicators.add(new ProjectIndicatorRow(p, i));
                    }
                }
            }
        }
        report.setProjects(projects, projectIndicators);
        Scoring s = parts.scoring();
        List<ScoringItemRow> items = new ArrayList<>();
        List<ScoringLevelRow> levels = new ArrayList<>();
        List<DeductionRow> deductions = new ArrayList<>();
        if (s != null && s.items() != null) {
            for (int i = 0; i < s.items().size(); i++) {
                ScoringItem item = s.items().get(i);
                items.add(new ScoringItemRow(item.maxPoints(), item.selfScore(), item.explanation(), item.standard()));
                List<String> path = item.path() == null ? List.of() : item.path();
                for (int l = 0; l < path.size(); l++) {
                    levels.add(new ScoringLevelRow(i, l, strip(path.get(l))));
                }
            }
        }
        if (s != null && s.deductions() != null) {
            s.deductions().forEach(d -> deductions.add(new DeductionRow(strip(d.name()), d.maxPoints(), d.points())));
        }
        report.setScoring(s == null ? null : new ScoringPart(s.framework(), s.total(), s.grade(), s.items() != null,
                s.deductions() != null), items, levels, deductions);
    }

    /** The report as a document with its money in {@code unit}, every part it has. */
    ReportDocument toDocument(Report report, DepartmentInfo department, MoneyUnit unit) {
        UnaryOperator<BigDecimal> out = unit::fromYuan;
        boolean hasStaffing = report.getStaffingAuthorized() != null || report.getStaffingActual() != null
                || report.getStaffingRetired() != null;
        DepartmentPart dept = new DepartmentPart(department.name(), department.regionName(),
                report.getDepartmentType(),
                hasStaffing ? new Staffing(report.getStaffingAuthorized(), report.getStaffingActual(),
                        report.getStaffingRetired()) : null,
                report.getDuties());
        List<IncomeLine> income = report.getIncome().stream()
                .map(r -> new IncomeLine(r.code(), r.name(), out.apply(r.total()), out.apply(r.fiscal()),
                        out.apply(r.other())))
                .toList();
        List<ExpenditureLine> expenditure = report.getExpenditure().stream()
                .map(r -> new ExpenditureLine(r.code(), r.name(), out.apply(r.total()), out.apply(r.basic()),
                        out.apply(r.project())))
                .toList();
        StatedTotals t = report.getTotals();
        Totals totals = t == null || isEmpty(t) ? null : new Totals(out.apply(t.income()), out.apply(t.incomeFiscal()),
                out.apply(t.incomeOther()), out.apply(t.expenditure()), out.apply(t.basic()), out.apply(t.project()),
                out.apply(t.openingBalance()), out.apply(t.closingBalance()));
        List<BudgetLine> budget = report.getBudget() == null ? null : report.getBudget().stream()
                .map(b -> new BudgetLine(b.item(), out.apply(b.initial()), out.apply(b.adjusted()),
                        out.apply(b.executed())))
                .toList();
        ThreePublicPart tp = report.getThreePublicExpenses();
        ThreePublicExpenses three = tp == null ? null : new ThreePublicExpenses(
                lines(out, tp.budgetOverseas(), tp.budgetVehicles(), tp.budgetReception()),
                lines(out, tp.actualOverseas(), tp.actualVehicles(), tp.actualReception()),
                tp.receptionBatches(), tp.receptionPersons());
        AssetsPart ap = report.getAssets();
        Assets assets = ap == null ? null : new Assets(out.apply(ap.total()), out.apply(ap.liabilities()),
                out.apply(ap.net()), out.apply(ap.fixedAssetsOriginal()), out.apply(ap.fixedAssetsInUse()));
        List<Indicator> indicators = report.getIndicators() == null ? null
                : report.getIndicators().stream().map(IndicatorRow::toLine).toList();
        return new ReportDocument(ReportDocument.FORMAT_VERSION, report.getKind(), report.getYear(), unit, dept,
                report.getMainTasks(), income.isEmpty() ? null : income, expenditure.isEmpty() ? null : expenditure,
                totals, budget, three, assets, indicators, projects(report, out), scoring(report),
                report.getConclusion(), report.getProblems(), report.getSuggestions(), report.getResultUse(),
                report.getPublication(), report.getProjectName().isEmpty() ? null : report.getProjectName(),
                report.getNarrative());
    }

    private static List<Project> projects(Report report, UnaryOperator<BigDecimal> out) {
        if (report.getProjects() == null) {
            return null;
        }
        List<List<Indicator>> byProject = new ArrayList<>();
        for (int p = 0; p < report.getProjects().size(); p++) {
            byProject.add(new ArrayList<>());
        }
        for (ProjectIndicatorRow row : report.getProjectIndicators()) {
            if (row.projectNo() >= 0 && row.projectNo() < byProject.size()) {
                byProject.get(row.projectNo()).add(row.toLine());
            }
        }
        List<Project> projects = new ArrayList<>();
        for (int p = 0; p < report.getProjects().size(); p++) {
            ProjectRow row = report.getProjects().get(p);
            projects.add(new Project(row.name(), funds(out, row.budgetFiscal(), row.budgetOther()),
                    funds(out, row.executedFiscal(), row.executedOther()), row.target(),
                    row.indicatorsPresent() ? List.copyOf(byProject.get(p)) : null));
        }
        return List.copyOf(projects);
    }

    private static Scoring scoring(Report report) {
        ScoringPart head = report.getScoring();
        if (head == null) {
            return null;
        }
        List<List<String>> paths = new ArrayList<>();
        for (int i = 0; i < report.getScoringItems().size(); i++) {
            paths.add(new ArrayList<>());
        }
        report.getScoringLevels().stream()
                .sorted(java.util.Comparator.comparingInt(ScoringLevelRow::itemNo)
                        .thenComparingInt(ScoringLevelRow::levelNo))
                .filter(l -> l.itemNo() >= 0 && l.itemNo() < paths.size())
                .forEach(l -> paths.get(l.itemNo()).add(l.name()));
        List<ScoringItem> items = new ArrayList<>();
        for (int i = 0; i < report.getScoringItems().size(); i++) {
            ScoringItemRow row = report.getScoringItems().get(i);
            items.add(new ScoringItem(List.copyOf(paths.get(i)), Points.out(row.maxPoints()),
                    Points.out(row.selfScore()), row.explanation(), row.standard()));
        }
        return new Scoring(head.framework(), head.itemsPresent() ? List.copyOf(items) : null,
                head.deductionsPresent() ? report.getDeductions().stream().map(DeductionRow::toLine).toList() : null,
                Points.out(head.total()), head.grade());
    }

    private static ThreeLines lines(UnaryOperator<BigDecimal> out, BigDecimal overseas, BigDecimal vehicles,
            BigDecimal reception) {
        return overseas == null && vehicles == null && reception == null ? null
                : new ThreeLines(out.apply(overseas), out.apply(vehicles), out.apply(reception));
    }

    private static Funds funds(UnaryOperator<BigDecimal> out, BigDecimal fiscal, BigDecimal other) {
        return fiscal == null && other == null ? null : new Funds(out.apply(fiscal), out.apply(other));
    }

    private static UnaryOperator<BigDecimal> yuan(MoneyUnit unit) {
        return amount -> amount == null ? null : unit.toYuan(amount).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static boolean isEmpty(StatedTotals t) {
        return t.income() == null && t.incomeFiscal() == null && t.incomeOther() == null && t.expenditure() == null
                && t.basic() == null && t.project() == null && t.openingBalance() == null
                && t.closingBalance() == null;
    }
}
