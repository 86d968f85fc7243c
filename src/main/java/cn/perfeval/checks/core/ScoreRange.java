package cn.perfeval.checks.core;

import java.math.BigDecimal;

/**
 * The points a score may take, both ends included: for a qualitative indicator, the band's share
 * of its points (达成 80%–100% of 10 points = 8–10).
 *
 * @param label the band (达成, 部分达成, 未达成)
 */
public record ScoreRange(String label, BigDecimal min, BigDecimal max) {

    public boolean contains(BigDecimal score) {
        return score != null && score.compareTo(min) >= 0 && score.compareTo(max) <= 0;
    }
}
