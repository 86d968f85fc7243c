package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.rules.Texts.message;

import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.DeclaredTargets;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Rule;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument;
import java.util.List;

/**
 * An indicator the report states that the approved declaration ({@link CheckSettings#declared()}) does not
 * have: a warning (decision 0039). An added indicator hides nothing of the approved ones, which
 * {@code target.missing} and {@code target.changed} guard, but the reviewers should see that it was not
 * approved. Indicators are paired as {@link DeclaredIndicators} says. Finding: row the indicator's, no column;
 * {@link Finding#declared()} the indicator, its stated target and the approved version.
 */
public final class TargetUndeclaredRule implements Rule {

    public static final String ID = "target.undeclared";

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
        for (DeclaredIndicators.Stated stated : DeclaredIndicators.compare(document, declaration).undeclared()) {
            var indicator = stated.indicator();
            out.add(new Finding(ID, Severity.WARNING, stated.table(), stated.row(), null, null, null,
                    message("check.target.undeclared",
                            DeclaredIndicators.path(indicator.level1(), indicator.level2(), stated.name()),
                            Texts.name(indicator.target()), String.valueOf(declaration.version())),
                    DeclaredIndicators.declared(indicator.level1(), indicator.level2(), stated.name(), null,
                            Texts.name(indicator.target()), declaration.version())));
        }
    }
}
