package cn.perfeval.snapshot;

import cn.perfeval.report.ReportDocument;
import java.util.List;

/** The report as it was submitted in a round: the document with money in yuan and the attachment names. */
public record RoundSnapshot(SnapshotInfo info, ReportDocument document, List<String> attachments) {

    public RoundSnapshot {
        attachments = List.copyOf(attachments);
    }
}
