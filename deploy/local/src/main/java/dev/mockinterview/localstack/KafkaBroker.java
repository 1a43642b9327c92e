package dev.mockinterview.localstack;

import dev.mockinterview.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A real Kafka broker in KRaft mode (broker and controller in one node) running as its own JVM from the
 * {@code org.apache.kafka:kafka_2.13} jars, on this module's runtime class path as Maven resolved it
 * ({@code runtime.classpath}, written by the build). Its storage is formatted on the first start in a folder and kept
 * across restarts.
 */
public final class KafkaBroker implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path folder;
    private final int port;
    private final int controllerPort;
    private JavaProcess process;

    private KafkaBroker(Path folder, int port, int controllerPort) {
        this.folder = folder;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Formats the storage in the folder if it is new, starts the broker and waits until it answers. */
    public static KafkaBroker start(Path folder, int port, int controllerPort) {
        KafkaBroker broker = new KafkaBroker(folder.toAbsolutePath(), port, controllerPort);
        broker.start();
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Creates every topic of the platform that does not exist yet; question-catalogue is compacted. */
    public void createPlatformTopics(int partitions) {
        List<NewTopic> topics = Topics.ALL.stream()
                .map(name -> new NewTopic(name, partitions, (short) 1).configs(name.equals(Topics.QUESTION_CATALOGUE)
                        ? Map.of("cleanup.policy", "compact") : Map.of()))
                .toList();
        try (Admin admin = admin()) {
            for (var result : admin.createTopics(topics).values().values()) {
                try {
                    result.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create the topics", e.getCause());
                    }
                }
            }
        } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("could not create the topics", e);
        }
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            Path config = writeConfiguration();
            Path log = folder.resolve("kafka.log");
            if (!Files.exists(folder.resolve("logs").resolve("meta.properties"))) {
                JavaProcess.run("kafka-storage-format", jvm(config, "kafka.tools.StorageTool", "format",
                        "-t", Uuid.randomUuid().toString(), "-c", config.toString()), log, Duration.ofSeconds(60));
            }
            process = JavaProcess.start("kafka", jvm(config, "kafka.Kafka", config.toString()), Map.of(), log);
            awaitReady();
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare Kafka in " + folder, e);
        }
    }

    /** Stops the broker and keeps its data; {@link #start()} brings it back. */
    public synchronized void stop() {
        if (process != null) {
            process.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        try (Admin admin = admin()) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka exited while starting; see " + process.log());
                }
                try {
                    admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("Kafka did not answer within " + START_TIMEOUT
                                + "; see " + process.log(), e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }

    private List<String> jvm(Path config, String mainClass, String... arguments) {
        Path tmp = folder.resolve("tmp");
        List<String> command = new java.util.ArrayList<>(List.of(
                "-Xms256m", "-Xmx256m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20", "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + tmp,
                "-Dlog4j2.configurationFile=" + config.resolveSibling("log4j2.properties"),
                "-cp", classPath(), mainClass));
        command.addAll(List.of(arguments));
        return command;
    }

    private Path writeConfiguration() throws IOException {
        Files.createDirectories(folder.resolve("tmp"));
        Path config = folder.resolve("server.properties");
        String listeners = "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort;
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                // Static voters rather than a formatted dynamic quorum, so that other ports on a later start work.
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=" + listeners,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + folder.resolve("logs"),
                "num.partitions=1",
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                ""));
        Files.writeString(config.resolveSibling("log4j2.properties"), String.join("\n",
                "appender.console.type=Console",
                "appender.console.name=STDOUT",
                "appender.console.layout.type=PatternLayout",
                "appender.console.layout.pattern=[%d] %p %m (%c)%n",
                "rootLogger.level=WARN",
                "rootLogger.appenderRef.stdout.ref=STDOUT",
                "logger.server.name=kafka.server",
                "logger.server.level=INFO",
                ""));
        return config;
    }

    /** The jars of this module's runtime class path, Kafka's among them, as the build resolved them. */
    static String classPath() {
        try (InputStream listed = KafkaBroker.class.getResourceAsStream("runtime.classpath")) {
            if (listed == null) {
                throw new IllegalStateException("runtime.classpath is missing: build the local stack first"
                        + " (./mvnw -pl deploy/local -am package -DskipTests)");
            }
            return new String(listed.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
