package cn.perfeval.snapshot;

import java.time.Instant;

/** A round's snapshot as a list shows it: which round, submitted when and by whom. */
public record SnapshotInfo(int round, Instant takenAt, String takenBy, int attachmentCount) {
}
