package cn.perfeval.checks.core;

/** {@code ERROR} blocks submission; {@code WARNING} informs the drafter and the reviewers. */
public enum Severity {
    ERROR, WARNING
}
