package cn.perfeval.declaration;

import java.time.Instant;

/** One version of a declaration: its state, the adjustment's reason, who made it and who approved it. */
public record DeclarationVersionInfo(int version, VersionState state, String reason, String createdBy,
        Instant createdAt, String approvedBy, Instant approvedAt) {
}
