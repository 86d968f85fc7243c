/**
 * The route of a report as a Flowable BPMN process ({@code processes/report-route.bpmn20.xml}):
 * who may act on which step, the actions (with the return straight back to finance, withdraw,
 * delegation and transfer of a review, batch sign-off), the open tasks of a user and the open step
 * of every report. The only module that imports {@code org.flowable}; no Flowable type leaves it.
 */
@ApplicationModule(displayName = "Workflow")
package cn.perfeval.workflow;

import org.springframework.modulith.ApplicationModule;
