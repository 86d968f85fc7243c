package cn.perfeval.identity;

import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.Messages;
import cn.perfeval.base.PerfevalException;
import cn.perfeval.base.PortalCommand;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code create-admin --username=NAME [--role=SECURITY_ADMIN|ADMIN|AUDITOR] [--display-name=TEXT]}:
 * creates an administrator (by default the security administrator, who then creates the other
 * administrators on the portal). The password comes from {@code PERFEVAL_ADMIN_PASSWORD} or, when
 * that is not set, from standard input (one line), never from the command line; it must be
 * changed at the first sign-in.
 */
@Component
class CreateAdminCommand implements PortalCommand {

    static final String PASSWORD_VARIABLE = "PERFEVAL_ADMIN_PASSWORD";

    private final FirstAdministrator administrators;
    private final Messages messages;

    CreateAdminCommand(FirstAdministrator administrators, Messages messages) {
        this.administrators = administrators;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "create-admin";
    }

    @Override
    public int run(ApplicationArguments args, PrintStream out) {
        String username = option(args, "username");
        if (username == null) {
            username = System.getenv("PERFEVAL_ADMIN_USERNAME");
        }
        String role = option(args, "role");
        return create(username, role == null ? Role.SECURITY_ADMIN.name() : role, option(args, "display-name"),
                password(), out);
    }

    /** Creates the administrator; the exit code says whether it was done, refused or could not run. */
    int create(String username, String roleName, String displayName, String password, PrintStream out) {
        if (username == null || username.isBlank()) {
            out.println("create-admin: --username=NAME is required (or PERFEVAL_ADMIN_USERNAME)");
            return COULD_NOT_RUN;
        }
        if (password == null || password.isEmpty()) {
            out.println("create-admin: no password: set " + PASSWORD_VARIABLE + " or give it on standard input");
            return COULD_NOT_RUN;
        }
        Role role;
        try {
            role = Role.valueOf(roleName.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            out.println("create-admin: unknown role " + roleName + " (SECURITY_ADMIN, ADMIN, AUDITOR)");
            return COULD_NOT_RUN;
        }
        if (!role.isAdministrator()) {
            out.println("create-admin refused: " + role + " is not an administrator role; the system administrator"
                    + " creates the users of the business roles on the portal");
            return REFUSED;
        }
        String name = username.strip();
        try {
            administrators.create(name, displayName == null || displayName.isBlank() ? name : displayName.strip(),
                    password, role);
        } catch (InvalidInputException e) {
            out.println("create-admin refused: " + String.join(" ", e.problems().stream()
                    .map(p -> messages.resolve(p.message(), Messages.DEFAULT_LOCALE)).toList()));
            return REFUSED;
        } catch (PerfevalException e) {
            out.println("create-admin refused: " + messages.resolve(e.localized(), Messages.DEFAULT_LOCALE));
            return REFUSED;
        }
        out.println("created " + role + " " + name + "; the password must be changed at the first sign-in");
        return OK;
    }

    private static String option(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static String password() {
        String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("password for the new administrator: ");
            return typed == null ? null : new String(typed);
        }
        try {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
