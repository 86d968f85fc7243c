package cn.perfeval.report;

import cn.perfeval.identity.DepartmentInfo;
import cn.perfeval.report.ReportDocument.DepartmentPart;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportDocument.Staffing;
import cn.perfeval.report.ReportDocument.Totals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Maps between the interchange document and the stored report, converting money units exactly. */
@Component
class ReportDocuments {

    /** The parts of the document that are kept as JSON until they have tables of their own. */
    record PendingParts(List<ReportDocument.BudgetLine> budget, ReportDocument.ThreePublicExpenses threePublicExpenses,
            ReportDocument.Assets assets, List<ReportDocument.Indicator> indicators,
            List<ReportDocument.Project> projects, ReportDocument.Scoring scoring) {
    }

    private final JsonMapper json;

    ReportDocuments(JsonMapper json) {
        this.json = json;
    }

    /** Writes the parts a drafter edits (basic information, tables, totals, texts), in yuan. */
    void applyEditable(Report report, ReportDocument doc) {
        UnaryOperator<BigDecimal> yuan = amount -> amount == null ? null
                : doc.unit().toYuan(amount).setScale(2, RoundingMode.UNNECESSARY);
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
        report.setTexts(doc.conclusion(), doc.problems(), doc.suggestions(), doc.resultUse(), doc.publication());
    }

    /** Keeps the parts without tables of their own as the document gave them, in its unit. */
    void applyPending(Report report, ReportDocument doc) {
        PendingParts pending = new PendingParts(doc.budget(), doc.threePublicExpenses(), doc.assets(),
                doc.indicators(), doc.projects(), doc.scoring());
        boolean empty = pending.budget() == null && pending.threePublicExpenses() == null && pending.assets() == null
                && pending.indicators() == null && pending.projects() == null && pending.scoring() == null;
        report.setPendingParts(empty ? null : json.writeValueAsString(pending));
    }

    /** The report as a document with its money in {@code unit}. */
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
        PendingParts pending = report.getPendingParts() == null ? null
                : json.readValue(report.getPendingParts(), PendingParts.class);
        boolean sameUnit = unit == report.getUnit();
        return new ReportDocument(ReportDocument.FORMAT_VERSION, report.getKind(), report.getYear(), unit, dept,
                report.getMainTasks(), income.isEmpty() ? null : income, expenditure.isEmpty() ? null : expenditure,
                totals,
                pending == null || !sameUnit ? null : pending.budget(),
                pending == null || !sameUnit ? null : pending.threePublicExpenses(),
                pending == null || !sameUnit ? null : pending.assets(),
                pending == null ? null : pending.indicators(),
                pending == null || !sameUnit ? null : pending.projects(),
                pending == null ? null : pending.scoring(),
                report.getConclusion(), report.getProblems(), report.getSuggestions(), report.getResultUse(),
                report.getPublication());
    }

    private static boolean isEmpty(StatedTotals t) {
        return t.income() == null && t.incomeFiscal() == null && t.incomeOther() == null && t.expenditure() == null
                && t.basic() == null && t.project() == null && t.openingBalance() == null
                && t.closingBalance() == null;
    }
}
