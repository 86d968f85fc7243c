package cn.perfeval.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The head of the audit chain (one row): the last line written and where verification starts. */
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
