package cn.perfeval.base;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code migrate}: brings the schema up to date and exits. Starting the application for a command
 * has already run the schema changelog and let the process engine create or upgrade its tables, so
 * this only reports. Run it as the schema owner ({@code PERFEVAL_DB_USER} set to the owner) before
 * the portal starts as an application user that may not change the schema (config/grants-*.sql).
 */
@Component
class MigrateCommand implements PortalCommand {

    private final JdbcTemplate jdbc;

    MigrateCommand(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "migrate";
    }

    @Override
    public int run(ApplicationArguments args, PrintStream out) {
        Integer changes = jdbc.queryForObject("select count(*) from DATABASECHANGELOG", Integer.class);
        out.printf("schema up to date: %d changesets applied, the process engine's tables in place%n", changes);
        return OK;
    }
}
