package cn.perfeval.checks.core;

/**
 * The recomputed score of one project of a report by the national rule.
 *
 * @param project the project's name, or its place (counted from 1) where it has none
 */
public record ProjectScore(String project, Score score) {
}
