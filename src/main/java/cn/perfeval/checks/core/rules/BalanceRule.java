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
import java.util.List;

/**
 * 年初结转结余 + 本年收入 = 本年支出 + 年末结转结余, where all four are stated. Finding: table
 * {@code totals}, column {@code closingBalance} (the figure that balances the year); expected
 * opening balance + income, found expenditure + closing balance.
 */
public final class BalanceRule implements Rule {

    public static final String ID = "balance";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        Totals t = document.totals();
        if (t == null) {
            return;
        }
        BigDecimal available = Figures.add(t.openingBalance(), t.income());
        BigDecimal used = Figures.add(t.expenditure(), t.closingBalance());
        if (Figures.differ(available, used)) {
            out.add(new Finding(ID, Severity.ERROR, "totals", null, "closingBalance", available, used,
                    message("check.balance", money(t.openingBalance()), money(t.income()), money(available),
                            money(t.expenditure()), money(t.closingBalance()), money(used), gap(available, used),
                            Figures.unitIndex(document.unit()))));
        }
    }
}
