package cn.perfeval.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit log's high-water mark kept outside the database: one small file per chain (named by
 * the chain's id) in {@code perfeval.audit.anchor-dir} (default {@code ./data/audit-anchors}),
 * holding the sequence number and seal of the last line this application committed. The
 * database's user can rewind the chain's head to an earlier state it copied, and remove the lines
 * after it; the mark names the line that must still be there.
 */
@Component
class AuditAnchor {

    /** The last line committed: its sequence number and seal. */
    record Mark(long seq, String seal) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(AuditAnchor.class);

    private final Path dir;
    private final Map<String, Long> written = new ConcurrentHashMap<>();

    AuditAnchor(Environment environment) {
        this.dir = Path.of(environment.getProperty("perfeval.audit.anchor-dir", "./data/audit-anchors"));
    }

    /** Moves the mark to this line once the current transaction commits (never backwards). */
    void afterCommit(String chainId, long seq, String seal) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    write(chainId, seq, seal);
                }
            });
        } else {
            write(chainId, seq, seal);
        }
    }

    private synchronized void write(String chainId, long seq, String seal) {
        Long known = written.computeIfAbsent(chainId, id -> {
            Mark mark = read(file(id));
            return mark == null ? 0L : mark.seq();
        });
        if (seq <= known) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path temporary = dir.resolve(chainId + ".tmp");
            Files.writeString(temporary, seq + " " + seal + "\n", StandardCharsets.US_ASCII);
            Files.move(temporary, file(chainId), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.put(chainId, seq);
        } catch (IOException e) {
            // The line is committed and sealed; only the outside mark lags. Verification says so.
            LOG.error("Cannot write the audit log's anchor {}: {}", file(chainId).toAbsolutePath(), e.toString());
        }
    }

    /** Every chain's mark in the directory, read before the database is (so no mark is ahead of what it shows). */
    Map<String, Mark> readAll() {
        Map<String, Mark> marks = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            return marks;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.anchor")) {
            for (Path f : files) {
                Mark mark = read(f);
                if (mark != null) {
                    String name = f.getFileName().toString();
                    marks.put(name.substring(0, name.length() - ".anchor".length()), mark);
                }
            }
        } catch (IOException e) {
            LOG.error("Cannot read the audit log's anchors in {}: {}", dir.toAbsolutePath(), e.toString());
        }
        return marks;
    }

    Path directory() {
        return dir;
    }

    private Path file(String chainId) {
        return dir.resolve(chainId + ".anchor");
    }

    private static Mark read(Path file) {
        try {
            if (!Files.exists(file)) {
                return null;
            }
            String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
            return parts.length == 2 ? new Mark(Long.parseLong(parts[0]), parts[1]) : null;
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }
}
