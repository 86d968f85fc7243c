package cn.perfeval.audit;

import java.time.LocalDate;

/** What the auditor looks for; empty fields match everything. Dates are China Standard Time. */
public record AuditFilter(String user, String event, String outcome, LocalDate from, LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
