package cn.perfeval.audit;

import cn.perfeval.base.Formats;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit log and lets the auditor read it. Every append locks the head of the chain,
 * so concurrent appends queue instead of forking it. A change's line is appended in the change's
 * own transaction, as its last step: the change and its line commit together or not at all, even
 * when the process dies between the two (decision 0045). Sign-ins, sign-outs and refusals are
 * appended in a transaction of their own.
 */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;
    private final AuditChainRepository chain;
    private final Clock clock;
    private final StoredTimePrecision precision;

    AuditLog(AuditEntryRepository entries, AuditChainRepository chain, Clock clock, StoredTimePrecision precision) {
        this.entries = entries;
        this.chain = chain;
        this.clock = clock;
        this.precision = precision;
    }

    /** Appends a line to the chain in a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void append(String user, String sourceAddress, String event, String object, String outcome, String detail) {
        write(user, sourceAddress, event, object, outcome, detail);
    }

    /**
     * Appends the line of a change in the change's transaction (or in one of its own where the
     * change had none): it commits with the change, and a change rolled back takes its line with it.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    void appendWithChange(String user, String sourceAddress, String event, String object, String outcome,
            String detail) {
        write(user, sourceAddress, event, object, outcome, detail);
    }

    private void write(String user, String sourceAddress, String event, String object, String outcome, String detail) {
        AuditChain head = chain.lockHead();
        long seq = head.getLastSeq() + 1;
        AuditEntry entry = new AuditEntry(seq, precision.truncate(clock.instant()), user, sourceAddress, event, object,
                outcome, detail, head.getLastHash());
        entries.save(entry);
        head.advance(seq, entry.getEntryHash());
    }

    /** The newest lines first. */
    @PreAuthorize("hasRole('AUDITOR')")
    @Transactional(readOnly = true)
    public List<AuditRecord> recent(int limit) {
        return search(AuditFilter.ALL, 0, limit);
    }

    /** One page of the lines that match, newest first. */
    @PreAuthorize("hasRole('AUDITOR')")
    @Transactional(readOnly = true)
    public List<AuditRecord> search(AuditFilter filter, int offset, int limit) {
        int size = Math.max(1, limit);
        return entries.findAll(specification(filter), PageRequest.of(offset / size, size,
                Sort.by(Sort.Direction.DESC, "occurredAt", "id"))).stream().map(AuditEntry::record).toList();
    }

    @PreAuthorize("hasRole('AUDITOR')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return entries.count(specification(filter));
    }

    static Specification<AuditEntry> specification(AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.user() != null && !filter.user().isBlank()) {
                where.add(cb.equal(root.get("username"), filter.user().strip()));
            }
            if (filter.event() != null && !filter.event().isBlank()) {
                where.add(cb.equal(root.get("event"), filter.event()));
            }
            if (filter.outcome() != null && !filter.outcome().isBlank()) {
                where.add(cb.equal(root.get("outcome"), filter.outcome()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"),
                        filter.from().atStartOfDay(Formats.ZONE).toInstant()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("occurredAt"),
                        filter.to().plusDays(1).atStartOfDay(Formats.ZONE).toInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
