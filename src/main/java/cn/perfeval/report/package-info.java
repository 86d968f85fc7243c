/**
 * The self-evaluation report: its parts and figures, the interchange document of
 * {@code report-format.md} in and out, editing while drafting, the history of its route, and
 * scoping of every read and write to the departments the user may see.
 */
@ApplicationModule(displayName = "Report")
package cn.perfeval.report;

import org.springframework.modulith.ApplicationModule;
