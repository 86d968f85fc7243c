package cn.perfeval.declaration;

/**
 * The state of one version of a declaration's document: being drafted (or returned), submitted,
 * approved (the one in force), superseded by an approved adjustment, or an adjustment refused.
 */
public enum VersionState {
    DRAFT, SUBMITTED, APPROVED, SUPERSEDED, REFUSED
}
