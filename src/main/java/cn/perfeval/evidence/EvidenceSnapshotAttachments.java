package cn.perfeval.evidence;

import cn.perfeval.snapshot.SnapshotAttachments;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence files' names, frozen with each round's snapshot, so that reviewers see which
 * attachments a resubmission added or removed. Called by the snapshot module inside the
 * submission's transaction, on a report the submitting drafter has already been allowed to move.
 */
@Component
class EvidenceSnapshotAttachments implements SnapshotAttachments {

    private final EvidenceFileRepository files;

    EvidenceSnapshotAttachments(EvidenceFileRepository files) {
        this.files = files;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> names(long reportId) {
        return files.listOf(reportId).stream().map(EvidenceInfo::fileName).toList();
    }
}
