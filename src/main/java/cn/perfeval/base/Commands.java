package cn.perfeval.base;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs the operator's command named by {@code --perfeval.command=NAME} (or the first argument, or
 * {@code PERFEVAL_COMMAND}) once the application context is up, and hands its exit code to
 * {@link SpringApplication#exit}. {@link #main} starts such a run without the web server, so a
 * command works while the portal itself runs on the same machine.
 */
@Component
public class Commands implements ApplicationRunner, ExitCodeGenerator {

    private static final String OPTION = "--perfeval.command=";

    private final List<PortalCommand> commands;
    private final Environment environment;
    private int exitCode;

    Commands(List<PortalCommand> commands, Environment environment) {
        this.commands = commands;
        this.environment = environment;
    }

    /** The command the arguments or the environment ask for, or null for the portal itself. */
    public static String requested(String[] args) {
        for (String arg : args) {
            if (arg.startsWith(OPTION)) {
                return arg.substring(OPTION.length());
            }
        }
        if (args.length > 0 && !args[0].startsWith("-")) {
            return args[0];
        }
        String env = System.getenv("PERFEVAL_COMMAND");
        return env == null || env.isBlank() ? null : env;
    }

    /**
     * Starts the application for a command, without web server, management server, job executor
     * or demo data, and returns the command's exit code; a start that fails (no database, wrong
     * settings) is {@link PortalCommand#COULD_NOT_RUN}.
     */
    public static int run(String[] args, Function<String[], ConfigurableApplicationContext> start) {
        List<String> fixed = List.of("--server.port=-1", "--management.server.port=-1",
                "--flowable.async-executor-activate=false", "--perfeval.demo-data=false", "--spring.main.banner-mode=off");
        String[] commandArgs = Stream.concat(Arrays.stream(args).filter(arg -> fixed.stream()
                .noneMatch(f -> arg.startsWith(f.substring(0, f.indexOf('=') + 1)))), fixed.stream())
                .toArray(String[]::new);
        try {
            return SpringApplication.exit(start.apply(commandArgs));
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            System.err.println("could not run: " + root.getMessage());
            return PortalCommand.COULD_NOT_RUN;
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        String name = environment.getProperty("perfeval.command");
        if ((name == null || name.isBlank()) && !args.getNonOptionArgs().isEmpty()) {
            name = args.getNonOptionArgs().getFirst();
        }
        if (name == null || name.isBlank()) {
            return;
        }
        exitCode = execute(name, args, System.out);
    }

    /** Runs the named command and returns its exit code. */
    public int execute(String name, ApplicationArguments args, PrintStream out) {
        PortalCommand command = commands.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        if (command == null) {
            out.println("unknown command: " + name + " ("
                    + String.join(", ", commands.stream().map(PortalCommand::name).sorted().toList()) + ")");
            return PortalCommand.COULD_NOT_RUN;
        }
        try {
            return command.run(args, out);
        } catch (RuntimeException e) {
            out.println(name + " could not run: " + e.getMessage());
            return PortalCommand.COULD_NOT_RUN;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
