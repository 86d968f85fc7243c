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

    AuditCommands(AuditVerifier verifier, AuditArchive archive, Environment environment, Clock clock) {
        this.verifier = verifier;
        this.archive = archive;
        this.environment = environment;
        this.clock = clock;
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

    /** Runs a command and returns its exit code. */
    int execute(String command, PrintStream out) {
        switch (command) {
            case "audit-verify" -> {
                AuditVerification result = verifier.verifyChain();
                out.printf("audit chain: %d lines checked, %d unsealed lines from before the chain%n", result.checked(),
                        result.unsealed());
                result.breaks().forEach(b -> out.printf("  line %d: %s%n", b.seq(), b.kind()));
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
