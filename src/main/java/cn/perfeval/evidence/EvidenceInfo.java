package cn.perfeval.evidence;

import java.time.Instant;

/**
 * An evidence file as a list shows it, without its bytes.
 *
 * @param contentType the type found in the content (e.g. {@code application/pdf}), not the one the client sent
 * @param sha256 the SHA-256 of the bytes, hexadecimal
 * @param round the report's round when the file was uploaded
 */
public record EvidenceInfo(long id, long reportId, String fileName, String contentType, long size, String sha256,
        String uploadedBy, Instant uploadedAt, int round, String note) {
}
