package cn.perfeval.checks;

import cn.perfeval.checks.core.Framework;
import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportTemplate;
import cn.perfeval.report.ReportTemplates;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The stored scoring frameworks as the templates a report starts from: each framework's empty
 * scoring table and its indicator levels; the framework the checks use for the kind first.
 */
@Component
class FrameworkTemplates implements ReportTemplates {

    private final ScoringFrameworks frameworks;
    private final CheckProperties properties;

    FrameworkTemplates(ScoringFrameworks frameworks, CheckProperties properties) {
        this.frameworks = frameworks;
        this.properties = properties;
    }

    @Override
    public List<ReportTemplate> forKind(ReportKind kind) {
        String wanted = properties.frameworkFor(kind);
        return frameworks.all().stream()
                .map(f -> new ReportTemplate(f.name(), ScoringFrameworks.template(f), levels(f),
                        wanted.equals(f.name()) || wanted.equals(f.key())))
                .sorted(Comparator.comparing((ReportTemplate t) -> !t.suited()).thenComparing(ReportTemplate::framework))
                .toList();
    }

    private static List<ReportTemplate.IndicatorLevel> levels(Framework f) {
        return f.indicatorLevels() == null ? List.of() : f.indicatorLevels().stream().filter(Objects::nonNull)
                .filter(l -> l.level1() != null && !l.level1().isBlank())
                .map(l -> new ReportTemplate.IndicatorLevel(l.level1().strip(), l.level2() == null ? List.of()
                        : l.level2().stream().filter(Objects::nonNull).map(String::strip)
                                .filter(s -> !s.isEmpty()).toList()))
                .toList();
    }
}
