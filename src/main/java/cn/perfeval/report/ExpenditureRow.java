package cn.perfeval.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** A row of the expenditure table, in yuan. A class rather than a record: the audit history builds it field by field. */
@Embeddable
final class ExpenditureRow {

    @Column(name = "code")
    private String code;
    @Column(name = "name")
    private String name;
    @Column(name = "total")
    private BigDecimal total;
    @Column(name = "basic")
    private BigDecimal basic;
    @Column(name = "project")
    private BigDecimal project;

    ExpenditureRow() {
    }

    ExpenditureRow(String code, String name, BigDecimal total, BigDecimal basic, BigDecimal project) {
        this.code = code;
        this.name = name;
        this.total = total;
        this.basic = basic;
        this.project = project;
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

    BigDecimal basic() {
        return basic;
    }

    BigDecimal project() {
        return project;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExpenditureRow r && Objects.equals(code, r.code) && Objects.equals(name, r.name)
                && Rows.same(total, r.total) && Rows.same(basic, r.basic) && Rows.same(project, r.project);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name);
    }
}
