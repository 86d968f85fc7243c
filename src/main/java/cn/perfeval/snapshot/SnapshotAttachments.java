package cn.perfeval.snapshot;

import java.util.List;

/**
 * The names of a report's evidence attachments (佐证材料) as they are now, frozen with each
 * snapshot. Implemented by the module that keeps the attachments; without an implementation a
 * report has none. Called inside the submitting transaction, as the submitting user.
 */
public interface SnapshotAttachments {

    /** The names of the report's attachments now, in the order they are shown. */
    List<String> names(long reportId);
}
