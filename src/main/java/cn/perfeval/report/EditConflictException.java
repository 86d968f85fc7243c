package cn.perfeval.report;

import cn.perfeval.base.ActionRefusedException;
import java.time.Instant;

/**
 * A save of a draft refused because someone else saved the report after the caller read it.
 * Carries who saved, when, and the version stored now, so that a screen can offer to load the
 * newer content or to save the caller's own content over it.
 */
public class EditConflictException extends ActionRefusedException {

    private final String savedBy;
    private final Instant savedAt;
    private final long currentVersion;

    public EditConflictException(String savedBy, Instant savedAt, long currentVersion) {
        super("error.report.saved-by-other", savedBy, savedAt);
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.currentVersion = currentVersion;
    }

    /** The user who saved last. */
    public String savedBy() {
        return savedBy;
    }

    /** When they saved. */
    public Instant savedAt() {
        return savedAt;
    }

    /** The version stored now: a save expecting it writes over their content. */
    public long currentVersion() {
        return currentVersion;
    }
}
