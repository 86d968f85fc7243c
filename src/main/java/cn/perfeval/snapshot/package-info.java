/**
 * The rounds of a report: a frozen snapshot of the whole report at each submission (round 1, 2,
 * ...), the differences between two rounds or between a round and the report as it is now, and
 * the round each reviewer last looked at, so that a review screen can show what changed since.
 * The differences are computed by plain Java ({@link cn.perfeval.snapshot.DocumentDiff},
 * {@link cn.perfeval.snapshot.TextDiff}); evidence attachments come in through
 * {@link cn.perfeval.snapshot.SnapshotAttachments}, which the module holding them implements.
 */
@ApplicationModule(displayName = "Snapshots")
package cn.perfeval.snapshot;

import org.springframework.modulith.ApplicationModule;
