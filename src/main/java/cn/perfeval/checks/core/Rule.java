package cn.perfeval.checks.core;

import cn.perfeval.report.ReportDocument;
import java.util.List;

/** One rule on a report's figures. Implementations are stateless and plain Java. */
public interface Rule {

    /** A stable id such as {@code tree.sum}; findings carry it. */
    String id();

    /** Adds what the rule finds in the document to {@code out}; nothing where all is well or unknown. */
    void check(ReportDocument document, CheckSettings settings, List<Finding> out);
}
