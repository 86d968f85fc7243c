package cn.perfeval.audit;

import cn.perfeval.base.Formats;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final AuditSeal seals;
    private final AuditAnchor anchor;
    private final JdbcTemplate jdbc;

    AuditLog(AuditEntryRepository entries, AuditChainRepository chain, Clock clock, StoredTimePrecision precision,
            AuditSeal seals, AuditAnchor anchor, JdbcTemplate jdbc) {
        this.entries = entries;
        this.chain = chain;
        this.clock = clock;
        this.precision = precision;
        this.seals = seals;
        this.anchor = anchor;
        this.jdbc = jdbc;
    }

    /** Appends a sealed line to the chain in a transaction of its own (sealing the log first where it is not yet). */
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
        if (!head.sealed()) {
            sealExisting(head);
        }
        write(head, user, sourceAddress, event, object, outcome, detail);
    }

    /**
     * Seals the log where it is not sealed yet: on the first start with a key (decision 0046),
     * before anything else is appended. Refuses a key other than the one that sealed the log.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void sealIfNeeded() {
        AuditChain head = chain.lockHead();
        if (!head.sealed()) {
            sealExisting(head);
        } else if (!seals.keyId().equals(head.getSealKeyId())) {
            throw new IllegalStateException("The audit seal key (id " + seals.keyId() + ") is not the key that sealed"
                    + " the audit log (id " + head.getSealKeyId() + "): configure that key (decision 0046)");
        }
    }

    /**
     * Seals every line already in the table with the key, as it stands (the hash chain is verified
     * first and the result recorded), and records the sealing as a line of its own. Needs UPDATE
     * on the log, which only the schema owner has where the grants script was run: there the
     * {@code migrate} command seals it.
     */
    private void sealExisting(AuditChain head) {
        List<AuditEntry> lines = entries.inChainOrder();
        String intactBefore = AuditVerifier.hashChain(head, lines).intact() ? "intact" : "BROKEN";
        String chainId = UUID.randomUUID().toString();
        long unnumbered = lines.stream().filter(e -> e.getSeq() == null).count();
        head.sealWith(chainId, seals.keyId(), unnumbered);
        List<Object[]> updates = lines.stream().map(e -> new Object[] {seals.line(chainId, e), e.getId()}).toList();
        jdbc.batchUpdate("update audit_entry set seal = ? where id = ?", updates);
        write(head, "system", null, "AUDIT_SEALED", "audit-log", "SUCCESS", "sealed " + lines.size() + " lines ("
                + unnumbered + " from before the hash chain) with key " + seals.keyId()
                + "; hash chain before sealing: " + intactBefore);
    }

    private void write(AuditChain head, String user, String sourceAddress, String event, String object,
            String outcome, String detail) {
        long seq = head.getLastSeq() + 1;
        AuditEntry entry = new AuditEntry(seq, precision.truncate(clock.instant()), user, sourceAddress, event, object,
                outcome, detail, head.getLastHash());
        entry.seal(seals.line(head.getChainId(), entry));
        entries.save(entry);
        head.advance(seq, entry.getEntryHash());
        head.seal(seals.head(head));
        anchor.afterCommit(head.getChainId(), seq, entry.getSeal());
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
