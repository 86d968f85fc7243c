package cn.perfeval.audit;

import cn.perfeval.base.PortalCommand;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The audit log's commands, run instead of the portal (see {@link cn.perfeval.base.Commands}):
 * {@code --perfeval.command=audit-verify} checks the chain and exits 0 when it holds, 1 otherwise;
 * {@code --perfeval.command=audit-archive --perfeval.audit.archive-older-than-days=365
 * --perfeval.audit.archive-file=audit-2025.jsonl} runs the archive job.
 */
@Component
class AuditCommands {

    private final AuditVerifier verifier;
    private final AuditArchive archive;
    private final Environment environment;
    private final Clock clock;
    private final AuditSeal seals;

    AuditCommands(AuditVerifier verifier, AuditArchive archive, Environment environment, Clock clock,
            AuditSeal seals) {
        this.verifier = verifier;
        this.archive = archive;
        this.environment = environment;
        this.clock = clock;
        this.seals = seals;
    }

    @Bean
    PortalCommand auditVerifyCommand() {
        return command("audit-verify");
    }

    @Bean
    PortalCommand auditArchiveCommand() {
        return command("audit-archive");
    }

    private PortalCommand command(String name) {
        return new PortalCommand() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int run(ApplicationArguments args, PrintStream out) {
                return execute(name, out);
            }
        };
    }

    private static String place(AuditVerification.Break b) {
        return switch (b.kind()) {
            case UNNUMBERED_INSERTED -> "row id " + b.seq();
            case UNNUMBERED_MISSING -> b.seq() + " lines";
            default -> "line " + b.seq();
        };
    }

    /** What a break means, in the operator's words. */
    static String meaning(AuditVerification.Kind kind) {
        return switch (kind) {
            case CHANGED -> "edited: its content no longer matches its hash or its seal";
            case LINK_BROKEN -> "does not follow the line before it";
            case MISSING -> "deleted";
            case TAIL_MISSING -> "the lines up to the one the head records were deleted";
            case INSERTED -> "inserted: a line the application never wrote, its seal does not match";
            case TRUNCATED -> "truncated: the log ends before this line, the last one the application committed"
                    + " (its mark outside the database); lines were deleted and the head rewound";
            case HEAD_FORGED -> "the chain's head was moved by someone without the seal key";
            case UNNUMBERED_INSERTED -> "inserted among the lines from before the hash chain, without a valid seal";
            case UNNUMBERED_MISSING -> "deleted from the lines from before the hash chain";
            case NOT_SEALED -> "the log has not been sealed with a key yet";
        };
    }

    /** Runs a command and returns its exit code. */
    int execute(String command, PrintStream out) {
        switch (command) {
            case "audit-verify" -> {
                AuditVerification result = verifier.verifyChain();
                out.printf("audit chain: %d lines checked, %d lines from before the hash chain checked by their seals;"
                        + " seal key %s%n", result.checked(), result.unsealed(), seals.keyId());
                result.breaks().forEach(b -> out.printf("  %s: %s (%s)%n", place(b), b.kind(), meaning(b.kind())));
                out.println(result.intact() ? "audit chain intact" : "audit chain BROKEN");
                return result.intact() ? PortalCommand.OK : PortalCommand.FAILED;
            }
            case "audit-archive" -> {
                long days = environment.getProperty("perfeval.audit.archive-older-than-days", Long.class,
                        AuditArchive.RETENTION.toDays());
                Path file = Path.of(environment.getProperty("perfeval.audit.archive-file", "audit-archive.jsonl"));
                int archived;
                try {
                    archived = archive.archiveBefore(clock.instant().minus(days, ChronoUnit.DAYS), file);
                } catch (IllegalArgumentException withinRetention) {
                    out.println("refused: " + withinRetention.getMessage());
                    return PortalCommand.REFUSED;
                }
                out.printf("archived %d audit lines older than %d days to %s%n", archived, days, file);
                return PortalCommand.OK;
            }
            default -> {
                out.println("unknown command: " + command + " (audit-verify, audit-archive)");
                return PortalCommand.COULD_NOT_RUN;
            }
        }
    }
}
