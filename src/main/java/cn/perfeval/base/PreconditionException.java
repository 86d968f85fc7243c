package cn.perfeval.base;

/**
 * A conditional request refused: the version the caller named (HTTP {@code If-Match}) is no longer
 * the stored one (412), or the caller named none where one is required (428).
 */
public class PreconditionException extends PerfevalException {

    private final boolean missing;
    private final Long currentVersion;

    private PreconditionException(boolean missing, Long currentVersion, String key, Object... args) {
        super(new LocalizedMessage(key, args));
        this.missing = missing;
        this.currentVersion = currentVersion;
    }

    /** No version was named where a change needs one (428 Precondition Required). */
    public static PreconditionException required(String key, Object... args) {
        return new PreconditionException(true, null, key, args);
    }

    /** The named version is stale: {@code currentVersion} is stored now (412 Precondition Failed). */
    public static PreconditionException failed(long currentVersion, String key, Object... args) {
        return new PreconditionException(false, currentVersion, key, args);
    }

    /** Whether no version was named at all. */
    public boolean missing() {
        return missing;
    }

    /** The version stored now, where the named one was stale; else null. */
    public Long currentVersion() {
        return currentVersion;
    }
}
