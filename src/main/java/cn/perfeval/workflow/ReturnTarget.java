package cn.perfeval.workflow;

/** Where a return sends the report: back to drafting (default), or from finance to bureau review. */
public enum ReturnTarget {
    DRAFTING, BUREAU_REVIEW
}
