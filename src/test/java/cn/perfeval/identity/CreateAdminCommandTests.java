package cn.perfeval.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.base.Commands;
import cn.perfeval.base.PortalCommand;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

@PortalTest
class CreateAdminCommandTests {

    static final String PASSWORD = "Erster#Zugang2026";

    @Autowired
    CreateAdminCommand command;
    @Autowired
    Commands commands;
    @Autowired
    AccountSecurity account;
    @Autowired
    SecurityAdministration security;
    @Autowired
    AsUser as;
    @Autowired
    JdbcTemplate jdbc;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int create(String username, String role, String password) {
        return command.create(username, role, null, password, new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_first_security_administrator_is_created_must_change_the_password_and_is_audited() {
        assertThat(create("sec-first", "SECURITY_ADMIN", PASSWORD)).isEqualTo(PortalCommand.OK);
        assertThat(output()).contains("created SECURITY_ADMIN sec-first");

        assertThat(as.call("sec-first", () -> account.mustChangePassword())).isTrue();
        assertThat(as.call("sec-first", () -> security.accounts())).filteredOn(a -> a.username().equals("sec-first"))
                .singleElement().satisfies(a -> assertThat(a.role()).isEqualTo(Role.SECURITY_ADMIN));
        Map<String, Object> line = jdbc.queryForMap("select username, outcome, detail from audit_entry"
                + " where event = 'USER_CREATE' and object_ref = 'user:sec-first'");
        assertThat(line.values()).containsExactly("system:create-admin", "SUCCESS", "SECURITY_ADMIN");
    }

    @Test
    void a_taken_username_a_weak_password_and_a_business_role_are_refused_with_exit_code_3() {
        assertThat(create("security", "SECURITY_ADMIN", PASSWORD)).isEqualTo(PortalCommand.REFUSED);
        assertThat(output()).contains("用户名“security”已被使用");
        assertThat(create("auditor-new", "AUDITOR", "short")).isEqualTo(PortalCommand.REFUSED);
        assertThat(create("drafter-new", "DRAFTER", PASSWORD)).isEqualTo(PortalCommand.REFUSED);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username in ('auditor-new', 'drafter-new')",
                Integer.class)).isZero();
    }

    @Test
    void a_missing_username_or_password_or_an_unknown_role_cannot_run_exit_code_2() {
        assertThat(create(null, "SECURITY_ADMIN", PASSWORD)).isEqualTo(PortalCommand.COULD_NOT_RUN);
        assertThat(create("nobody-yet", "SECURITY_ADMIN", "")).isEqualTo(PortalCommand.COULD_NOT_RUN);
        assertThat(create("nobody-yet", "KING", PASSWORD)).isEqualTo(PortalCommand.COULD_NOT_RUN);
        assertThat(output()).contains("--username=NAME is required").contains("PERFEVAL_ADMIN_PASSWORD")
                .contains("unknown role KING");
    }

    @Test
    void an_unknown_command_cannot_run_and_the_audit_check_runs_through_the_same_runner() {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertThat(commands.execute("make-coffee", new DefaultApplicationArguments(), print))
                .isEqualTo(PortalCommand.COULD_NOT_RUN);
        assertThat(output()).contains("unknown command: make-coffee (audit-archive, audit-verify, create-admin, migrate)");
        assertThat(commands.execute("audit-verify", new DefaultApplicationArguments(), print)).isEqualTo(PortalCommand.OK);
        assertThat(output()).contains("audit chain intact");
        assertThat(commands.execute("migrate", new DefaultApplicationArguments(), print)).isEqualTo(PortalCommand.OK);
        assertThat(output()).containsPattern("schema up to date: \\d+ changesets applied");
    }
}
