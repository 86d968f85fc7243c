package cn.perfeval.checks.core;

import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.BudgetLine;
import cn.perfeval.report.ReportDocument.Totals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard sentences of a report, generated from its figures so that text and tables agree.
 *
 * <p>Amounts are written in 万元 with two decimals and thousands separators, whatever the
 * document's unit, or in 元 with two decimals where asked ({@link #sentences(ReportDocument, ReportDocument,
 * MoneyUnit)}: the message keys then end in {@code .yuan}); percentages are computed from the figures with two decimals, half up. The
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
        return sentences(current, previousYear, MoneyUnit.WAN_YUAN);
    }

    /**
     * As {@link #sentences(ReportDocument, ReportDocument)}, the amounts written in {@code writeIn} (元 or 万元,
     * two decimals): the same sentences in the same order.
     */
    public static List<LocalizedMessage> sentences(ReportDocument current, ReportDocument previousYear,
            MoneyUnit writeIn) {
        Writer w = new Writer(writeIn == MoneyUnit.YUAN);
        List<LocalizedMessage> sentences = new ArrayList<>();
        MoneyUnit unit = Figures.unitOf(current.unit());
        Totals totals = current.totals();
        Totals previous = previousYear == null ? null : previousYear.totals();
        MoneyUnit previousUnit = previousYear == null ? null : Figures.unitOf(previousYear.unit());
        String year = current.year() == null ? null : String.valueOf(current.year());

        if (totals != null && year != null) {
            w.split(sentences, "narrative.income", year, totals.income(), totals.incomeFiscal(), totals.incomeOther(),
                    unit);
            if (previous != null) {
                w.change(sentences, "narrative.income", totals.income(), unit, previous.income(), previousUnit);
            }
            w.split(sentences, "narrative.expenditure", year, totals.expenditure(), totals.basic(), totals.project(),
                    unit);
            if (previous != null) {
                w.change(sentences, "narrative.expenditure", totals.expenditure(), unit, previous.expenditure(),
                        previousUnit);
            }
        }
        if (current.budget() != null) {
            for (BudgetLine line : current.budget()) {
                w.budget(sentences, line, unit);
            }
        }
        return sentences;
    }

    /** Writes the sentences with their amounts in 万元, or in 元. */
    private record Writer(boolean yuan) {

        /** "{year}年度收入合计X万元，其中：A X万元，占p%；B Y万元，占q%。", or the total alone. */
        void split(List<LocalizedMessage> out, String key, String year, BigDecimal total, BigDecimal first,
                BigDecimal second, MoneyUnit unit) {
            if (total == null) {
                return;
            }
            if (first != null && second != null && total.signum() != 0) {
                out.add(new LocalizedMessage(key(key), year, written(total, unit), written(first, unit),
                        Figures.percentText(Figures.percent(first, total)), written(second, unit),
                        Figures.percentText(Figures.percent(second, total))));
            } else {
                out.add(new LocalizedMessage(key(key + ".total"), year, written(total, unit)));
            }
        }

        /** "收入合计比上年增加X万元，增长p%。" and its kin. */
        void change(List<LocalizedMessage> out, String key, BigDecimal now, MoneyUnit unit, BigDecimal before,
                MoneyUnit beforeUnit) {
            if (now == null || before == null) {
                return;
            }
            BigDecimal nowYuan = unit.toYuan(now);
            BigDecimal beforeYuan = beforeUnit.toYuan(before);
            BigDecimal difference = nowYuan.subtract(beforeYuan);
            String amount = written(difference.abs(), MoneyUnit.YUAN);
            if (difference.signum() == 0) {
                out.add(new LocalizedMessage(key(key + ".unchanged"), written(beforeYuan, MoneyUnit.YUAN)));
            } else if (beforeYuan.signum() <= 0) {
                out.add(new LocalizedMessage(
                        key(key + (difference.signum() > 0 ? ".increase-from-none" : ".decrease-from-none")), amount));
            } else {
                String percent = Figures.percentText(Figures.percent(difference.abs(), beforeYuan));
                out.add(new LocalizedMessage(key(key + (difference.signum() > 0 ? ".increase" : ".decrease")), amount,
                        percent));
            }
        }

        /** "人员类项目年初预算A万元，调整预算B万元，执行C万元，执行率p%。" with the figures stated. */
        void budget(List<LocalizedMessage> out, BudgetLine line, MoneyUnit unit) {
            BigDecimal basis = line.adjusted() != null ? line.adjusted() : line.initial();
            if (!Figures.stated(line.item()) || line.executed() == null || basis == null || basis.signum() <= 0) {
                return;
            }
            String item = line.item().strip();
            String rate = Figures.percentText(Figures.percent(line.executed(), basis));
            if (line.adjusted() != null && line.initial() != null) {
                out.add(new LocalizedMessage(key("narrative.budget.adjusted"), item, written(line.initial(), unit),
                        written(line.adjusted(), unit), written(line.executed(), unit), rate));
            } else if (line.adjusted() != null) {
                out.add(new LocalizedMessage(key("narrative.budget.adjusted-only"), item, written(line.adjusted(), unit),
                        written(line.executed(), unit), rate));
            } else {
                out.add(new LocalizedMessage(key("narrative.budget.initial"), item, written(line.initial(), unit),
                        written(line.executed(), unit), rate));
            }
        }

        /** An amount in yuan or in 万元, two decimals half up, with thousands separators. */
        String written(BigDecimal amount, MoneyUnit unit) {
            if (!yuan) {
                return Figures.wanYuan(amount, unit);
            }
            return Figures.money(Figures.unitOf(unit).toYuan(amount).setScale(2, RoundingMode.HALF_UP));
        }

        /** The message key, with {@code .yuan} where amounts are written in 元. */
        String key(String key) {
            return yuan ? key + ".yuan" : key;
        }
    }
}
