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
 * An indicator of the approved declaration ({@link CheckSettings#declared()}) that the report does not
 * state: an error (decision 0039), since leaving out an approved indicator hides how it was met as surely as
 * changing its target. Indicators are paired as {@link DeclaredIndicators} says. Finding: row the declared
 * indicator's name (after its project's for a project report), no column; {@link Finding#declared()} the
 * indicator, its approved target and the approved version.
 */
public final class TargetMissingRule implements Rule {

    public static final String ID = "target.missing";

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
        DeclaredIndicators.Comparison comparison = DeclaredIndicators.compare(document, declaration);
        for (DeclaredIndicators.Pair pair : comparison.pairs()) {
            if (pair.stated() != null) {
                continue;
            }
            DeclaredTargets.Indicator declared = pair.declared();
            out.add(new Finding(ID, Severity.ERROR, comparison.table(), comparison.rowOf(declared), null, null, null,
                    message("check.target.missing",
                            DeclaredIndicators.path(declared.level1(), declared.level2(), declared.name()),
                            Texts.name(declared.target()), String.valueOf(declaration.version())),
                    DeclaredIndicators.declared(declared.level1(), declared.level2(), declared.name(),
                            Texts.name(declared.target()), null, declaration.version())));
        }
    }
}
