package cn.perfeval.checks;

import cn.perfeval.checks.core.DeclaredTargets;
import cn.perfeval.report.ReportKind;
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
}
