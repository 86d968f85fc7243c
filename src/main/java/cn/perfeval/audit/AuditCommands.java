package cn.perfeval.audit;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The audit log's commands, run instead of the portal:
 * {@code --perfeval.command=audit-verify} checks the chain and exits 0 when it holds, 1 otherwise;
 * {@code --perfeval.command=audit-archive --perfeval.audit.archive-older-than-days=365
 * --perfeval.audit.archive-file=audit-2025.jsonl} runs the archive job.
 */
@Component
class AuditCommands implements ApplicationRunner, ExitCodeGenerator {

    private final AuditVerifier verifier;
    private final AuditArchive archive;
    private final Environment environment;
    private final ApplicationContext context;
    private final Clock clock;
    private int exitCode;

    AuditCommands(AuditVerifier verifier, AuditArchive archive, Environment environment, ApplicationContext context,
            Clock clock) {
        this.verifier = verifier;
        this.archive = archive;
        this.environment = environment;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        String command = environment.getProperty("perfeval.command");
        if (command == null || command.isBlank()) {
            return;
        }
        exitCode = execute(command, System.out);
        System.exit(org.springframework.boot.SpringApplication.exit(context, this));
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
                return result.intact() ? 0 : 1;
            }
            case "audit-archive" -> {
                long days = environment.getProperty("perfeval.audit.archive-older-than-days", Long.class,
                        AuditArchive.RETENTION.toDays());
                Path file = Path.of(environment.getProperty("perfeval.audit.archive-file", "audit-archive.jsonl"));
                int archived = archive.archiveBefore(clock.instant().minus(days, ChronoUnit.DAYS), file);
                out.printf("archived %d audit lines older than %d days to %s%n", archived, days, file);
                return 0;
            }
            default -> {
                out.println("unknown command: " + command + " (audit-verify, audit-archive)");
                return 2;
            }
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
