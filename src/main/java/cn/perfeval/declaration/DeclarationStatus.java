package cn.perfeval.declaration;

/**
 * Where a declaration stands on its route; mirrored from the workflow. {@code ADJUSTMENT_REVIEW}: an
 * adjustment of an approved declaration waits for finance, the approved version stays in force.
 */
public enum DeclarationStatus {
    DRAFTING, BUREAU_REVIEW, FINANCE_REVIEW, APPROVED, ADJUSTMENT_REVIEW
}
