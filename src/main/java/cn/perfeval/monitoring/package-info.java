/**
 * Monitoring during the year (绩效运行监控): the administrator's monitoring rounds with their cut-off
 * date, each department's monitoring report (execution of the budget to the cut-off, progress of
 * each performance indicator with reason and corrective measure), its checks against the calendar
 * line, and the monitoring dashboard with its Excel export.
 */
@ApplicationModule(displayName = "Monitoring")
package cn.perfeval.monitoring;

import org.springframework.modulith.ApplicationModule;
