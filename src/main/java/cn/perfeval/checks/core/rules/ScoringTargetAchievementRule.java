package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.rules.Texts.message;

import cn.perfeval.checks.core.Achievement;
import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Figures;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Framework;
import cn.perfeval.checks.core.Rule;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.ScoringItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scoring item the framework scores by the share of indicators reaching their target (the
 * Sichuan county department framework's 目标实现: points × indicators counted / all 数量指标, an
 * indicator more than 30% above its target counting as missed): the stated self-score against
 * that share of the report's indicators of the named second level.
 *
 * <p>Judged where the report's scoring table has the item with a self-score and every such
 * indicator's target and actual compare as figures ({@link Achievement}); otherwise the count is
 * the reviewer's. A warning, since the evaluation may have chosen other projects' indicators than
 * those the report shows. Finding: table {@code scoring}, row the item's path, column
 * {@code selfScore}; expected the framework's points (two decimals), found the self-score.
 */
public final class ScoringTargetAchievementRule implements Rule {

    public static final String ID = "scoring.target-achievement";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        Framework framework = settings.framework();
        if (framework == null || framework.items() == null || document.scoring() == null
                || document.scoring().items() == null) {
            return;
        }
        for (Framework.Item item : framework.items()) {
            Framework.TargetAchievement rule = item.targetAchievement();
            if (rule == null || item.path() == null || item.path().isEmpty() || item.maxPoints() == null
                    || !Figures.stated(rule.level2())) {
                continue;
            }
            Optional<ScoringItem> stated = stated(document.scoring().items(), item.path());
            if (stated.isEmpty() || stated.get().selfScore() == null) {
                continue;
            }
            judge(document, item, rule, stated.get(), out);
        }
    }

    private static void judge(ReportDocument document, Framework.Item item, Framework.TargetAchievement rule,
            ScoringItem stated, List<Finding> out) {
        List<Achievement> achievements = new ArrayList<>();
        for (IndicatorPlaces.Place place : IndicatorPlaces.of(document)) {
            String level2 = place.indicator().level2();
            if (level2 == null || !level2.strip().equals(rule.level2().strip())) {
                continue;
            }
            Optional<Achievement> achievement = Achievement.of(place.indicator().target(), place.indicator().actual());
            if (achievement.isEmpty()) {
                return;
            }
            achievements.add(achievement.get());
        }
        if (achievements.isEmpty()) {
            return;
        }
        BigDecimal above = rule.above() == null ? null : BigDecimal.ONE.add(rule.above());
        long counted = achievements.stream().filter(a -> a.met() && (above == null || !a.isFloor()
                || a.actualNumber().compareTo(a.targetNumber().multiply(above)) <= 0)).count();
        long over = achievements.stream().filter(a -> a.met() && above != null && a.isFloor()
                && a.actualNumber().compareTo(a.targetNumber().multiply(above)) > 0).count();
        BigDecimal expected = item.maxPoints().multiply(BigDecimal.valueOf(counted))
                .divide(BigDecimal.valueOf(achievements.size()), 2, RoundingMode.HALF_UP);
        BigDecimal found = stated.selfScore();
        if (Figures.differ(found, expected)) {
            String row = Texts.path(stated.path(), 0);
            out.add(new Finding(ID, Severity.WARNING, "scoring", row, "selfScore", expected, found,
                    message("check.scoring.target-achievement", row, Figures.points(found), Figures.points(expected),
                            rule.level2().strip(), String.valueOf(achievements.size()), String.valueOf(counted), String.valueOf(over),
                            rule.above() == null ? "" : Figures.shareAsPercent(rule.above()),
                            Figures.points(item.maxPoints()))));
        }
    }

    /** The report's scoring item of the framework's path: the same path, else the same last segment. */
    private static Optional<ScoringItem> stated(List<ScoringItem> items, List<String> path) {
        return items.stream().filter(i -> path.equals(i.path())).findFirst()
                .or(() -> items.stream().filter(i -> i.path() != null && !i.path().isEmpty()
                        && path.getLast().equals(i.path().getLast())).findFirst());
    }
}
