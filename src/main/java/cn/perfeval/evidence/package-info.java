/**
 * Evidence files (佐证材料) attached to a report: PDF, images, Excel and Word files, accepted by
 * their content rather than their name, kept in the database with their SHA-256. The drafter
 * uploads and deletes them while drafting; everyone who may see the report lists and downloads
 * them. Adds and removals are domain events the audit log records.
 */
@ApplicationModule(displayName = "Evidence")
package cn.perfeval.evidence;

import org.springframework.modulith.ApplicationModule;
