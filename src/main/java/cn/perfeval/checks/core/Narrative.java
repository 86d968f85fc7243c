package cn.perfeval.checks.core;

import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.BudgetLine;
import cn.perfeval.report.ReportDocument.Totals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard sentences of a report, generated from its figures so that text and tables agree.
 *
 * <p>Amounts are written in 万元 with two decimals and thousands separators, whatever the
 * document's unit; percentages are computed from the figures with two decimals, half up. The
 * year is passed as text ({@code "2022"}), every other argument as written text too. Sentences
 * that name the year are left out where the document states none.
 */
public final class Narrative {

    private Narrative() {
    }

    /**
     * 收入支出总体情况, the shares of basic and project expenditure, the change against last year's
     * report where there is one ({@code previousYear} may be {@code null}), and the budget items'
     * execution rates; only sentences whose figures the document states.
     */
    public static List<LocalizedMessage> sentences(ReportDocument current, ReportDocument previousYear) {
        List<LocalizedMessage> sentences = new ArrayList<>();
        MoneyUnit unit = Figures.unitOf(current.unit());
        Totals totals = current.totals();
        Totals previous = previousYear == null ? null : previousYear.totals();
        MoneyUnit previousUnit = previousYear == null ? null : Figures.unitOf(previousYear.unit());
        String year = current.year() == null ? null : String.valueOf(current.year());

        if (totals != null && year != null) {
            split(sentences, "narrative.income", year, totals.income(), totals.incomeFiscal(), totals.incomeOther(), unit);
            if (previous != null) {
                change(sentences, "narrative.income", totals.income(), unit, previous.income(), previousUnit);
            }
            split(sentences, "narrative.expenditure", year, totals.expenditure(), totals.basic(), totals.project(), unit);
            if (previous != null) {
                change(sentences, "narrative.expenditure", totals.expenditure(), unit, previous.expenditure(), previousUnit);
            }
        }
        if (current.budget() != null) {
            for (BudgetLine line : current.budget()) {
                budget(sentences, line, unit);
            }
        }
        return sentences;
    }

    /** "{year}年度收入合计X万元，其中：A X万元，占p%；B Y万元，占q%。", or the total alone. */
    private static void split(List<LocalizedMessage> out, String key, String year, BigDecimal total, BigDecimal first,
            BigDecimal second, MoneyUnit unit) {
        if (total == null) {
            return;
        }
        if (first != null && second != null && total.signum() != 0) {
            out.add(new LocalizedMessage(key, year, wan(total, unit), wan(first, unit),
                    Figures.percentText(Figures.percent(first, total)), wan(second, unit),
                    Figures.percentText(Figures.percent(second, total))));
        } else {
            out.add(new LocalizedMessage(key + ".total", year, wan(total, unit)));
        }
    }

    /** "收入合计比上年增加X万元，增长p%。" and its kin. */
    private static void change(List<LocalizedMessage> out, String key, BigDecimal now, MoneyUnit unit, BigDecimal before,
            MoneyUnit beforeUnit) {
        if (now == null || before == null) {
            return;
        }
        BigDecimal nowYuan = unit.toYuan(now);
        BigDecimal beforeYuan = beforeUnit.toYuan(before);
        BigDecimal difference = nowYuan.subtract(beforeYuan);
        String amount = Figures.wanYuan(difference.abs(), MoneyUnit.YUAN);
        if (difference.signum() == 0) {
            out.add(new LocalizedMessage(key + ".unchanged", Figures.wanYuan(beforeYuan, MoneyUnit.YUAN)));
        } else if (beforeYuan.signum() <= 0) {
            out.add(new LocalizedMessage(key + (difference.signum() > 0 ? ".increase-from-none" : ".decrease-from-none"),
                    amount));
        } else {
            String percent = Figures.percentText(Figures.percent(difference.abs(), beforeYuan));
            out.add(new LocalizedMessage(key + (difference.signum() > 0 ? ".increase" : ".decrease"), amount, percent));
        }
    }

    /** "人员类项目年初预算A万元，调整预算B万元，执行C万元，执行率p%。" with the figures stated. */
    private static void budget(List<LocalizedMessage> out, BudgetLine line, MoneyUnit unit) {
        BigDecimal basis = line.adjusted() != null ? line.adjusted() : line.initial();
        if (!Figures.stated(line.item()) || line.executed() == null || basis == null || basis.signum() <= 0) {
            return;
        }
        String item = line.item().strip();
        String rate = Figures.percentText(Figures.percent(line.executed(), basis));
        if (line.adjusted() != null && line.initial() != null) {
            out.add(new LocalizedMessage("narrative.budget.adjusted", item, wan(line.initial(), unit),
                    wan(line.adjusted(), unit), wan(line.executed(), unit), rate));
        } else if (line.adjusted() != null) {
            out.add(new LocalizedMessage("narrative.budget.adjusted-only", item, wan(line.adjusted(), unit),
                    wan(line.executed(), unit), rate));
        } else {
            out.add(new LocalizedMessage("narrative.budget.initial", item, wan(line.initial(), unit),
                    wan(line.executed(), unit), rate));
        }
    }

    private static String wan(BigDecimal amount, MoneyUnit unit) {
        return Figures.wanYuan(amount, unit);
    }
}
