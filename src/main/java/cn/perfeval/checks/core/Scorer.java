package cn.perfeval.checks.core;

import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Funds;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportDocument.Project;
import cn.perfeval.report.ReportDocument.Scoring;
import cn.perfeval.report.ReportDocument.ScoringItem;
import cn.perfeval.report.ReportKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Scoring by the report's framework and the national rules for self-evaluation (财预〔2020〕10号).
 *
 * <p>A quantitative indicator (target and actual parse, same unit, see {@link Achievement}) that
 * meets its target gets its full weight; one that misses gets weight × actual / target, or for a
 * "≤" target weight × target / actual; never more than the weight, rounded to two decimals half
 * up. An actual far above its target is left to the reviewer (the rules flag it). A qualitative
 * indicator is scored by the reviewer within one of the framework's bands ({@link #qualitativeRanges}).
 */
public final class Scorer {

    /** The first-level item of a project framework scored from the execution rate. */
    public static final String EXECUTION_RATE_ITEM = "预算执行率";

    /** The national grade bands: 90 and above 优, 80 to below 90 良, 60 to below 80 中, below 60 差. */
    public static final List<Framework.GradeBand> NATIONAL_GRADES = List.of(
            new Framework.GradeBand("优", new BigDecimal("90")), new Framework.GradeBand("良", new BigDecimal("80")),
            new Framework.GradeBand("中", new BigDecimal("60")), new Framework.GradeBand("差", BigDecimal.ZERO));

    /** The national rule's qualitative bands: 达成 100–80%, 部分达成 80–60%, 未达成 60–0% of the indicator's points. */
    public static final List<Framework.QualitativeBand> NATIONAL_QUALITATIVE_BANDS = List.of(
            new Framework.QualitativeBand("达成", BigDecimal.ONE, new BigDecimal("0.80")),
            new Framework.QualitativeBand("部分达成", new BigDecimal("0.80"), new BigDecimal("0.60")),
            new Framework.QualitativeBand("未达成", new BigDecimal("0.60"), BigDecimal.ZERO));

    private Scorer() {
    }

    /**
     * The report's score: for a report with a scoring table, the sum of the self-scores less the
     * deductions; for a project or transfer-payment report whose indicators carry points, the
     * national rule (预算执行率 from execution plus each indicator's score). Graded by the
     * framework's bands. Empty where the document does not state enough to compute it.
     *
     * <p>In the national rule, each project is scored on its own ({@link #projectScores}): its
     * execution and its indicators with a weight (with one project, the report's own
     * {@code indicators} count too). A quantitative one is scored by the rule, a qualitative one by
     * its stated score (unknown if not stated). The execution item's points come from the
     * framework's item named {@value #EXECUTION_RATE_ITEM}; a framework without one scores the
     * indicators alone. A report of several projects scores their average (two decimals, half
     * up), as frameworks average several projects; unknown if any project's score is.
     */
    public static Optional<Score> score(ReportDocument document, Framework framework) {
        Scoring scoring = document.scoring();
        Optional<BigDecimal> total;
        if (scoring != null && scoring.items() != null && !scoring.items().isEmpty()) {
            total = scoringTableTotal(scoring);
        } else if (document.kind() == ReportKind.PROJECT || document.kind() == ReportKind.TRANSFER_PAYMENT) {
            total = nationalTotal(document, framework);
        } else {
            total = Optional.empty();
        }
        return total.map(t -> new Score(t, grade(t, framework)));
    }

    /** The framework's grade label for a total: the first band, highest first, whose minimum the total reaches. */
    public static String grade(BigDecimal total, Framework framework) {
        return grade(total, framework.grades());
    }

    /** The label of the bands for a total; the lowest band below every minimum. */
    public static String grade(BigDecimal total, List<Framework.GradeBand> bands) {
        if (total == null || bands == null || bands.isEmpty()) {
            return null;
        }
        List<Framework.GradeBand> highestFirst = bands.stream()
                .sorted(Comparator.comparing(Framework.GradeBand::minimum).reversed()).toList();
        for (Framework.GradeBand band : highestFirst) {
            if (total.compareTo(band.minimum()) >= 0) {
                return band.label();
            }
        }
        return highestFirst.getLast().label();
    }

