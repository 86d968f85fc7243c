package cn.perfeval.report;

import java.time.Instant;
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

    /** The approved declarations in force of the department and year, each as a self-evaluation may start from it. */
    List<Start> approvedIn(long departmentId, int year);

    /**
     * The approved version in force of the declaration of the department, year, kind and project
     * ({@code ""} for an overall report), as a report's export names it; empty where none was approved.
     */
    Optional<InForce> inForce(long departmentId, int year, ReportKind kind, String project);

    /**
     * The approved declaration version a self-evaluation is checked against: the export's
     * {@code approvedTargets}, ignored on import.
     *
     * @param declarationId the declaration
     * @param version its approved version in force
     * @param approvedAt when finance approved that version
     */
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"declarationId", "version", "approvedAt"})
    record InForce(long declarationId, int version, Instant approvedAt) {
    }

    /**
     * An approved declaration a self-evaluation can start from ({@link ReportService#startFromDeclaration}).
     *
     * @param year the year of its targets
     * @param kind whose targets
     * @param project the project's name, {@code ""} for a department's overall declaration
     * @param version the approved version in force
     */
    record Start(int year, ReportKind kind, String project, int version) {

        /** The project as a report's title adds it: {@code ""} or {@code "（项目名）"}. */
        public String projectSuffix() {
            return project == null || project.isEmpty() ? "" : "（" + project + "）";
        }
    }

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
