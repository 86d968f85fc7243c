package cn.perfeval.checks.core;

import cn.perfeval.report.MoneyUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Arithmetic on stated figures, where {@code null} is unknown and stays unknown, and the way
 * figures are written into messages.
 */
public final class Figures {

    /** Money arguments name their unit by this index: {@code {n,choice,0#元|1#万元}} in the bundles. */
    public static final int UNIT_YUAN = 0;
    public static final int UNIT_WAN_YUAN = 1;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Figures() {
    }

    /** {@code a + b}, unknown if either is unknown. */
    public static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }

    /** The sum, unknown if any addend is unknown; zero for no addends. */
    public static BigDecimal sum(Iterable<BigDecimal> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            if (value == null) {
                return null;
            }
            total = total.add(value);
        }
        return total;
    }

    /** Whether both are known and differ in value (scale ignored). */
    public static boolean differ(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) != 0;
    }

    public static boolean isZero(BigDecimal value) {
        return value != null && value.signum() == 0;
    }

    /** {@code part / whole} in percent, two decimals rounded half up; {@code null} if unknown or the whole is zero. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** A share (0.90) written as a percentage ("90"), without needless zeros. */
    public static String shareAsPercent(BigDecimal share) {
        return share.multiply(HUNDRED).stripTrailingZeros().toPlainString();
    }

    /** A percentage with two decimals, e.g. {@code 99.83}. */
    public static String percentText(BigDecimal percent) {
        return percent.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * Money with thousands separators and at least two decimals, keeping every stated decimal
     * (e.g. {@code 20,985,541.88}, {@code 0.001317}).
     */
    public static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMaximumFractionDigits(Math.max(2, amount.stripTrailingZeros().scale()));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(amount);
    }

    /** Money in 万元 with thousands separators and two decimals rounded half up, e.g. {@code 2,098.55}. */
    public static String wanYuan(BigDecimal amount, MoneyUnit unit) {
        BigDecimal yuan = unitOf(unit).toYuan(amount);
        BigDecimal wan = yuan.divide(BigDecimal.valueOf(10_000)).setScale(2, RoundingMode.HALF_UP);
        return money(wan);
    }

    /** A score as written, without needless zeros ({@code 97}, {@code 9.5}). */
    public static String points(BigDecimal points) {
        BigDecimal stripped = points.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** The unit a document states money in; yuan where it does not say. */
    public static MoneyUnit unitOf(MoneyUnit unit) {
        return unit == null ? MoneyUnit.YUAN : unit;
    }

    /** The index a message uses to name the unit. */
    public static Integer unitIndex(MoneyUnit unit) {
        return unitOf(unit) == MoneyUnit.WAN_YUAN ? UNIT_WAN_YUAN : UNIT_YUAN;
    }

    /** A text that states something (not {@code null}, not blank). */
    public static boolean stated(String text) {
        return text != null && !text.isBlank();
    }
}
