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
import java.util.Arrays;
import java.util.List;

/**
 * A negative amount in the income or expenditure table, or among the stated totals and balances:
 * a warning, since an offset (冲减) can be negative but a typing error often is too. Finding: the
 * table, row and column of the amount; expected zero (the least an amount usually is), found the
 * amount.
 */
public final class NegativeAmountRule implements Rule {

    public static final String ID = "amount.negative";

    private static final List<String> TOTAL_FIELDS = List.of("income", "incomeFiscal", "incomeOther", "expenditure",
            "basic", "project", "openingBalance", "closingBalance");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        Integer unit = Figures.unitIndex(document.unit());
        for (Tables.Table table : Tables.of(document)) {
            for (Tables.Row row : table.rows()) {
                for (int c = 0; c < table.columns().size(); c++) {
                    BigDecimal value = row.value(c);
                    if (value != null && value.signum() < 0) {
                        out.add(new Finding(ID, Severity.WARNING, table.name(), row.code(), table.columns().get(c),
                                BigDecimal.ZERO, value, message("check.amount.negative", table.index(), row.code(),
                                        name(row.name()), table.columnIndex(c), money(value), unit)));
                    }
                }
            }
        }
        Totals t = document.totals();
        if (t != null) {
            List<BigDecimal> values = Arrays.asList(t.income(), t.incomeFiscal(), t.incomeOther(), t.expenditure(),
                    t.basic(), t.project(), t.openingBalance(), t.closingBalance());
            for (int i = 0; i < values.size(); i++) {
                BigDecimal value = values.get(i);
                if (value != null && value.signum() < 0) {
                    out.add(new Finding(ID, Severity.WARNING, "totals", null, TOTAL_FIELDS.get(i), BigDecimal.ZERO, value,
                            message("check.amount.negative.totals", i, money(value), unit)));
                }
            }
        }
    }
}
