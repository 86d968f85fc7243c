package cn.perfeval.workflow;

import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;
import org.flowable.common.engine.impl.runtime.Clock;

/**
 * Flowable's clock read from the application's {@link java.time.Clock}: the engine stamps tasks
 * and decides which timers are due by the same time as the rest of the portal (and, in tests, moves
 * with it). It cannot be set from inside the engine.
 */
class EngineClock implements Clock {

    private final java.time.Clock clock;

    EngineClock(java.time.Clock clock) {
        this.clock = clock;
    }

    @Override
    public Date getCurrentTime() {
        return Date.from(clock.instant());
    }

    @Override
    public Calendar getCurrentCalendar() {
        return getCurrentCalendar(getCurrentTimeZone());
    }

    @Override
    public Calendar getCurrentCalendar(TimeZone timeZone) {
        Calendar calendar = Calendar.getInstance(timeZone);
        calendar.setTime(getCurrentTime());
        return calendar;
    }

    @Override
    public TimeZone getCurrentTimeZone() {
        return TimeZone.getTimeZone(clock.getZone());
    }

    @Override
    public void setCurrentTime(Date currentTime) {
        throw new UnsupportedOperationException("The engine's time is the application's clock");
    }

    @Override
    public void setCurrentCalendar(Calendar currentTime) {
        throw new UnsupportedOperationException("The engine's time is the application's clock");
    }

    @Override
    public void reset() {
        // nothing to reset: the time is always the application's
    }
}
