package cn.perfeval.audit;

import java.util.List;

/**
 * What a verification of the audit chain found.
 *
 * @param checked lines whose hash and link were checked
 * @param unsealed lines from before the chain existed (never sealed, so not verifiable)
 * @param breaks every place where the chain does not hold, in chain order
 */
public record AuditVerification(long checked, long unsealed, List<Break> breaks) {

    public boolean intact() {
        return breaks.isEmpty();
    }

    /** A place where the chain does not hold. */
    public record Break(long seq, Kind kind) {
    }

    public enum Kind {
        /** The line's content no longer matches its hash: it was changed. */
        CHANGED,
        /** The line does not follow the line before it: a line before it was removed, changed or inserted. */
        LINK_BROKEN,
        /** Lines with these sequence numbers are missing. */
        MISSING,
        /** The chain ends before the last line the head records: lines at the end were removed. */
        TAIL_MISSING
    }
}
