package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.rules.Texts.message;

import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Rule;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An indicator still named by the template's placeholder (「（请填写三级指标名称）」, the name a report
 * started from a template gives each indicator to be renamed) cannot be submitted: the name is an
 * instruction, not an indicator. A placeholder is the template's text in either language, or any name
 * that is wholly a bracketed 请填写… instruction. Places and rows as in {@link IndicatorReasonRule};
 * finding on column {@code name}, naming the indicator by its first and second levels.
 */
public final class IndicatorPlaceholderRule implements Rule {

    public static final String ID = "indicator.placeholder";

    /** The template's placeholder names, as the translation bundles write them (Chinese, English). */
    static final Set<String> TEMPLATE_PLACEHOLDERS = Set.of("（请填写三级指标名称）", "(name of the third-level indicator)");

    private static final Pattern INSTRUCTION = Pattern.compile("^[（(【\\[]\\s*请(填写|输入).*[）)】\\]]$");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        for (IndicatorPlaces.Place place : IndicatorPlaces.of(document)) {
            String name = place.indicator().name();
            if (!isPlaceholder(name)) {
                continue;
            }
            String levels = levels(place.indicator());
            String project = project(place);
            out.add(new Finding(ID, Severity.ERROR, place.table(), place.row(), "name", null, null,
                    project == null ? message("check.indicator.placeholder", levels, name.strip())
                            : message("check.indicator.placeholder.project", levels, name.strip(), project)));
        }
    }

    /** Whether {@code name} is a template's placeholder rather than an indicator's name. */
    public static boolean isPlaceholder(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String stripped = name.strip();
        return TEMPLATE_PLACEHOLDERS.contains(stripped) || INSTRUCTION.matcher(stripped).matches();
    }

    private static String levels(ReportDocument.Indicator indicator) {
        String level1 = Texts.name(indicator.level1());
        String level2 = Texts.name(indicator.level2());
        if (level1.isEmpty() || level2.isEmpty()) {
            return level1.isEmpty() ? level2 : level1;
        }
        return level1 + " / " + level2;
    }

    private static String project(IndicatorPlaces.Place place) {
        if (!"projects".equals(place.table())) {
            return null;
        }
        int cut = place.row().lastIndexOf(" / ");
        return cut < 0 ? place.row() : place.row().substring(0, cut);
    }
}
