package cn.perfeval.checks.core.rules;

import cn.perfeval.checks.core.DeclaredTargets;
import cn.perfeval.checks.core.Figures;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.report.ProjectNames;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportDocument.Project;
import cn.perfeval.report.ReportKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The indicators of a report paired with those of its approved declaration, for the {@code target.*} rules.
 *
 * <p>An overall report is compared by its own {@code indicators} (table {@code indicators}, row the indicator's
 * name); a project or transfer-payment report by the indicators of its project (the one its document names, else
 * its first), table {@code projects}, row {@code "项目名 / 指标名"}, as the other indicator rules name them.
 * Indicators are the same when their first level, second level and name are, compared as project names are
 * ({@link ProjectNames#key}: full-width forms as half-width, white space and case ignored). A declared indicator
 * is paired with the first stated one of the same key not already paired; what is left on either side is missing
 * or undeclared.
 */
final class DeclaredIndicators {

    /** An indicator of the report: where findings point to and the indicator as stated. */
    record Stated(String table, String row, Indicator indicator) {

        String name() {
            return Figures.stated(indicator.name()) ? indicator.name().strip() : row;
        }
    }

    /** A declared indicator and the stated one it is paired with ({@code null}: the report lacks it). */
    record Pair(DeclaredTargets.Indicator declared, Stated stated) {
    }

    /** The pairs in the declaration's order, and the stated indicators no declared one pairs with. */
    record Comparison(List<Pair> pairs, List<Stated> undeclared, String table, String rowPrefix) {

        /** The row a declared indicator the report lacks is named by. */
        String rowOf(DeclaredTargets.Indicator declared) {
            return rowPrefix + Texts.name(declared.name());
        }
    }

    private DeclaredIndicators() {
    }

    /** The comparison of the document with the declaration. */
    static Comparison compare(ReportDocument document, DeclaredTargets declaration) {
        List<Stated> stated = new ArrayList<>();
        String table;
        String prefix;
        if (document.kind() == ReportKind.PROJECT || document.kind() == ReportKind.TRANSFER_PAYMENT) {
            table = "projects";
            int index = projectIndex(document);
            Project project = index < 0 ? null : document.projects().get(index);
            prefix = (project == null ? Texts.name(document.projectName()) : Texts.row(project.name(), index)) + " / ";
            List<Indicator> indicators = project == null || project.indicators() == null ? List.of()
                    : project.indicators();
            for (int i = 0; i < indicators.size(); i++) {
                Indicator indicator = indicators.get(i);
                if (indicator != null) {
                    stated.add(new Stated(table, prefix + Texts.row(indicator.name(), i), indicator));
                }
            }
        } else {
            table = "indicators";
            prefix = "";
            List<Indicator> indicators = document.indicators() == null ? List.of() : document.indicators();
            for (int i = 0; i < indicators.size(); i++) {
                Indicator indicator = indicators.get(i);
                if (indicator != null) {
                    stated.add(new Stated(table, Texts.row(indicator.name(), i), indicator));
                }
            }
        }
        Map<String, List<Stated>> byKey = new LinkedHashMap<>();
        for (Stated s : stated) {
            byKey.computeIfAbsent(key(s.indicator().level1(), s.indicator().level2(), s.indicator().name()),
                    k -> new ArrayList<>()).add(s);
        }
        List<Pair> pairs = new ArrayList<>();
        for (DeclaredTargets.Indicator declared : declaration.indicators()) {
            List<Stated> candidates = byKey.get(key(declared.level1(), declared.level2(), declared.name()));
            pairs.add(new Pair(declared, candidates == null || candidates.isEmpty() ? null : candidates.removeFirst()));
        }
        List<Stated> undeclared = new ArrayList<>();
        for (Stated s : stated) {
            if (pairs.stream().noneMatch(p -> p.stated() == s)) {
                undeclared.add(s);
            }
        }
        return new Comparison(pairs, undeclared, table, prefix);
    }

    /** What a finding carries of the indicator and its targets. */
    static Finding.Declared declared(String level1, String level2, String name, String approved, String stated,
            int version) {
        return new Finding.Declared(Texts.name(level1), Texts.name(level2), Texts.name(name),
                approved == null ? null : approved.strip(), stated == null ? null : stated.strip(), version);
    }

    /** An indicator with its place, as a reader says it: {@code 产出指标 / 数量指标 / 资助参保人次数}. */
    static String path(String level1, String level2, String name) {
        return String.join(" / ", Stream.of(level1, level2, name).filter(Figures::stated).map(String::strip).toList());
    }

    private static String key(String level1, String level2, String name) {
        return ProjectNames.key(level1) + '\u0000' + ProjectNames.key(level2) + '\u0000' + ProjectNames.key(name);
    }

    /** The place of the project the report is on: the one its document names, else its first; -1 for none. */
    private static int projectIndex(ReportDocument document) {
        List<Project> projects = document.projects() == null ? List.of() : document.projects();
        String wanted = ProjectNames.key(document.projectName());
        int first = -1;
        for (int p = 0; p < projects.size(); p++) {
            if (projects.get(p) == null) {
                continue;
            }
            if (!wanted.isEmpty() && ProjectNames.key(projects.get(p).name()).equals(wanted)) {
                return p;
            }
            first = first < 0 ? p : first;
        }
        return first;
    }
}
