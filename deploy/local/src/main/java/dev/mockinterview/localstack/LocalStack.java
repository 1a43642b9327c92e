package dev.mockinterview.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole platform on one machine: PostgreSQL, Kafka, the three packaged services and the web proxy in front of
 * them ({@link OneOrigin}), with all their data in one folder. Only one stack may use a data folder at a time.
 */
public final class LocalStack implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    /**
     * A service of the platform: its folder in the repository, its database, its port and its management port (health,
     * metrics, OpenAPI) in the settings.
     */
    public record Service(String name, String database, int port, int managementPort) {
        public String url() {
            return "http://localhost:" + port;
        }

        public String managementUrl() {
            return "http://localhost:" + managementPort;
        }
    }

    private final StackSettings settings;
    private final FileChannel lockChannel;
    private final List<Service> services;
    private final Map<Service, JavaProcess> processes = new ConcurrentHashMap<>();
    private SigningKeys keys;
    private Postgres postgres;
    private KafkaBroker kafka;
    private OneOrigin proxy;
    private boolean closed;

    private LocalStack(StackSettings settings, FileChannel lockChannel) {
        this.settings = settings;
        this.lockChannel = lockChannel;
        this.services = List.of(
                new Service("question-service", "question", settings.questionPort(),
                        settings.questionManagementPort()),
                new Service("session-service", "session", settings.sessionPort(), settings.sessionManagementPort()),
                new Service("scoring-service", "scoring", settings.scoringPort(), settings.scoringManagementPort()));
    }

    /**
     * Starts everything and waits until every service is ready.
     *
     * @throws AlreadyRunningException when another stack holds the data folder; nothing in it was touched
     */
    public static LocalStack start(StackSettings settings, PrintStream progress) {
        LocalStack stack = open(settings);
        stack.startAll(progress);
        return stack;
    }

    /**
     * Takes the data folder without starting anything yet, so that a caller can arrange for {@link #close()} first.
     *
     * @throws AlreadyRunningException when another stack holds the data folder; nothing in it was touched
     */
    public static LocalStack open(StackSettings settings) {
        return new LocalStack(settings, lock(settings.dataFolder()));
    }

    public List<Service> services() {
        return services;
    }

    public Path dataFolder() {
        return settings.dataFolder();
    }

    /** The one origin of pages and APIs, {@code http://localhost:<proxy port>/}, once the stack has started. */
    public String webUrl() {
        return "http://localhost:" + settings.proxyPort() + "/";
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /** The services whose process has exited, with that process. */
    Map<Service, JavaProcess> exitedServices() {
        Map<Service, JavaProcess> exited = new LinkedHashMap<>();
        processes.forEach((service, process) -> {
            if (!process.isAlive()) {
                exited.put(service, process);
            }
        });
        return exited;
    }

    /** Starts a service whose process has exited again and waits until it is ready. */
    void restart(Service service) {
        JavaProcess process = startService(service);
        keepOrClose(() -> processes.put(service, process), process::stop);
        awaitReady(service, process);
    }

    /** Starts everything and waits until every service is ready; on failure stops what it started. */
    public void startAll(PrintStream progress) {
        try {
            Path data = settings.dataFolder();
            keys = SigningKeys.inFolder(data.resolve("keys"));
            progress.println("Starting PostgreSQL on port " + settings.postgresPort() + " ...");
            Postgres startedPostgres = Postgres.start(data.resolve("postgres"), settings.postgresPort(),
                    services.stream().map(Service::database).toList());
            keepOrClose(() -> postgres = startedPostgres, startedPostgres);
            progress.println("Starting Kafka on port " + settings.kafkaPort() + " ...");
            KafkaBroker startedKafka = KafkaBroker.start(data.resolve("kafka"), settings.kafkaPort(),
                    settings.kafkaControllerPort());
            keepOrClose(() -> kafka = startedKafka, startedKafka);
            kafka.createPlatformTopics(4);
            progress.println("Starting the services ...");
            for (Service service : services) {
                JavaProcess process = startService(service);
                keepOrClose(() -> processes.put(service, process), process::stop);
            }
            for (Service service : services) {
                awaitReady(service, processes.get(service));
            }
            progress.println("Starting the web proxy on port " + settings.proxyPort() + " ...");
            OneOrigin startedProxy = OneOrigin.start(settings.proxyPort(),
                    Routes.platform(settings.questionPort(), settings.sessionPort(), settings.scoringPort()),
                    new TokenIssuer(keys.privateKey()));
            keepOrClose(() -> proxy = startedProxy, startedProxy);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    // A Ctrl-C may close the stack while it is still starting: whatever starts after that is stopped at once.
    private synchronized void keepOrClose(Runnable keep, AutoCloseable started) {
        if (closed) {
            try {
                started.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
            throw new IllegalStateException("the local stack was stopped while starting");
        }
        keep.run();
    }

    private JavaProcess startService(Service service) {
        Path jar = settings.repository().resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw package -DskipTests");
        }
        Path tmp = settings.dataFolder().resolve("tmp").resolve(service.name());
        try {
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> environment = Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(service.port()),
                "QUARKUS_MANAGEMENT_PORT", Integer.toString(service.managementPort()),
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()),
                "QUARKUS_DATASOURCE_USERNAME", Postgres.USER,
                "QUARKUS_DATASOURCE_PASSWORD", Postgres.PASSWORD,
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyFile().toString(),
                "MP_JWT_VERIFY_ISSUER", TokenIssuer.ISSUER,
                // scoring-service's embedding model unpacks its tokenizer's native library here, not in ~/.djl.ai.
                "DJL_CACHE_DIR", tmp.resolve("djl").toString(),
                // The jars run in the prod profile, whose log lines are JSON; a person reads these, so plain text.
                "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        List<String> jvm = List.of("-Xmx384m", "-Djava.io.tmpdir=" + tmp,
                "-Dvertx.cacheDirBase=" + tmp.resolve("vertx"),
                "-jar", jar.toString());
        return JavaProcess.start(service.name(), jvm, environment,
                settings.dataFolder().resolve("logs").resolve(service.name() + ".log"));
    }

    private static void awaitReady(Service service, JavaProcess process) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(service.managementUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " exited while starting; see " + process.log());
            }
            try {
                HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the service is still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + service.name(), e);
            }
            pause();
        }
        throw new IllegalStateException(service.name() + " was not ready within " + READY_TIMEOUT + "; see "
                + process.log());
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static FileChannel lock(Path dataFolder) {
        try {
            Files.createDirectories(dataFolder);
            FileChannel channel = FileChannel.open(dataFolder.resolve("stack.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldInThisProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new AlreadyRunningException(dataFolder);
            }
            return channel;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + dataFolder, e);
        }
    }

    /** Stops the services, then Kafka, then PostgreSQL, and releases the data folder. */
    @Override
    public synchronized void close() {
        closed = true;
        if (proxy != null) {
            proxy.close();
            proxy = null;
        }
        processes.values().parallelStream().forEach(JavaProcess::stop);
        processes.clear();
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
        try {
            lockChannel.close();
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
    }

    /** Another stack is running on the same data folder. */
    public static final class AlreadyRunningException extends IllegalStateException {
        AlreadyRunningException(Path dataFolder) {
            super("A local stack is already running on " + dataFolder.toAbsolutePath()
                    + "; stop it first (Ctrl-C in its terminal) or set MIP_DATA_DIR to another folder.");
        }
    }
}
