package cn.perfeval.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A panel another module shows on the 工作台 above the tasks (such as 开始填报 for a department
 * in an open round without a report). {@link #create()} returns null when there is nothing to show
 * to the signed-in user.
 */
public interface WorkbenchPanel {

    Component create();
}
