/**
 * Tracking for the finance bureau's administrator: every report with its status and the step
 * its route waits on.
 */
@ApplicationModule(displayName = "Tracking")
package cn.perfeval.tracking;

import org.springframework.modulith.ApplicationModule;
