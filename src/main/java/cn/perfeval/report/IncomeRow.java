package cn.perfeval.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** A row of the income table, in yuan. A class rather than a record: the audit history builds it field by field. */
@Embeddable
final class IncomeRow {

    @Column(name = "code")
    private String code;
    @Column(name = "name")
    private String name;
    @Column(name = "total")
    private BigDecimal total;
    @Column(name = "fiscal")
    private BigDecimal fiscal;
    @Column(name = "other")
    private BigDecimal other;

    IncomeRow() {
    }

    IncomeRow(String code, String name, BigDecimal total, BigDecimal fiscal, BigDecimal other) {
        this.code = code;
        this.name = name;
        this.total = total;
        this.fiscal = fiscal;
        this.other = other;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    BigDecimal total() {
        return total;
    }

    BigDecimal fiscal() {
        return fiscal;
    }

    BigDecimal other() {
        return other;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IncomeRow r && Objects.equals(code, r.code) && Objects.equals(name, r.name)
                && Rows.same(total, r.total) && Rows.same(fiscal, r.fiscal) && Rows.same(other, r.other);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name);
    }
}
