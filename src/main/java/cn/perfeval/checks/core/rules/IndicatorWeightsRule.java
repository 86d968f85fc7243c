package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.rules.Texts.message;

import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Figures;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Framework;
import cn.perfeval.checks.core.Rule;
import cn.perfeval.checks.core.Scorer;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportDocument.Project;
import cn.perfeval.report.ReportKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The weights (分值) of a project's indicators, by the first-level weights of the report's
 * framework where it states them per first-level indicator (产出指标 / 效益指标 / 满意度指标), else
 * by the national rule (财预〔2020〕10号: 预算执行率 10, 产出指标 50, 效益指标 30, 满意度指标 10).
 *
 * <ul>
 * <li>ERROR: the weights add up to the framework's total less its 预算执行率 item (100 − 10 = 90);
 * judged where every indicator states a weight, or where those stated already exceed it.</li>
 * <li>WARNING: each first-level indicator's weights add up to its points in the framework; where
 * the project sets no 满意度 indicator, its points go to output and outcome, so each of those gets
 * at least its own points. Judged where every indicator states a weight and every first level is
 * one of the framework's.</li>
 * </ul>
 *
 * <p>The sets judged: each project's indicators (in a project or transfer-payment report with one
 * project, together with the report's own {@code indicators}, as the score counts them); in a
 * project or transfer-payment report without projects, the report's own indicators. Sets without
 * any weight are not judged. Finding: table {@code projects}, row the project (or table
 * {@code indicators}, no row), column {@code weight}; expected the framework's points, found the sum.
 */
public final class IndicatorWeightsRule implements Rule {

    public static final String ID = "indicator.weights";

    /** The national rule's first-level weights of a project's self-evaluation. */
    static final Framework NATIONAL = new Framework("财预〔2020〕10号", new BigDecimal("100"),
            List.of(item(Scorer.EXECUTION_RATE_ITEM, "10"), item("产出指标", "50"), item("效益指标", "30"),
                    item("满意度指标", "10")),
            List.of(), Scorer.NATIONAL_GRADES, Scorer.NATIONAL_QUALITATIVE_BANDS, Framework.LessThanRule.TARGET_OVER_ACTUAL);

    private static Framework.Item item(String name, String points) {
        return new Framework.Item(List.of(name), new BigDecimal(points), null, null);
    }

    @Override
    public String id() {
        return ID;
    }

    private record IndicatorSet(String table, String project, List<Indicator> indicators) {
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        Framework framework = indicatorShaped(settings.framework()) ? settings.framework() : NATIONAL;
        for (IndicatorSet set : sets(document)) {
            judge(set, framework, out);
        }
    }

    private static List<IndicatorSet> sets(ReportDocument document) {
        boolean projectKind = document.kind() == ReportKind.PROJECT || document.kind() == ReportKind.TRANSFER_PAYMENT;
        List<Indicator> own = projectKind && document.indicators() != null ? document.indicators() : List.of();
        List<Project> projects = document.projects() == null ? List.of() : document.projects();
        List<IndicatorSet> sets = new ArrayList<>();
        if (projects.isEmpty() && !own.isEmpty()) {
            sets.add(new IndicatorSet("indicators", null, own));
        }
        for (int p = 0; p < projects.size(); p++) {
            Project project = projects.get(p);
            List<Indicator> indicators = new ArrayList<>();
            if (projects.size() == 1) {
                indicators.addAll(own);
            }
            if (project.indicators() != null) {
                indicators.addAll(project.indicators());
            }
            sets.add(new IndicatorSet("projects", Texts.row(project.name(), p), indicators));
        }
        return sets;
    }

    private static void judge(IndicatorSet set, Framework framework, List<Finding> out) {
        List<Indicator> weighted = set.indicators().stream().filter(i -> i.weight() != null).toList();
        if (weighted.isEmpty()) {
            return;
        }
        boolean complete = weighted.size() == set.indicators().size();
        BigDecimal sum = weighted.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal execution = framework.items().stream()
                .filter(i -> Scorer.EXECUTION_RATE_ITEM.equals(i.path().getLast())).map(Framework.Item::maxPoints)
                .findFirst().orElse(null);
        BigDecimal total = framework.totalPoints();
        BigDecimal expected = execution == null ? total : total.subtract(execution);
        int where = set.project() == null ? 0 : 1;
        String project = set.project() == null ? "" : set.project();
        if (complete ? Figures.differ(sum, expected) : sum.compareTo(expected) > 0) {
            out.add(new Finding(ID, Severity.ERROR, set.table(), set.project(), "weight", expected, sum,
                    execution == null
                            ? message("check.indicator.weights.total.no-execution", where, project,
                                    Figures.points(sum), Figures.points(expected))
                            : message("check.indicator.weights.total", where, project, Figures.points(sum),
                                    Figures.points(expected), Figures.points(execution), Figures.points(total))));
            return;
        }
        if (!complete) {
            return;
        }
        Map<String, BigDecimal> levels = new LinkedHashMap<>();
        for (Framework.Item item : framework.items()) {
            if (item.path().size() == 1 && !Scorer.EXECUTION_RATE_ITEM.equals(item.path().getFirst())) {
                levels.put(item.path().getFirst(), BigDecimal.ZERO);
            }
        }
        for (Indicator indicator : weighted) {
            String level = level(indicator.level1(), levels.keySet());
            if (level == null) {
                return;
            }
            levels.merge(level, indicator.weight(), BigDecimal::add);
        }
        String satisfaction = levels.keySet().stream().filter(l -> l.contains("满意度")).findFirst().orElse(null);
        boolean withoutSatisfaction = satisfaction != null && weighted.stream()
                .noneMatch(i -> satisfaction.equals(level(i.level1(), levels.keySet())));
        for (Framework.Item item : framework.items()) {
            String level = item.path().getFirst();
            if (!levels.containsKey(level) || item.path().size() != 1 || (withoutSatisfaction && level.equals(satisfaction))) {
                continue;
            }
            BigDecimal found = levels.get(level);
            boolean wrong = withoutSatisfaction ? found.compareTo(item.maxPoints()) < 0
                    : found.compareTo(item.maxPoints()) != 0;
            if (wrong) {
                out.add(new Finding(ID, Severity.WARNING, set.table(), set.project(), "weight", item.maxPoints(), found,
                        message("check.indicator.weights.level", where, project, level, Figures.points(found),
                                Figures.points(item.maxPoints()), withoutSatisfaction ? 1 : 0)));
            }
        }
    }

    /** The framework's first level an indicator's {@code level1} names (满意度指标 for 服务对象满意度指标). */
    private static String level(String level1, Set<String> levels) {
        if (!Figures.stated(level1)) {
            return null;
        }
        String stated = level1.strip();
        for (String level : levels) {
            if (level.equals(stated) || level.contains(stated) || stated.contains(level)) {
                return level;
            }
        }
        return null;
    }

    /**
     * Whether a framework states its points per first-level indicator of a project's
     * self-evaluation (预算执行率, 产出, 效益 / 效果, 满意度), as a project's indicators are weighed.
     * An evaluation framework with other first levels (决策, 过程, 投入) weighs the evaluation, not
     * the self-evaluation's indicators: those are judged by the national rule.
     */
    private static boolean indicatorShaped(Framework framework) {
        if (framework == null || framework.items() == null || framework.totalPoints() == null) {
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
