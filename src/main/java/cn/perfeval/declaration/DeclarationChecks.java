package cn.perfeval.declaration;

import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.checks.IndicatorFrameworks;
import cn.perfeval.checks.IndicatorFrameworks.FirstLevels;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.checks.core.TargetParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The checks on a declaration's targets, by its kind's framework ({@link IndicatorFrameworks}):
 *
 * <ul>
 * <li>{@code declaration.weights.missing} (ERROR): an indicator without a weight.</li>
 * <li>{@code declaration.weights.total} (ERROR): the weights do not add up to the framework's total.</li>
 * <li>{@code declaration.level1.missing} (ERROR): a first-level indicator the framework requires
 * has no indicator.</li>
 * <li>{@code declaration.target.unparsed} (ERROR): the target of a quantitative indicator (二级指标
 * 数量 / 时效 / 成本) is not a value that can be compared ({@link TargetParser}).</li>
 * <li>{@code declaration.target.number-in-text} (WARNING): another target holds a number yet does not
 * read as a value.</li>
 * <li>{@code declaration.funds.sum} (ERROR): the total is not the fiscal plus the other funds, where
 * all three are stated.</li>
 * </ul>
 */
@Component
class DeclarationChecks {

    private final IndicatorFrameworks frameworks;

    DeclarationChecks(IndicatorFrameworks frameworks) {
        this.frameworks = frameworks;
    }

    /** The findings of a document that passed {@link DeclarationValidator}. */
    List<DeclarationFinding> check(DeclarationDocument doc) {
        List<DeclarationFinding> out = new ArrayList<>();
        funds(doc, out);
        List<DeclarationDocument.Indicator> indicators = doc.indicators() == null ? List.of() : doc.indicators();
        FirstLevels levels = frameworks.forKind(doc.kind());
        weights(indicators, levels, out);
        firstLevels(indicators, levels, out);
        targets(indicators, out);
        return List.copyOf(out);
    }

    private static void funds(DeclarationDocument doc, List<DeclarationFinding> out) {
        DeclarationDocument.Funds f = doc.funds();
        if (f == null || f.total() == null || f.fiscal() == null || f.other() == null) {
            return;
        }
        BigDecimal sum = f.fiscal().add(f.other());
        if (sum.compareTo(f.total()) != 0) {
            out.add(new DeclarationFinding("declaration.funds.sum", Severity.ERROR, "funds.total",
                    new LocalizedMessage("declaration.check.funds.sum", f.total().toPlainString(),
                            f.fiscal().toPlainString(), f.other().toPlainString(), sum.toPlainString())));
        }
    }

    private static void weights(List<DeclarationDocument.Indicator> indicators, FirstLevels levels,
            List<DeclarationFinding> out) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean missing = false;
        for (int i = 0; i < indicators.size(); i++) {
            DeclarationDocument.Indicator row = indicators.get(i);
            if (row.weight() == null) {
                missing = true;
                out.add(new DeclarationFinding("declaration.weights.missing", Severity.ERROR,
                        "indicators[" + i + "].weight", new LocalizedMessage("declaration.check.weights.missing",
                                String.valueOf(i + 1), label(row))));
            } else {
                sum = sum.add(row.weight());
            }
        }
        if (!missing && sum.compareTo(levels.total()) != 0) {
            out.add(new DeclarationFinding("declaration.weights.total", Severity.ERROR, "indicators",
                    new LocalizedMessage("declaration.check.weights.total", plain(sum), plain(levels.total()),
                            levels.framework())));
        }
    }

    private static void firstLevels(List<DeclarationDocument.Indicator> indicators, FirstLevels levels,
            List<DeclarationFinding> out) {
        for (String level : levels.levels()) {
            boolean present = indicators.stream().map(DeclarationDocument.Indicator::level1)
                    .anyMatch(stated -> names(stated, level));
            if (!present) {
                out.add(new DeclarationFinding("declaration.level1.missing", Severity.ERROR, "indicators",
                        new LocalizedMessage("declaration.check.level1.missing", level, levels.framework())));
            }
        }
    }

    private static void targets(List<DeclarationDocument.Indicator> indicators, List<DeclarationFinding> out) {
        for (int i = 0; i < indicators.size(); i++) {
            DeclarationDocument.Indicator row = indicators.get(i);
            if (row.target() == null || TargetParser.parse(row.target()).isPresent()) {
                continue;
            }
            String field = "indicators[" + i + "].target";
            if (quantitative(row.level2())) {
                out.add(new DeclarationFinding("declaration.target.unparsed", Severity.ERROR, field,
                        new LocalizedMessage("declaration.check.target.unparsed", String.valueOf(i + 1), label(row),
                                row.level2().strip(), row.target().strip())));
            } else if (row.target().chars().anyMatch(Character::isDigit)) {
                out.add(new DeclarationFinding("declaration.target.number-in-text", Severity.WARNING, field,
                        new LocalizedMessage("declaration.check.target.number-in-text", String.valueOf(i + 1),
                                label(row), row.target().strip())));
            }
        }
    }

    /** Whether a second level is one whose targets are numbers: 数量指标, 时效指标, 成本指标. */
    static boolean quantitative(String level2) {
        return level2 != null && (level2.contains("数量") || level2.contains("时效") || level2.contains("成本"));
    }

    /** Whether the stated first level is the framework's (满意度指标 for 服务对象满意度指标). */
    private static boolean names(String stated, String level) {
        if (stated == null || stated.isBlank()) {
            return false;
        }
        String s = stated.strip();
        return s.equals(level) || s.contains(level) || level.contains(s);
    }

    private static String label(DeclarationDocument.Indicator row) {
        return row.name() == null ? "" : row.name().strip();
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
