package cn.perfeval.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The head of the audit chain (one row): the last line written and where verification starts;
 * once sealed, the chain's id, the id of the key sealing it, the number of lines from before the
 * hash chain and the head's own seal ({@link AuditSeal#head}).
 */
@Entity
@Table(name = "audit_chain")
class AuditChain {

    static final int HEAD = 1;

    @Id
    private Integer id;
    private long lastSeq;
    private String lastHash;
    private long anchorSeq;
    private String anchorHash;
    private String chainId;
    private String sealKeyId;
    private Long unnumberedCount;
    private String headSeal;

    protected AuditChain() {
    }

    void advance(long seq, String hash) {
        lastSeq = seq;
        lastHash = hash;
    }

    void anchor(long seq, String hash) {
        anchorSeq = seq;
        anchorHash = hash;
    }

    /** Seals the chain: from now on every line and the head carry seals of this key. */
    void sealWith(String chain, String keyId, long unnumbered) {
        chainId = chain;
        sealKeyId = keyId;
        unnumberedCount = unnumbered;
    }

    void seal(String seal) {
        headSeal = seal;
    }

    boolean sealed() {
        return chainId != null;
    }

    String getChainId() {
        return chainId;
    }

    String getSealKeyId() {
        return sealKeyId;
    }

    long getUnnumberedCount() {
        return unnumberedCount == null ? 0 : unnumberedCount;
    }

    String getHeadSeal() {
        return headSeal;
    }

    long getLastSeq() {
        return lastSeq;
    }

    String getLastHash() {
        return lastHash;
    }

    long getAnchorSeq() {
        return anchorSeq;
    }

    String getAnchorHash() {
        return anchorHash;
    }
}
