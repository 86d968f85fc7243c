package cn.perfeval.checks.core;

import java.math.BigDecimal;

/**
 * A quantitative target or actual as written (e.g. {@code ≥95%}, {@code 21575人},
 * {@code 10个工作日内}): comparator, number and unit. {@code implicit} is true where the text
 * stated no comparator and one was read from its wording or assumed.
 */
public record ParsedValue(Comparator comparator, BigDecimal number, String unit, boolean implicit) {

    public enum Comparator {
        GE("≥"), LE("≤"), GT(">"), LT("<"), EQ("=");

        private final String symbol;

        Comparator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
