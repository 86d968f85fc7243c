package cn.perfeval.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/** SHA-256 over a line's fields and the hash of the line before it. */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);
    private static final char SEPARATOR = '\u001f';
    private static final String NULL = "\u2400";

    private AuditHash() {
    }

    /**
     * The time counts in microseconds, the finest precision the columns keep; a line's time is
     * already cut to what its database stores (see {@link StoredTimePrecision}) before it is hashed.
     */
    static String of(AuditEntry e) {
        String canonical = String.join(String.valueOf(SEPARATOR), String.valueOf(e.getSeq()), text(e.getPrevHash()),
                content(e));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e2) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e2);
        }
    }

    /** What a line says (time, user, address, event, object, outcome, detail), without its place in the chain. */
    static String content(AuditEntry e) {
        Instant at = e.getOccurredAt().truncatedTo(ChronoUnit.MICROS);
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
        return String.join(String.valueOf(SEPARATOR), String.valueOf(micros), text(e.getUsername()),
                text(e.getSourceAddress()), text(e.getEvent()), text(e.getObject()), text(e.getOutcome()),
                text(e.getDetail()));
    }

    private static String text(String value) {
        return value == null ? NULL : value;
    }
}
