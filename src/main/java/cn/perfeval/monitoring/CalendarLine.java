package cn.perfeval.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The share of the annual budget that should be spent by a cut-off date: by default the share of
 * the year passed ({@code 181/365} at 06-30 of 2022), or, where a framework sets milestones (a
 * share to reach by a date), the share of the last milestone on or before the cut-off.
 *
 * @param days the days of the year passed at the cut-off, with the cut-off; null with milestones
 * @param daysInYear the days of the year; null with milestones
 * @param share the milestone's share (0 to 1); null without milestones
 */
public record CalendarLine(LocalDate cutOff, Integer days, Integer daysInYear, BigDecimal share) {

    /** The share of the year passed at the cut-off, the cut-off included. */
    public static CalendarLine ofCalendar(LocalDate cutOff) {
        return new CalendarLine(cutOff, cutOff.getDayOfYear(), cutOff.lengthOfYear(), null);
    }

    /**
     * The share of the last milestone on or before the cut-off (nothing is due before the first);
     * the calendar's share when no milestones are given.
     */
    public static CalendarLine ofMilestones(LocalDate cutOff, Map<LocalDate, BigDecimal> milestones) {
        if (milestones == null || milestones.isEmpty()) {
            return ofCalendar(cutOff);
        }
        var due = new TreeMap<>(milestones).floorEntry(cutOff);
        return new CalendarLine(cutOff, null, null, due == null ? BigDecimal.ZERO : due.getValue());
    }

    /** Whether {@code executed} of {@code budget} lies below the line; exactly on it is not below. */
    public boolean below(BigDecimal budget, BigDecimal executed) {
        if (share != null) {
            return executed.compareTo(budget.multiply(share)) < 0;
        }
        return executed.multiply(BigDecimal.valueOf(daysInYear))
                .compareTo(budget.multiply(BigDecimal.valueOf(days))) < 0;
    }

    /** The amount the line asks for of the budget, to the cent. */
    public BigDecimal expected(BigDecimal budget) {
        if (share != null) {
            return budget.multiply(share).setScale(2, RoundingMode.HALF_UP);
        }
        return budget.multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(daysInYear), 2, RoundingMode.HALF_UP);
    }

    /** The line in percent, two decimals (49.59 at 06-30 of 2022). */
    public BigDecimal percent() {
        if (share != null) {
            return share.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
        }
        return BigDecimal.valueOf(100L * days).divide(BigDecimal.valueOf(daysInYear), 2, RoundingMode.HALF_UP);
    }
}
