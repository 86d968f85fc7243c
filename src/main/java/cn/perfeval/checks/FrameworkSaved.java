package cn.perfeval.checks;

/** A scoring framework was loaded or changed. */
public record FrameworkSaved(String name, String by) {
}
