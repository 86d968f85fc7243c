package cn.perfeval.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A row of the income table, in yuan. */
@Embeddable
record IncomeRow(
        @Column(name = "code") String code,
        @Column(name = "name") String name,
        @Column(name = "total") BigDecimal total,
        @Column(name = "fiscal") BigDecimal fiscal,
        @Column(name = "other") BigDecimal other) {
}