    /** Σ self-scores − Σ deduction points of a scoring table; empty without items or with an unknown figure. */
    public static Optional<BigDecimal> scoringTableTotal(Scoring scoring) {
        if (scoring == null || scoring.items() == null || scoring.items().isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> scores = new ArrayList<>();
        for (ScoringItem item : scoring.items()) {
            scores.add(item.selfScore());
        }
        BigDecimal sum = Figures.sum(scores);
        List<BigDecimal> deducted = new ArrayList<>();
        if (scoring.deductions() != null) {
            scoring.deductions().forEach(d -> deducted.add(d.points()));
        }
        BigDecimal deductions = Figures.sum(deducted);
        return Optional.ofNullable(sum == null || deductions == null ? null : sum.subtract(deductions));
    }

    /** The national rule's score of a quantitative indicator with a weight; empty for a qualitative one or without weight. */
    public static Optional<BigDecimal> quantitativeScore(Indicator indicator, Framework.LessThanRule lessThanRule) {
        if (indicator.weight() == null) {
            return Optional.empty();
        }
        return Achievement.of(indicator.target(), indicator.actual())
                .map(a -> quantitativeScore(a, indicator.weight(), lessThanRule));
    }

    /** Full weight if met; otherwise weight × actual / target (≥, >, =) or weight × target / actual (≤, <). */
    public static BigDecimal quantitativeScore(Achievement achievement, BigDecimal weight, Framework.LessThanRule lessThanRule) {
        if (achievement.met()) {
            return weight;
        }
        BigDecimal numerator = achievement.isFloor() ? achievement.actualNumber() : achievement.targetNumber();
        BigDecimal denominator = achievement.isFloor() ? achievement.targetNumber() : achievement.actualNumber();
        if (denominator.signum() == 0 || numerator.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal points = weight.multiply(numerator).divide(denominator, 2, RoundingMode.HALF_UP);
        return points.min(weight);
    }

    /** The allowed points of a qualitative indicator of this weight in each of the framework's bands, best first. */
    public static List<ScoreRange> qualitativeRanges(BigDecimal weight, Framework framework) {
        return framework.qualitativeBands().stream()
                .map(b -> new ScoreRange(b.label(), weight.multiply(b.to()), weight.multiply(b.from()))).toList();
    }

    /** The allowed points of a qualitative indicator of this weight in the named band. */
    public static Optional<ScoreRange> qualitativeRange(BigDecimal weight, Framework framework, String band) {
        return qualitativeRanges(weight, framework).stream().filter(r -> r.label().equals(band)).findFirst();
    }

    /** The band a stated qualitative score lies in (the better one on a shared bound); empty if in none. */
    public static Optional<ScoreRange> qualitativeBand(BigDecimal score, BigDecimal weight, Framework framework) {
        return qualitativeRanges(weight, framework).stream().filter(r -> r.contains(score)).findFirst();
    }

    /**
     * 预算执行率 points = min(executed / budget, 1) × points, two decimals half up; from the
     * project's funds, adding fiscal and other where both sides state them.
     */
    public static Optional<BigDecimal> executionPoints(Project project, BigDecimal points) {
        Execution execution = comparableFunds(project.budget(), project.executed());
        if (execution == null || execution.budget().signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal earned = points.multiply(execution.executed()).divide(execution.budget(), 2, RoundingMode.HALF_UP);
        return Optional.of(earned.min(points).max(BigDecimal.ZERO));
    }

    /**
     * Budget and executed over the components both state: fiscal if both state it, other if both
     * state it, the two added where both are; {@code null} where they share none.
     */
    private record Execution(BigDecimal budget, BigDecimal executed) {
    }

    private static Execution comparableFunds(Funds budget, Funds executed) {
        if (budget == null || executed == null) {
            return null;
        }
        BigDecimal b = null;
        BigDecimal e = null;
        if (budget.fiscal() != null && executed.fiscal() != null) {
            b = budget.fiscal();
            e = executed.fiscal();
        }
        if (budget.other() != null && executed.other() != null) {
            b = b == null ? budget.other() : b.add(budget.other());
            e = e == null ? executed.other() : e.add(executed.other());
        }
        return b == null ? null : new Execution(b, e);
    }

    /**
     * Each project's score by the national rule, in the order of the report, for a project or
     * transfer-payment report; a project whose score cannot be known is left out.
     */
    public static List<ProjectScore> projectScores(ReportDocument document, Framework framework) {
        List<Project> projects = document.projects();
        if (projects == null || projects.isEmpty()
                || (document.kind() != ReportKind.PROJECT && document.kind() != ReportKind.TRANSFER_PAYMENT)) {
            return List.of();
        }
        List<ProjectScore> scores = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            String name = Figures.stated(project.name()) ? project.name().strip() : String.valueOf(i + 1);
            projectTotal(document, project, projects.size() == 1, framework)
                    .ifPresent(t -> scores.add(new ProjectScore(name, new Score(t, grade(t, framework)))));
        }
        return scores;
    }

    private static Optional<BigDecimal> nationalTotal(ReportDocument document, Framework framework) {
        List<Project> projects = document.projects();
        if (projects == null || projects.size() <= 1) {
            return projectTotal(document, projects == null || projects.isEmpty() ? null : projects.getFirst(), true,
                    framework);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Project project : projects) {
            Optional<BigDecimal> total = projectTotal(document, project, false, framework);
            if (total.isEmpty()) {
                return Optional.empty();
            }
            sum = sum.add(total.get());
        }
        return Optional.of(sum.divide(BigDecimal.valueOf(projects.size()), 2, RoundingMode.HALF_UP));
    }

    private static Optional<BigDecimal> projectTotal(ReportDocument document, Project project,
            boolean withReportIndicators, Framework framework) {
        List<Indicator> weighted = new ArrayList<>();
        if (withReportIndicators && document.indicators() != null) {
            document.indicators().stream().filter(i -> i.weight() != null).forEach(weighted::add);
        }
        if (project != null && project.indicators() != null) {
            project.indicators().stream().filter(i -> i.weight() != null).forEach(weighted::add);
        }
        if (weighted.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal total = BigDecimal.ZERO;
        Optional<BigDecimal> executionItem = framework.items().stream()
                .filter(i -> !i.path().isEmpty() && EXECUTION_RATE_ITEM.equals(i.path().getLast()))
                .map(Framework.Item::maxPoints).findFirst();
        if (executionItem.isPresent()) {
            Optional<BigDecimal> execution = project == null ? Optional.empty() : executionPoints(project, executionItem.get());
            if (execution.isEmpty()) {
                return Optional.empty();
            }
            total = total.add(execution.get());
        }
        for (Indicator indicator : weighted) {
            BigDecimal points = quantitativeScore(indicator, framework.lessThanRule()).orElse(indicator.score());
            if (points == null) {
                return Optional.empty();
            }
            total = total.add(points);
        }
        return Optional.of(total);
    }
}
