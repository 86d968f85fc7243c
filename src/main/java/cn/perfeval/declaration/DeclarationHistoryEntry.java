package cn.perfeval.declaration;

import java.time.Instant;

/** A line of a declaration's history; {@code fromStatus} is null on its creation. */
public record DeclarationHistoryEntry(Instant at, String user, DeclarationAction action, DeclarationStatus fromStatus,
        DeclarationStatus toStatus, int version, String comment) {
}
