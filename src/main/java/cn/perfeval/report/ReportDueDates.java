package cn.perfeval.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * The due date of each report's open step, for the lists that show it. The route of a report
 * lives in the workflow module, which answers this; the report module only declares it, so that it
 * depends on nothing that depends on it.
 */
public interface ReportDueDates {

    /** The due date of the open step of each of the given reports; reports without one are absent. */
    Map<Long, LocalDate> of(Collection<Long> reportIds);
}
