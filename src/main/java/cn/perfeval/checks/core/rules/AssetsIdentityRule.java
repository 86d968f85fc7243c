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
import cn.perfeval.report.ReportDocument.Assets;
import java.math.BigDecimal;
import java.util.List;

/**
 * 资产总额 = 负债总额 + 净资产, where all three are stated. Finding: table {@code assets}, column
 * {@code total}; expected liabilities + net assets, found the stated total.
 */
public final class AssetsIdentityRule implements Rule {

    public static final String ID = "assets.identity";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        Assets a = document.assets();
        if (a == null) {
            return;
        }
        BigDecimal parts = Figures.add(a.liabilities(), a.net());
        if (Figures.differ(a.total(), parts)) {
            out.add(new Finding(ID, Severity.ERROR, "assets", null, "total", parts, a.total(),
                    message("check.assets.identity", money(a.total()), money(a.liabilities()), money(a.net()),
                            money(parts), gap(a.total(), parts), Figures.unitIndex(document.unit()))));
        }
    }
}
