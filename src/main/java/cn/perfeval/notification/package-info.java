/**
 * Notifications: each user's in-app messages about the reports whose steps concern them (a report
 * arrives at their step, is returned to them, approved, published, nears or passes a step's due
 * date), written after the change that caused them has committed, read and marked read by their
 * recipient only, shown by a bell in the portal's top bar, and mailed when a mail server is set up.
 */
@ApplicationModule(displayName = "Notification")
package cn.perfeval.notification;

import org.springframework.modulith.ApplicationModule;
