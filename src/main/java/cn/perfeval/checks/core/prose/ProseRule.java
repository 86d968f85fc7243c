package cn.perfeval.checks.core.prose;

import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Rule;
import cn.perfeval.report.ReportDocument;
import java.util.List;

/**
 * One check of the figures written in the report's prose ({@link ProseChecks}): {@code prose.figure},
 * {@code prose.sum}, {@code prose.share}, {@code prose.change} or {@code prose.rate}.
 */
public final class ProseRule implements Rule {

    private final String id;

    private ProseRule(String id) {
        this.id = id;
    }

    /** The five prose checks, in the order above. */
    public static List<Rule> all() {
        return List.of(new ProseRule(ProseChecks.FIGURE), new ProseRule(ProseChecks.SUM),
                new ProseRule(ProseChecks.SHARE), new ProseRule(ProseChecks.CHANGE), new ProseRule(ProseChecks.RATE));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        ProseChecks checks = ProseChecks.of(document);
        switch (id) {
            case ProseChecks.FIGURE -> checks.figures(out);
            case ProseChecks.SUM -> checks.sums(out);
            case ProseChecks.SHARE -> checks.shares(out);
            case ProseChecks.CHANGE -> checks.changes(out);
            default -> checks.rates(out);
        }
    }
}
