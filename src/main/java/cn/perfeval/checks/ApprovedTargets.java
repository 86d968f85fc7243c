package cn.perfeval.checks;

import cn.perfeval.checks.core.DeclaredTargets;
import cn.perfeval.report.ReportKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the approved performance targets come from: the module that keeps the declarations provides
 * them (the checks module does not depend on it).
 */
public interface ApprovedTargets {

    /**
     * The targets of the approved declaration in force (its latest approved version) for this
     * department, year, kind and project ({@code ""} for a department's overall report); empty where none
     * was approved. Read without the caller's scope: the caller has already been allowed to see the report.
     */
    Optional<DeclaredTargets> approved(long departmentId, int year, ReportKind kind, String projectName);

    /** The declarations of the department and year that have an approved version in force, as {@link Approval}s. */
    List<Approval> approvedIn(long departmentId, int year);

    /**
     * The approved version in force of the declaration of this department, year, kind and project
     * ({@code ""} for a department's overall one), as an {@link Approval}; empty where none was
     * approved. Read without the caller's scope, like {@link #approved}.
     */
    Optional<Approval> inForce(long departmentId, int year, ReportKind kind, String projectName);

    /**
     * A declaration with an approved version in force.
     *
     * @param declarationId the declaration
     * @param kind whose targets
     * @param projectName the project's name, {@code ""} for a department's overall declaration
     * @param version the approved version in force
     * @param approvedAt when finance approved that version
     */
    record Approval(long declarationId, ReportKind kind, String projectName, int version, Instant approvedAt) {
    }
}
