package cn.perfeval.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The totals as the department stated them, in yuan; the checks compare them with the rows. */
@Embeddable
record StatedTotals(
        @Column(name = "total_income") BigDecimal income,
        @Column(name = "total_income_fiscal") BigDecimal incomeFiscal,
        @Column(name = "total_income_other") BigDecimal incomeOther,
        @Column(name = "total_expenditure") BigDecimal expenditure,
        @Column(name = "total_basic") BigDecimal basic,
        @Column(name = "total_project") BigDecimal project,
        @Column(name = "total_opening_balance") BigDecimal openingBalance,
        @Column(name = "total_closing_balance") BigDecimal closingBalance) {
}
