package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.rules.Texts.gap;
import static cn.perfeval.checks.core.rules.Texts.message;
import static cn.perfeval.checks.core.rules.Texts.money;

import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Figures;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Rule;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Totals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The stated totals against the 类 rows: {@code income} = Σ 类 income total, {@code incomeFiscal}
 * = Σ 类 fiscal, {@code incomeOther} = Σ 类 other, {@code expenditure} = Σ 类 expenditure total,
 * {@code basic} = Σ 类 basic, {@code project} = Σ 类 project. Not judged where the stated total,
 * or any 类 value, is unknown, or the table has no 类 row. Finding: table {@code totals}, column
 * the total's field; expected Σ 类, found the stated total.
 */
public final class TotalsRowsRule implements Rule {

    public static final String ID = "totals.rows";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        Totals totals = document.totals();
        if (totals == null) {
            return;
        }
        Integer unit = Figures.unitIndex(document.unit());
        if (document.income() != null) {
            Tables.Table income = Tables.income(document);
            compare(income, 0, "income", totals.income(), unit, out);
            compare(income, 1, "incomeFiscal", totals.incomeFiscal(), unit, out);
            compare(income, 2, "incomeOther", totals.incomeOther(), unit, out);
        }
        if (document.expenditure() != null) {
            Tables.Table expenditure = Tables.expenditure(document);
            compare(expenditure, 0, "expenditure", totals.expenditure(), unit, out);
            compare(expenditure, 1, "basic", totals.basic(), unit, out);
            compare(expenditure, 2, "project", totals.project(), unit, out);
        }
    }

    private static void compare(Tables.Table table, int column, String field, BigDecimal stated, Integer unit,
            List<Finding> out) {
        if (stated == null) {
            return;
        }
        List<BigDecimal> lei = new ArrayList<>();
        for (Tables.Row row : table.rows()) {
            if (row.isLei()) {
                lei.add(row.value(column));
            }
        }
        BigDecimal sum = Figures.sum(lei);
        if (!lei.isEmpty() && Figures.differ(stated, sum)) {
            out.add(new Finding(ID, Severity.ERROR, "totals", null, field, sum, stated,
                    message("check.totals.rows." + field, money(stated), money(sum), gap(stated, sum), unit)));
        }
    }
}
