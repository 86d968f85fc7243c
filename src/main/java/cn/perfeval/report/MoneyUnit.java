package cn.perfeval.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The unit a document states its money in. The product stores yuan. */
public enum MoneyUnit {
    YUAN(BigDecimal.ONE), WAN_YUAN(BigDecimal.valueOf(10_000));

    private final BigDecimal yuanPerUnit;

    MoneyUnit(BigDecimal yuanPerUnit) {
        this.yuanPerUnit = yuanPerUnit;
    }

    /** The amount in yuan, exactly (may carry more than two decimals: callers validate). */
    public BigDecimal toYuan(BigDecimal amount) {
        return amount == null ? null : amount.multiply(yuanPerUnit);
    }

    /** The amount in this unit, exactly; without trailing zeros beyond two decimals. */
    public BigDecimal fromYuan(BigDecimal yuan) {
        if (yuan == null) {
            return null;
        }
        BigDecimal value = yuan.divide(yuanPerUnit, 6, RoundingMode.UNNECESSARY).stripTrailingZeros();
        return value.scale() < 2 ? value.setScale(2) : value;
    }
}
