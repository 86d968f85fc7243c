package cn.perfeval.audit;

import java.time.Instant;

/** A line of the audit log as readers see it; {@code seq} is its place in the chain. */
public record AuditRecord(Long seq, Instant at, String user, String sourceAddress, String event, String object,
        String outcome, String detail) {
}
