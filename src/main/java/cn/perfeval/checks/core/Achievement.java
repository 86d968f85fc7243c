package cn.perfeval.checks.core;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A quantitative indicator's target and actual, both parsed and in the same unit, so that they
 * can be compared.
 *
 * <p>Whether the target is met: {@code ≥} and {@code =} mean "reach at least" (actual ≥ target),
 * because a quantity target written as a bare value ({@code 21575人}, {@code 100%}) is a level to
 * reach, not one to hit exactly; {@code >} needs actual &gt; target, {@code ≤} actual ≤ target,
 * {@code <} actual &lt; target. The actual's own comparator, if any, is ignored: its number counts.
 * Different units (e.g. {@code 人} and {@code 人次}, {@code 人} and {@code 万人}) are not compared.
 */
public record Achievement(ParsedValue target, ParsedValue actual) {

    /** The pair, where both texts parse and state the same unit. */
    public static Optional<Achievement> of(String target, String actual) {
        Optional<ParsedValue> t = TargetParser.parse(target);
        Optional<ParsedValue> a = TargetParser.parse(actual);
        if (t.isEmpty() || a.isEmpty() || !t.get().unit().equals(a.get().unit())) {
            return Optional.empty();
        }
        return Optional.of(new Achievement(t.get(), a.get()));
    }

    public boolean met() {
        int c = actual.number().compareTo(target.number());
        return switch (target.comparator()) {
            case GE, EQ -> c >= 0;
            case GT -> c > 0;
            case LE -> c <= 0;
            case LT -> c < 0;
        };
    }

    /** Whether the target is a level to reach (≥, >, =) rather than a ceiling (≤, <). */
    public boolean isFloor() {
        return switch (target.comparator()) {
            case GE, GT, EQ -> true;
            case LE, LT -> false;
        };
    }

    public BigDecimal targetNumber() {
        return target.number();
    }

    public BigDecimal actualNumber() {
        return actual.number();
    }
}
