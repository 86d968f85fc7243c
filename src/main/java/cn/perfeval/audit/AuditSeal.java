package cn.perfeval.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The key that seals the audit log, and the seals themselves (HMAC-SHA256). The key is never in
 * the database: it is {@code perfeval.audit.seal-key} (environment {@code PERFEVAL_AUDIT_SEAL_KEY},
 * 64 hexadecimal digits) or the file {@code perfeval.audit.seal-key-file} (environment
 * {@code PERFEVAL_AUDIT_SEAL_KEY_FILE}, default {@code ./data/audit-seal.key}), which is generated,
 * readable by its owner only, where it does not exist, unless {@code perfeval.audit.seal-key-required}
 * is {@code true}: then the application refuses to start without a key (decision 0046).
 */
@Component
class AuditSeal {

    static final String DEFAULT_KEY_FILE = "./data/audit-seal.key";
    private static final Logger LOG = LoggerFactory.getLogger(AuditSeal.class);
    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;
    private static final char SEPARATOR = '\u001f';

    private final SecretKeySpec key;
    private final String keyId;

    AuditSeal(Environment environment) {
        byte[] bytes = load(environment);
        key = new SecretKeySpec(bytes, ALGORITHM);
        keyId = fingerprint(bytes);
    }

    /** A short public name of the key (not the key): 16 hexadecimal digits of a hash of it. */
    String keyId() {
        return keyId;
    }

    /**
     * The seal of a line: its place in the log (sequence number, or row id for a line from before
     * the hash chain) and its content, but not its link to the line before (see {@link AuditHash}),
     * so that an edited line is named alone even where the hashes after it were recomputed.
     */
    String line(String chainId, AuditEntry e) {
        String place = e.getSeq() != null ? "seq " + e.getSeq() : "row " + e.getId();
        return mac("line", chainId, place, AuditHash.content(e));
    }

    /** The seal of the chain's head: where it ends, where it starts, the lines before it and the key's id. */
    String head(AuditChain head) {
        return mac("head", head.getChainId(), head.getSealKeyId(), String.valueOf(head.getLastSeq()),
                head.getLastHash(), String.valueOf(head.getAnchorSeq()), head.getAnchorHash(),
                String.valueOf(head.getUnnumberedCount()));
    }

    private String mac(String... parts) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            String text = String.join(String.valueOf(SEPARATOR), parts);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] load(Environment environment) {
        String given = environment.getProperty("perfeval.audit.seal-key");
        if (given != null && !given.isBlank()) {
            return parse(given, "perfeval.audit.seal-key");
        }
        Path file = Path.of(environment.getProperty("perfeval.audit.seal-key-file", DEFAULT_KEY_FILE));
        if (Files.exists(file)) {
            return read(file);
        }
        if (environment.getProperty("perfeval.audit.seal-key-required", Boolean.class, false)) {
            throw new IllegalStateException("No audit seal key: set PERFEVAL_AUDIT_SEAL_KEY (64 hexadecimal digits) or "
                    + "PERFEVAL_AUDIT_SEAL_KEY_FILE (a file holding them); " + file.toAbsolutePath()
                    + " does not exist (decision 0046)");
        }
        return generate(file);
    }

    private static byte[] generate(Path file) {
        byte[] bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Files.writeString(file, HexFormat.of().formatHex(bytes) + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the directory's permissions protect it
            }
            LOG.warn("Generated a new audit seal key in {}: keep it (and a copy) outside the database; the audit log"
                    + " cannot be verified without it", file.toAbsolutePath().normalize());
            return bytes;
        } catch (FileAlreadyExistsException another) {
            return read(file); // another process made it at the same moment
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit seal key " + file.toAbsolutePath(), e);
        }
    }

    private static byte[] read(Path file) {
        try {
            for (int attempt = 0; ; attempt++) {
                String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (text.length() >= 2 * KEY_BYTES || attempt >= 20) {
                    return parse(text, file.toAbsolutePath().toString());
                }
                Thread.sleep(50); // being written by the process that generated it
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit seal key " + file.toAbsolutePath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] parse(String hex, String source) {
        String text = hex.strip();
        if (text.length() < 2 * KEY_BYTES || !text.matches("[0-9a-fA-F]+") || text.length() % 2 != 0) {
            throw new IllegalStateException("The audit seal key in " + source + " must be at least " + 2 * KEY_BYTES
                    + " hexadecimal digits");
        }
        return HexFormat.of().parseHex(text);
    }

    private static String fingerprint(byte[] bytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("perfeval audit seal key".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(bytes)).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
