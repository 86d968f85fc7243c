package cn.perfeval.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A row of the expenditure table, in yuan. */
@Embeddable
record ExpenditureRow(
        @Column(name = "code") String code,
        @Column(name = "name") String name,
        @Column(name = "total") BigDecimal total,
        @Column(name = "basic") BigDecimal basic,
        @Column(name = "project") BigDecimal project) {
}
