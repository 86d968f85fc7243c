package cn.perfeval.report.ui;

import com.vaadin.flow.component.Component;

/**
 * A part that another module adds to the read-only report page ({@code /reports/{id}}) below the
 * report, such as its evidence files. A Spring bean; the page asks each for a new component.
 */
public interface ReportPageSection {

    /** A new component showing this part of the report, read-only. */
    Component create(long reportId);
}
