package cn.perfeval.checks.core;

import cn.perfeval.report.ReportDocument;
import java.util.List;

/** Runs rules over a report document. */
public final class Checker {

    private final List<Rule> rules;

    public Checker(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every rule of the product. */
    public static Checker standard() {
        throw new UnsupportedOperationException("rules not yet written");
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The findings of every rule, errors first, then in the order of the report's parts. */
    public List<Finding> check(ReportDocument document, CheckSettings settings) {
        throw new UnsupportedOperationException("rules not yet written");
    }
}
