package cn.perfeval.report;

import java.util.List;
import java.util.Optional;

/**
 * Where the approved performance targets of {@link ReportService#startFromDeclaration} come from: the
 * approved declarations (绩效目标申报表), provided by another module (the report module does not depend on it).
 */
public interface ReportDeclarations {

    /**
     * The indicators of the approved declaration in force for the department, year, kind and project
     * ({@code ""} for an overall report); empty where none was approved.
     */
    Optional<Approved> approved(long departmentId, int year, ReportKind kind, String project);

    /**
     * An approved declaration as a self-evaluation starts from it.
     *
     * @param version the approved version
     * @param indicators the declared indicators: levels, name, target and weight; no actual, score or reason
     */
    record Approved(int version, List<ReportDocument.Indicator> indicators) {

        public Approved {
            indicators = List.copyOf(indicators);
        }
    }
}
