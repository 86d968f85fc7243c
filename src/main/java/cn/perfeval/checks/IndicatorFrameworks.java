package cn.perfeval.checks;

import cn.perfeval.checks.core.Framework;
import cn.perfeval.checks.core.Scorer;
import cn.perfeval.report.ReportKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the indicators of a kind's targets must add up to and which first-level indicators they
 * must have, from the kind's scoring framework ({@code perfeval.checks.*-framework}) where it states
 * its points per first-level indicator (产出 / 效益 / 满意度), else by the national rule
 * (财预〔2020〕10号): 100 points, 产出指标, 效益指标 and 满意度指标. The framework's 预算执行率 item
 * is not an indicator to declare.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorFrameworks {

    /** The first-level indicators of the national rule. */
    static final List<String> NATIONAL_LEVELS = List.of("产出指标", "效益指标", "满意度指标");
    static final BigDecimal NATIONAL_TOTAL = new BigDecimal("100");

    private final ScoringFrameworks frameworks;
    private final CheckProperties properties;

    IndicatorFrameworks(ScoringFrameworks frameworks, CheckProperties properties) {
        this.frameworks = frameworks;
        this.properties = properties;
    }

    /**
     * The indicator weights' total and required first levels of a kind.
     *
     * @param framework the framework's name, or the national rule's where the kind's framework does not weigh indicators
     * @param total what the weights add up to
     * @param levels the first-level indicators required, each at least once
     */
    public record FirstLevels(String framework, BigDecimal total, List<String> levels) {

        public FirstLevels {
            levels = List.copyOf(levels);
        }
    }

    /** The total and first levels of the indicators of a kind's targets. */
    public FirstLevels forKind(ReportKind kind) {
        return frameworks.find(properties.frameworkFor(kind)).filter(IndicatorFrameworks::indicatorShaped)
                .map(IndicatorFrameworks::of)
                .orElseGet(() -> new FirstLevels("财预〔2020〕10号", NATIONAL_TOTAL, NATIONAL_LEVELS));
    }

    private static FirstLevels of(Framework framework) {
        List<String> levels = new ArrayList<>();
        for (Framework.Item item : framework.items()) {
            String level = item.path().getFirst();
            if (!Scorer.EXECUTION_RATE_ITEM.equals(level) && !levels.contains(level)) {
                levels.add(level);
            }
        }
        return new FirstLevels(framework.name(), framework.totalPoints(), levels);
    }

    /** Whether the framework states its points per first-level indicator (产出, 效益 / 效果, 满意度, 预算执行率). */
    private static boolean indicatorShaped(Framework framework) {
        if (framework.items() == null || framework.items().isEmpty() || framework.totalPoints() == null) {
            return false;
        }
        boolean output = false;
        for (Framework.Item item : framework.items()) {
            if (item.path() == null || item.path().isEmpty()) {
                return false;
            }
            String level = item.path().getFirst();
            output |= level.startsWith("产出");
            if (!level.equals(Scorer.EXECUTION_RATE_ITEM) && !level.startsWith("产出") && !level.startsWith("效益")
                    && !level.startsWith("效果") && !level.contains("满意度")) {
                return false;
            }
        }
        return output;
    }
}
