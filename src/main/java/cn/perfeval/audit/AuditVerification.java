package cn.perfeval.audit;

import java.util.List;

/**
 * What a verification of the audit chain found.
 *
 * @param checked lines whose hash, link and seal were checked
 * @param unsealed lines from before the hash chain (no sequence number), checked by their seals only
 * @param breaks every place where the chain does not hold, in chain order
 */
public record AuditVerification(long checked, long unsealed, List<Break> breaks) {

    public boolean intact() {
        return breaks.isEmpty();
    }

    /**
     * A place where the chain does not hold: the line's sequence number, or what {@link Kind} says
     * for the kinds about lines without one.
     */
    public record Break(long seq, Kind kind) {
    }

    public enum Kind {
        /** The line's content no longer matches its hash or its seal: it was edited. */
        CHANGED,
        /** The line does not follow the line before it: a line before it was removed, changed or inserted. */
        LINK_BROKEN,
        /** Lines with these sequence numbers are missing. */
        MISSING,
        /** The chain ends before the last line the head records: lines at the end were removed. */
        TAIL_MISSING,
        /**
         * A line the application never wrote: its seal does not match and it lies beyond the last
         * line the application is known to have written (inserted by someone without the key).
         */
        INSERTED,
        /**
         * The log ends before the last line the application committed, as its mark outside the
         * database records: lines at the end were removed and the head rewound.
         */
        TRUNCATED,
        /** The head's seal does not match: the head was moved by someone without the key. */
        HEAD_FORGED,
        /** A line without a sequence number whose seal does not match (the number is its row id). */
        UNNUMBERED_INSERTED,
        /** Lines from before the hash chain were removed (the number is how many). */
        UNNUMBERED_MISSING,
        /** The log was never sealed (no key has sealed it yet). */
        NOT_SEALED
    }
}
