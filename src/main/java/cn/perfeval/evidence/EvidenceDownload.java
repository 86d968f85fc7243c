package cn.perfeval.evidence;

/** An evidence file with its bytes, for download. */
public record EvidenceDownload(EvidenceInfo info, byte[] content) {
}
