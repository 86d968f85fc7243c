package cn.perfeval.report;

import java.math.BigDecimal;

/** Comparisons shared by the stored rows: amounts are equal when they are the same number, whatever their scale. */
final class Rows {

    private Rows() {
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
