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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A classification code present in one of the income and expenditure tables only, where the
 * year carries balances over (the stated opening or closing balance is not zero, or unknown):
 * spending from a carry-over, or income carried over, can explain it, so it is a warning the
 * drafter answers in the explanation. Where nothing is carried over, {@link IncomeExpenditureRule}
 * names such rows in its error instead, and this rule is silent. Only the highest such code of a
 * branch is named (a 款 missing on the other side, not also each of its 项). Not judged unless
 * both tables state rows. Finding: the table holding the row, row its code, column {@code total};
 * expected {@code null} (the other table has no such row), found its total.
 */
public final class TreeOneSidedRule implements Rule {

    public static final String ID = "tree.one-sided";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        Totals totals = document.totals();
        if (totals != null && Figures.isZero(totals.openingBalance()) && Figures.isZero(totals.closingBalance())) {
            return;
        }
        Tables.Table income = Tables.income(document);
        Tables.Table expenditure = Tables.expenditure(document);
        if (income.rows().isEmpty() || expenditure.rows().isEmpty()) {
            return;
        }
        Integer unit = Figures.unitIndex(document.unit());
        oneSided(income, codes(expenditure), unit, out);
        oneSided(expenditure, codes(income), unit, out);
    }

    private static void oneSided(Tables.Table table, Set<String> other, Integer unit, List<Finding> out) {
        Set<String> own = codes(table);
        for (Tables.Row row : table.rows()) {
            if (other.contains(row.code())) {
                continue;
            }
            String parent = row.parentCode();
            if (parent != null && own.contains(parent) && !other.contains(parent)) {
                continue;
            }
            out.add(new Finding(ID, Severity.WARNING, table.name(), row.code(), "total", null, row.total(),
                    message("check.tree.one-sided", table.index(), row.code(), name(row.name()),
                            row.total() == null ? "—" : money(row.total()), unit)));
        }
    }

    private static Set<String> codes(Tables.Table table) {
        Set<String> codes = new HashSet<>();
        table.rows().forEach(r -> codes.add(r.code()));
        return codes;
    }
}
