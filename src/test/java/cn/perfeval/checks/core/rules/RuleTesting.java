package cn.perfeval.checks.core.rules;

import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Rule;
import cn.perfeval.report.ReportDocument;
import java.util.ArrayList;
import java.util.List;

/** Runs one rule alone. */
final class RuleTesting {

    private RuleTesting() {
    }

    static List<Finding> run(Rule rule, ReportDocument document) {
        return run(rule, document, CheckSettings.DEFAULTS);
    }

    static List<Finding> run(Rule rule, ReportDocument document, CheckSettings settings) {
        List<Finding> out = new ArrayList<>();
        rule.check(document, settings, out);
        return out;
    }
}
