package cn.perfeval.checks.core.rules;

import cn.perfeval.checks.core.Figures;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportDocument.Project;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the indicators of a report are, and how findings name them: the report's own
 * {@code indicators} as table {@code indicators}, row the indicator's name; a project's
 * indicators as table {@code projects}, row {@code "项目名 / 指标名"} (a blank name is replaced by
 * its place, counted from 1).
 */
final class IndicatorPlaces {

    record Place(String table, String row, Indicator indicator) {

        /** The indicator's name as written, or its row where it has none. */
        String name() {
            return Figures.stated(indicator.name()) ? indicator.name().strip() : row;
        }
    }

    private IndicatorPlaces() {
    }

    static List<Place> of(ReportDocument document) {
        List<Place> places = new ArrayList<>();
        if (document.indicators() != null) {
            for (int i = 0; i < document.indicators().size(); i++) {
                Indicator indicator = document.indicators().get(i);
                places.add(new Place("indicators", Texts.row(indicator.name(), i), indicator));
            }
        }
        if (document.projects() != null) {
            for (int p = 0; p < document.projects().size(); p++) {
                Project project = document.projects().get(p);
                if (project.indicators() == null) {
                    continue;
                }
                String projectName = Texts.row(project.name(), p);
                for (int i = 0; i < project.indicators().size(); i++) {
                    Indicator indicator = project.indicators().get(i);
                    places.add(new Place("projects", projectName + " / " + Texts.row(indicator.name(), i), indicator));
                }
            }
        }
        return places;
    }
}
