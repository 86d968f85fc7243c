package cn.perfeval.audit;

import java.time.Instant;

/** A line of the audit log as readers see it. */
public record AuditRecord(Instant at, String user, String sourceAddress, String event, String object, String outcome,
        String detail) {
}
