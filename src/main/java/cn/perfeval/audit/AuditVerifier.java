package cn.perfeval.audit;

import cn.perfeval.audit.AuditVerification.Break;
import cn.perfeval.audit.AuditVerification.Kind;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Walks the audit chain from its anchor and reports every line that was changed, removed or inserted. */
@Service
public class AuditVerifier {

    private final AuditEntryRepository entries;
    private final AuditChainRepository chain;

    AuditVerifier(AuditEntryRepository entries, AuditChainRepository chain) {
        this.entries = entries;
        this.chain = chain;
    }

    @PreAuthorize("hasRole('AUDITOR')")
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        return verifyChain();
    }

    /** The verification itself, for the command line (no signed-in user there). */
    @Transactional(readOnly = true)
    AuditVerification verifyChain() {
        AuditChain head = chain.head();
        long expectedSeq = head.getAnchorSeq() + 1;
        String expectedPrev = head.getAnchorHash();
        long checked = 0;
        long unsealed = 0;
        List<Break> breaks = new ArrayList<>();
        for (AuditEntry e : entries.inChainOrder()) {
            if (e.getSeq() == null) {
                unsealed++;
                continue;
            }
            if (e.getSeq() < expectedSeq) {
                continue;
            }
            checked++;
            if (e.getSeq() > expectedSeq) {
                for (long missing = expectedSeq; missing < e.getSeq(); missing++) {
                    breaks.add(new Break(missing, Kind.MISSING));
                }
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
