package dev.journeydash.source.sql;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the tests' own, from Debian's packages: {@code initdb} in a temporary
 * folder (as the {@code postgres} user when the tests run as root, since initdb refuses root),
 * started with {@code pg_ctl} on a free loopback port, password login (scram-sha-256) for the
 * superuser {@link #USER}, stopped and deleted by {@link #close()}. Missing binaries fail the test
 * with what to install: bin/test installs the package.
 */
public final class PostgresServer implements AutoCloseable {
    /** The superuser the server is made with. */
    public static final String USER = "journeydash";
    /** Its password: tests look for it in everything journeydash writes and prints. */
    public static final String PASSWORD = "pw-Xq7-secret-9b2f";

    private final Path dir;
    private final Path bin;
    private final int port;
    private final boolean root;

    private PostgresServer(Path dir, Path bin, int port, boolean root) {
        this.dir = dir;
        this.bin = bin;
        this.port = port;
        this.root = root;
    }

    /** Makes and starts a server. */
    public static PostgresServer start() throws IOException, InterruptedException {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("journeydash-pg");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        Path pw = Files.writeString(dir.resolve("pw"), PASSWORD + "\n", StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("sock"));
        if (root) {
            UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            for (Path p : List.of(dir, pw, dir.resolve("sock"))) {
                Files.setOwner(p, postgres);
            }
        }
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        PostgresServer server = new PostgresServer(dir, bin, port, root);
        try {
            server.exec(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER, "-A", "scram-sha-256",
                    "--pwfile=" + pw, "-E", "UTF8", "--locale=C", "--no-sync");
            server.exec(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-t", "60", "-l",
                    dir.resolve("log").toString(), "-o", "-p " + port + " -k " + dir.resolve("sock")
                            + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_parallel_workers_per_gather=2", "start");
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static Path binaries() {
        Path lib = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> versions = Files.list(lib)) {
                Path found = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(Path::toString)).orElse(null);
                if (found != null) {
                    return found;
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("PostgreSQL's initdb and pg_ctl are not installed (/usr/lib/postgresql/*/bin): the "
                + "SQL tests start a server of their own; install it with apt-get install -y postgresql (bin/test does)");
    }

    private void exec(String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (root) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(List.of(command));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            String log = Files.exists(dir.resolve("log")) ? Files.readString(dir.resolve("log")) : "";
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out + log);
        }
    }

    /** The JDBC URL of database {@code postgres} on this server. */
    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** A superuser connection. */
    public Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", USER);
        p.setProperty("password", PASSWORD);
        return DriverManager.getConnection(url(), p);
    }

    /** Runs {@code sql} (statements separated by ;) as the superuser. */
    public void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A credentials file with the superuser's login, written in {@code folder}. */
    public Path credentials(Path folder, String password) throws IOException {
        return Files.writeString(folder.resolve("db.properties"), "user=" + USER + "\npassword=" + password + "\n");
    }

    /**
     * A server for one test class: {@code @RegisterExtension static final PostgresServer.PerClass pg = new
     * PostgresServer.PerClass("CREATE TABLE ...")} starts it (and runs the setup SQL) before the class's tests
     * and stops it after them, also when they fail.
     */
    public static final class PerClass implements org.junit.jupiter.api.extension.BeforeAllCallback,
            org.junit.jupiter.api.extension.AfterAllCallback {
        private final String setup;
        private PostgresServer server;

        /** @param setup SQL run once the server is up (statements separated by ;), or empty */
        public PerClass(String setup) {
            this.setup = setup;
        }

        /** The running server. */
        public PostgresServer server() {
            return server;
        }

        @Override
        public void beforeAll(org.junit.jupiter.api.extension.ExtensionContext context) throws Exception {
            server = start();
            if (!setup.isEmpty()) {
                server.execute(setup);
            }
        }

        @Override
        public void afterAll(org.junit.jupiter.api.extension.ExtensionContext context) throws Exception {
            if (server != null) {
                server.close();
            }
        }
    }

    /** Stops the server and deletes its folder. */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (Files.exists(dir.resolve("data").resolve("postmaster.pid"))) {
                exec(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
