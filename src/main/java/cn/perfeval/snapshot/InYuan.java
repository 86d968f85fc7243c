package cn.perfeval.snapshot;

import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Assets;
import cn.perfeval.report.ReportDocument.BudgetLine;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.Funds;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportDocument.Project;
import cn.perfeval.report.ReportDocument.ThreeLines;
import cn.perfeval.report.ReportDocument.ThreePublicExpenses;
import cn.perfeval.report.ReportDocument.Totals;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A report document with every amount of money in yuan, exactly: the form snapshots are kept in,
 * so that two rounds compare whatever unit the report came in. Points, weights and counts are
 * not money and stay as they are.
 */
final class InYuan {

    private InYuan() {
    }

    static ReportDocument of(ReportDocument d) {
        MoneyUnit unit = d.unit() == null ? MoneyUnit.YUAN : d.unit();
        if (unit == MoneyUnit.YUAN) {
            return d;
        }
        UnaryOperator<BigDecimal> y = unit::toYuan;
        Totals t = d.totals();
        ThreePublicExpenses tp = d.threePublicExpenses();
        Assets as = d.assets();
        return new ReportDocument(d.formatVersion(), d.kind(), d.year(), MoneyUnit.YUAN, d.department(), d.mainTasks(),
                map(d.income(), r -> new IncomeLine(r.code(), r.name(), y.apply(r.total()), y.apply(r.fiscal()),
                        y.apply(r.other()))),
                map(d.expenditure(), r -> new ExpenditureLine(r.code(), r.name(), y.apply(r.total()),
                        y.apply(r.basic()), y.apply(r.project()))),
                t == null ? null : new Totals(y.apply(t.income()), y.apply(t.incomeFiscal()), y.apply(t.incomeOther()),
                        y.apply(t.expenditure()), y.apply(t.basic()), y.apply(t.project()),
                        y.apply(t.openingBalance()), y.apply(t.closingBalance())),
                map(d.budget(), b -> new BudgetLine(b.item(), y.apply(b.initial()), y.apply(b.adjusted()),
                        y.apply(b.executed()))),
                tp == null ? null : new ThreePublicExpenses(lines(tp.budget(), y), lines(tp.actual(), y),
                        tp.receptionBatches(), tp.receptionPersons()),
                as == null ? null : new Assets(y.apply(as.total()), y.apply(as.liabilities()), y.apply(as.net()),
                        y.apply(as.fixedAssetsOriginal()), y.apply(as.fixedAssetsInUse())),
                d.indicators(),
                map(d.projects(), p -> new Project(p.name(), funds(p.budget(), y), funds(p.executed(), y), p.target(),
                        p.indicators())),
                d.scoring(), d.conclusion(), d.problems(), d.suggestions(), d.resultUse(), d.publication(), d.project(),
                d.narrative());
    }

    private static ThreeLines lines(ThreeLines l, UnaryOperator<BigDecimal> y) {
        return l == null ? null : new ThreeLines(y.apply(l.overseas()), y.apply(l.vehicles()), y.apply(l.reception()));
    }

    private static Funds funds(Funds f, UnaryOperator<BigDecimal> y) {
        return f == null ? null : new Funds(y.apply(f.fiscal()), y.apply(f.other()));
    }

    private static <T> List<T> map(List<T> list, Function<T, T> f) {
        return list == null ? null : list.stream().map(f).toList();
    }
}
