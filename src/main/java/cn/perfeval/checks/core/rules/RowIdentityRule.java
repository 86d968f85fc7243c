package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.rules.Texts.gap;
import static cn.perfeval.checks.core.rules.Texts.message;
import static cn.perfeval.checks.core.rules.Texts.money;
import static cn.perfeval.checks.core.rules.Texts.name;

import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Figures;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Rule;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Totals;
import java.math.BigDecimal;
import java.util.List;

/**
 * Each row's {@code total} = {@code fiscal} + {@code other} (income) or {@code basic} +
 * {@code project} (expenditure), and the same of the stated totals ({@code income} =
 * {@code incomeFiscal} + {@code incomeOther}, {@code expenditure} = {@code basic} + {@code project}).
 * Not judged where any of the three is unknown. Finding: column {@code total} (rows) or the total's
 * field (table {@code totals}); expected the sum of the parts, found the stated total.
 */
public final class RowIdentityRule implements Rule {

    public static final String ID = "row.identity";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        Integer unit = Figures.unitIndex(document.unit());
        for (Tables.Table table : Tables.of(document)) {
            for (Tables.Row row : table.rows()) {
                BigDecimal parts = Figures.add(row.value(1), row.value(2));
                if (Figures.differ(row.total(), parts)) {
                    out.add(new Finding(ID, Severity.ERROR, table.name(), row.code(), "total", parts, row.total(),
                            message("check.row.identity." + table.name(), row.code(), name(row.name()),
                                    money(row.total()), money(row.value(1)), money(row.value(2)), money(parts),
                                    gap(row.total(), parts), unit)));
                }
            }
        }
        Totals totals = document.totals();
        if (totals != null) {
            totals(totals.income(), totals.incomeFiscal(), totals.incomeOther(), "income", unit, out);
            totals(totals.expenditure(), totals.basic(), totals.project(), "expenditure", unit, out);
        }
    }

    private static void totals(BigDecimal total, BigDecimal first, BigDecimal second, String field, Integer unit,
            List<Finding> out) {
        BigDecimal parts = Figures.add(first, second);
        if (Figures.differ(total, parts)) {
            out.add(new Finding(ID, Severity.ERROR, "totals", null, field, parts, total,
                    message("check.row.identity.totals." + field, money(total), money(first), money(second),
                            money(parts), gap(total, parts), unit)));
        }
    }
}
