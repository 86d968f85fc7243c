package cn.perfeval.checks;

import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.ProjectScore;
import cn.perfeval.checks.core.Score;
import java.util.List;
import java.util.Optional;

/**
 * The findings of the checks on a report and its recomputed score, where one can be computed,
 * with the score of each of its projects (project and transfer-payment reports).
 */
public record CheckReport(List<Finding> findings, Optional<Score> score, List<ProjectScore> projectScores) {

    public CheckReport(List<Finding> findings, Optional<Score> score) {
        this(findings, score, List.of());
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::blocks).toList();
    }

    public long count(cn.perfeval.checks.core.Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
