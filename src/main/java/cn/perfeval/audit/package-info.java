/**
 * The audit log: logins, logouts, failed logins and permission denials, report creation, saves
 * and every move on a report's route, appended with time, user, source address and outcome.
 */
@ApplicationModule(displayName = "Audit")
package cn.perfeval.audit;

import org.springframework.modulith.ApplicationModule;
