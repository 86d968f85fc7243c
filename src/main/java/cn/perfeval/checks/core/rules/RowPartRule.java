package cn.perfeval.checks.core.rules;

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
 * Where a row states its total and one of its two parts but leaves the other blank ({@link
 * RowIdentityRule} cannot judge it: a blank is unknown, not zero), the stated part cannot exceed
 * the total, since the blank part would then have to be negative: 合计 ≥ 财政拨款 when 其他收入 is
 * blank, 合计 ≥ 基本支出 when 项目支出 is blank, and so on; likewise for the stated totals. Finding:
 * column {@code total} (rows) or the total's field (table {@code totals}); expected the stated
 * part (the least the total can be), found the total.
 */
public final class RowPartRule implements Rule {

    public static final String ID = "row.part";

    private static final String[] TOTAL_FIELDS = {"income", "incomeFiscal", "incomeOther", "expenditure", "basic",
        "project"};

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        Integer unit = Figures.unitIndex(document.unit());
        for (Tables.Table table : Tables.of(document)) {
            for (Tables.Row row : table.rows()) {
                BigDecimal total = row.total();
                for (int known = 1; known <= 2; known++) {
                    int blank = 3 - known;
                    BigDecimal part = row.value(known);
                    if (total != null && part != null && row.value(blank) == null && part.compareTo(total) > 0) {
                        out.add(new Finding(ID, Severity.ERROR, table.name(), row.code(), "total", part, total,
                                message("check.row.part", table.index(), row.code(), name(row.name()),
                                        table.columnIndex(blank), table.columnIndex(known), money(part), money(total),
                                        money(total.subtract(part)), unit)));
                    }
                }
            }
        }
        Totals totals = document.totals();
        if (totals != null) {
            totals(0, totals.income(), totals.incomeFiscal(), totals.incomeOther(), unit, out);
            totals(3, totals.expenditure(), totals.basic(), totals.project(), unit, out);
        }
    }

    private static void totals(int totalIndex, BigDecimal total, BigDecimal first, BigDecimal second, Integer unit,
            List<Finding> out) {
        if (total == null || (first == null) == (second == null)) {
            return;
        }
        boolean firstKnown = first != null;
        BigDecimal part = firstKnown ? first : second;
        int known = totalIndex + (firstKnown ? 1 : 2);
        int blank = totalIndex + (firstKnown ? 2 : 1);
        if (part.compareTo(total) > 0) {
            out.add(new Finding(ID, Severity.ERROR, "totals", null, TOTAL_FIELDS[totalIndex], part, total,
                    message("check.row.part.totals", blank, known, money(part), totalIndex, money(total),
                            money(total.subtract(part)), unit)));
        }
    }
}
