package cn.perfeval.checks;

import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Score;
import java.util.List;
import java.util.Optional;

/** The findings of the checks on a report and its recomputed score, where one can be computed. */
public record CheckReport(List<Finding> findings, Optional<Score> score) {

    public List<Finding> errors() {
        return findings.stream().filter(Finding::blocks).toList();
    }

    public long count(cn.perfeval.checks.core.Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
