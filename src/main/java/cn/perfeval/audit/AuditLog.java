package cn.perfeval.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends to the audit log and lets the auditor read it. */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Appends a line, inside the caller's transaction where there is one. */
    @Transactional(propagation = Propagation.REQUIRED)
    void append(String user, String sourceAddress, String event, String object, String outcome, String detail) {
        entries.save(new AuditEntry(clock.instant(), user, sourceAddress, event, object, outcome, detail));
    }

    /** Appends a line in a transaction of its own, so that it stays when the caller's work is refused. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void appendAlone(String user, String sourceAddress, String event, String object, String outcome, String detail) {
        append(user, sourceAddress, event, object, outcome, detail);
    }

    /** The newest lines first. */
    @PreAuthorize("hasRole('AUDITOR')")
    @Transactional(readOnly = true)
    public List<AuditRecord> recent(int limit) {
        return entries.findAll(Sort.by(Sort.Direction.DESC, "occurredAt", "id")).stream().limit(limit)
                .map(AuditEntry::record).toList();
    }
}
