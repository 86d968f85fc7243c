package cn.perfeval.checks.core;

import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.report.ReportDocument;
import java.util.List;

/** The standard sentences of a report, generated from its figures so that text and tables agree. */
public final class Narrative {

    private Narrative() {
    }

    /**
     * 收入支出总体情况, the shares of basic and project expenditure, the change against last year's
     * report where there is one ({@code previousYear} may be {@code null}), and the budget items'
     * execution rates; only sentences whose figures the document states.
     */
    public static List<LocalizedMessage> sentences(ReportDocument current, ReportDocument previousYear) {
        throw new UnsupportedOperationException("narrative not yet written");
    }
}
