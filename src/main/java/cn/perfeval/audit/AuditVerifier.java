package cn.perfeval.audit;

import cn.perfeval.audit.AuditVerification.Break;
import cn.perfeval.audit.AuditVerification.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the audit chain from its anchor and reports every line that was changed, removed or
 * inserted: by the hash chain, by each line's seal and the head's (keyed, decision 0046), and by
 * the mark of the last committed line kept outside the database ({@link AuditAnchor}).
 */
@Service
public class AuditVerifier {

    private final AuditEntryRepository entries;
    private final AuditChainRepository chain;
    private final AuditSeal seals;
    private final AuditAnchor anchor;

    AuditVerifier(AuditEntryRepository entries, AuditChainRepository chain, AuditSeal seals, AuditAnchor anchor) {
        this.entries = entries;
        this.chain = chain;
        this.seals = seals;
        this.anchor = anchor;
    }

    @PreAuthorize("hasRole('AUDITOR')")
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        return verifyChain();
    }

    /** The verification itself, for the command line (no signed-in user there). */
    @Transactional(readOnly = true)
    AuditVerification verifyChain() {
        Map<String, AuditAnchor.Mark> marks = anchor.readAll(); // before the database: no mark is ahead of it
        AuditChain head = chain.head();
        List<AuditEntry> lines = entries.inChainOrder();
        if (!head.sealed()) {
            AuditVerification hashes = hashChain(head, lines);
            List<Break> breaks = new ArrayList<>(hashes.breaks());
            breaks.add(new Break(head.getLastSeq(), Kind.NOT_SEALED));
            return new AuditVerification(hashes.checked(), hashes.unsealed(), List.copyOf(breaks));
        }
        String chainId = head.getChainId();
        AuditAnchor.Mark mark = marks.get(chainId);
        boolean headHolds = seals.head(head).equals(head.getHeadSeal());

        long expectedSeq = head.getAnchorSeq() + 1;
        String expectedPrev = head.getAnchorHash();
        long checked = 0;
        long unnumbered = 0;
        long unnumberedSealed = 0;
        long lastSealed = 0;
        List<Break> breaks = new ArrayList<>();
        List<Long> badSeals = new ArrayList<>();
        for (AuditEntry e : lines) {
            if (e.getSeq() == null) {
                unnumbered++;
                if (seals.line(chainId, e).equals(e.getSeal())) {
                    unnumberedSealed++;
                } else {
                    breaks.add(new Break(e.getId(), Kind.UNNUMBERED_INSERTED));
                }
                continue;
            }
            if (e.getSeq() < expectedSeq) {
                continue;
            }
            checked++;
            for (long missing = expectedSeq; missing < e.getSeq(); missing++) {
                breaks.add(new Break(missing, Kind.MISSING));
            }
            if (!e.getEntryHash().equals(AuditHash.of(e))) {
                breaks.add(new Break(e.getSeq(), Kind.CHANGED));
            } else if (!seals.line(chainId, e).equals(e.getSeal())) {
                badSeals.add(e.getSeq());
            } else if (!e.getPrevHash().equals(expectedPrev)) {
                breaks.add(new Break(e.getSeq(), Kind.LINK_BROKEN));
            }
            if (seals.line(chainId, e).equals(e.getSeal())) {
                lastSealed = e.getSeq();
            }
            expectedSeq = e.getSeq() + 1;
            expectedPrev = e.getEntryHash();
        }
        // The last line the application is known to have written: a bad seal up to it is an edit, beyond it an insert.
        long written = Math.max(lastSealed, Math.max(mark == null ? 0 : mark.seq(), headHolds ? head.getLastSeq() : 0));
        for (long seq : badSeals) {
            breaks.add(new Break(seq, seq <= written ? Kind.CHANGED : Kind.INSERTED));
        }
        long last = expectedSeq - 1;
        if (!headHolds) {
            breaks.add(new Break(head.getLastSeq(), Kind.HEAD_FORGED));
        }
        if (last < head.getLastSeq()) {
            breaks.add(new Break(head.getLastSeq(), Kind.TAIL_MISSING));
        } else if (head.getLastSeq() > head.getAnchorSeq() && !expectedPrev.equals(head.getLastHash())) {
            breaks.add(new Break(head.getLastSeq(), Kind.LINK_BROKEN));
        }
        if (mark != null && mark.seq() > head.getAnchorSeq() && last < mark.seq()) {
            breaks.add(new Break(mark.seq(), Kind.TRUNCATED));
        }
        if (unnumberedSealed < head.getUnnumberedCount()) {
            breaks.add(new Break(head.getUnnumberedCount() - unnumberedSealed, Kind.UNNUMBERED_MISSING));
        }
        breaks.sort(Comparator.comparing((Break b) -> b.kind() == Kind.UNNUMBERED_INSERTED
                || b.kind() == Kind.UNNUMBERED_MISSING ? 0 : 1).thenComparingLong(Break::seq));
        return new AuditVerification(checked, unnumbered, List.copyOf(breaks));
    }

    /** The hash chain alone, as it was checked before the log was sealed. */
    static AuditVerification hashChain(AuditChain head, List<AuditEntry> lines) {
        long expectedSeq = head.getAnchorSeq() + 1;
        String expectedPrev = head.getAnchorHash();
        long checked = 0;
        long unsealed = 0;
        List<Break> breaks = new ArrayList<>();
        for (AuditEntry e : lines) {
            if (e.getSeq() == null) {
                unsealed++;
                continue;
            }
            if (e.getSeq() < expectedSeq) {
                continue;
            }
            checked++;
            for (long missing = expectedSeq; missing < e.getSeq(); missing++) {
                breaks.add(new Break(missing, Kind.MISSING));
            }
            if (!e.getEntryHash().equals(AuditHash.of(e))) {
                breaks.add(new Break(e.getSeq(), Kind.CHANGED));
            } else if (!e.getPrevHash().equals(expectedPrev)) {
                breaks.add(new Break(e.getSeq(), Kind.LINK_BROKEN));
            }
            expectedSeq = e.getSeq() + 1;
            expectedPrev = e.getEntryHash();
        }
        if (expectedSeq - 1 < head.getLastSeq()) {
            breaks.add(new Break(head.getLastSeq(), Kind.TAIL_MISSING));
        } else if (head.getLastSeq() > head.getAnchorSeq() && !expectedPrev.equals(head.getLastHash())) {
            breaks.add(new Break(head.getLastSeq(), Kind.LINK_BROKEN));
        }
        return new AuditVerification(checked, unsealed, List.copyOf(breaks));
    }
}
