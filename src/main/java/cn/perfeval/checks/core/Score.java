package cn.perfeval.checks.core;

import java.math.BigDecimal;

/** A recomputed total and its grade. */
public record Score(BigDecimal total, String grade) {
}
