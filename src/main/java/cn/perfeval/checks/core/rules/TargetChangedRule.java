package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.rules.Texts.message;

import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.DeclaredTargets;
import cn.perfeval.checks.core.Figures;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.ParsedValue;
import cn.perfeval.checks.core.Rule;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.checks.core.TargetParser;
import cn.perfeval.report.ReportDocument;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An indicator whose stated target (年度指标值) is not the one approved in the declaration
 * ({@link CheckSettings#declared()}): an error, since a target lowered at year end would hide a weak
 * actual. The same target written otherwise ({@code ≥95%}, {@code ≥ 95 %}, {@code ≥95％}, {@code 95%及以上})
 * is no finding ({@link TargetParser#sameTarget}). Indicators are paired as {@link DeclaredIndicators} says.
 * Finding: column {@code target}; expected and found the numbers of the approved and stated targets where both
 * parse; {@link Finding#declared()} the indicator, both targets and the approved version.
 */
public final class TargetChangedRule implements Rule {

    public static final String ID = "target.changed";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        DeclaredTargets declaration = settings.declared();
        if (declaration == null) {
            return;
        }
        for (DeclaredIndicators.Pair pair : DeclaredIndicators.compare(document, declaration).pairs()) {
            DeclaredIndicators.Stated stated = pair.stated();
            if (stated == null) {
                continue;
            }
            String approved = Texts.name(pair.declared().target());
            String target = Texts.name(stated.indicator().target());
            if (TargetParser.sameTarget(approved, target)) {
                continue;
            }
            Optional<ParsedValue> approvedValue = TargetParser.parse(approved);
            Optional<ParsedValue> statedValue = TargetParser.parse(target);
            BigDecimal expected = approvedValue.isPresent() && statedValue.isPresent()
                    ? approvedValue.get().number() : null;
            BigDecimal found = expected == null ? null : statedValue.get().number();
            String version = String.valueOf(declaration.version());
            var indicator = stated.indicator();
            out.add(new Finding(ID, Severity.ERROR, stated.table(), stated.row(), "target", expected, found,
                    Figures.stated(target)
                            ? message("check.target.changed", stated.name(), approved, target, version)
                            : message("check.target.changed.blank", stated.name(), approved, version),
                    DeclaredIndicators.declared(indicator.level1(), indicator.level2(), stated.name(), approved, target,
                            declaration.version())));
        }
    }
}
