package cn.perfeval.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The explicit archive job: moves the lines older than a cutoff, which must lie at least the
 * retention period (180 days) in the past, to a file (one JSON object a line, hashes included)
 * and removes them from the table; the chain's anchor moves to the last archived line, so the
 * remaining chain still verifies. Nothing else ever removes audit lines. It runs from the command
 * line with database credentials that may delete, which the application's own user does not need.
 */
@Service
public class AuditArchive {

    /** Lines are kept in the table at least this long. */
    public static final Duration RETENTION = Duration.ofDays(180);

    private final AuditEntryRepository entries;
    private final AuditChainRepository chain;
    private final JsonMapper json;
    private final Clock clock;
    private final AuditSeal seals;

    AuditArchive(AuditEntryRepository entries, AuditChainRepository chain, JsonMapper json, Clock clock,
            AuditSeal seals) {
        this.entries = entries;
        this.chain = chain;
        this.json = json;
        this.clock = clock;
        this.seals = seals;
    }

    /**
     * Archives the sealed lines written before {@code cutoff} into {@code file} (appended to) and
     * removes them from the table.
     *
     * @return how many lines were archived
     * @throws IllegalArgumentException when the cutoff lies within the retention period
     */
    @Transactional
    public int archiveBefore(Instant cutoff, Path file) {
        Instant latestAllowed = clock.instant().minus(RETENTION);
        if (cutoff.isAfter(latestAllowed)) {
            throw new IllegalArgumentException("Audit lines are kept at least " + RETENTION.toDays()
                    + " days: the cutoff must not be after " + latestAllowed);
        }
        AuditChain head = chain.lockHead();
        List<AuditEntry> old = entries.findBySeqNotNullAndOccurredAtBeforeOrderBySeq(cutoff);
        if (old.isEmpty()) {
            return 0;
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            for (AuditEntry e : old) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("seq", e.getSeq());
                line.put("at", e.getOccurredAt().toString());
                line.put("user", e.getUsername());
                line.put("sourceAddress", e.getSourceAddress());
                line.put("event", e.getEvent());
                line.put("object", e.getObject());
                line.put("outcome", e.getOutcome());
                line.put("detail", e.getDetail());
                line.put("prevHash", e.getPrevHash());
                line.put("hash", e.getEntryHash());
                line.put("seal", e.getSeal());
                out.write(json.writeValueAsString(line));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit archive " + file, e);
        }
        AuditEntry last = old.getLast();
        entries.deleteAllInBatch(old);
        head.anchor(last.getSeq(), last.getEntryHash());
        if (head.sealed()) {
            head.seal(seals.head(head));
        }
        return old.size();
    }
}
