package cn.perfeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's commands as they are run, in a JVM of their own through {@link Application#main}:
 * the first administrator is created on an empty database while another process holds the
 * portal's port (the exit codes of each case are tested in the portal's own context).
 */
class CommandLineTests {

    @TempDir
    Path dir;

    record Run(int exitCode, String output) {
    }

    private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xshare:off", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Application.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("PERFEVAL_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not end: " + Files.readString(dir.resolve("out.txt")));
        }
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void create_admin_runs_on_a_fresh_database_while_the_portal_port_is_taken() throws Exception {
        String database = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
        try (ServerSocket portal = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run created = run(Map.of("PERFEVAL_ADMIN_PASSWORD", "Erster#Zugang2026"), "create-admin",
                    "--username=sicherheit", database, "--server.port=" + portal.getLocalPort(),
                    "--perfeval.demo-data=true");
            assertThat(created.output()).contains("created SECURITY_ADMIN sicherheit").doesNotContain("already in use")
                    .doesNotContain("Demo data loaded");
            assertThat(created.exitCode()).isZero();
        }
    }
}
