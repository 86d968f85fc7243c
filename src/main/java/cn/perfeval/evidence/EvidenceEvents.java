package cn.perfeval.evidence;

/** Domain events of evidence files. */
public final class EvidenceEvents {

    private EvidenceEvents() {
    }

    /** A drafter attached a file to a report. */
    public record EvidenceAdded(long reportId, int round, long fileId, String fileName, String sha256,
            String username) {
    }

    /** A drafter removed a file from a report. */
    public record EvidenceRemoved(long reportId, int round, long fileId, String fileName, String username) {
    }
}
