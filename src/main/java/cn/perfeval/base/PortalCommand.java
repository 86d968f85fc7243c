package cn.perfeval.base;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;

/**
 * An operator's command, run instead of the portal ({@code --perfeval.command=NAME} or {@code NAME}
 * as the first argument): the web server does not start, the command runs and the process exits
 * with one of the codes below.
 */
public interface PortalCommand {

    /** Done; for a check: it holds. */
    int OK = 0;
    /** A check ran and failed (e.g. the audit chain is broken). */
    int FAILED = 1;
    /** The command could not run: arguments missing or wrong, database unreachable, unknown command. */
    int COULD_NOT_RUN = 2;
    /** The command ran and the product refused what it asked (e.g. the user exists, a weak password). */
    int REFUSED = 3;

    String name();

    /** Runs the command, writing what it did to {@code out}, and returns its exit code. */
    int run(ApplicationArguments args, PrintStream out);
}
