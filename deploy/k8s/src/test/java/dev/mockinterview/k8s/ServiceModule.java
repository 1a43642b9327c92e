package dev.mockinterview.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A service module of the repository (a folder with {@code src/main/resources/application.properties} naming
 * {@code quarkus.application.name}), as its configuration describes it: port, Kafka channels and topics, and the
 * environment variables it reads.
 */
record ServiceModule(String name, Path folder, Properties properties) {
    /**
     * Standard keys a Quarkus service reads although its application.properties does not set them, as environment
     * variables. Each is documented by Quarkus or MicroProfile; keep the list short and say why.
     */
    static final Map<String, String> STANDARD_KEYS = Map.ofEntries(
            Map.entry("QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url: where the service's database is"),
            Map.entry("QUARKUS_DATASOURCE_USERNAME", "quarkus.datasource.username: the database owner"),
            Map.entry("QUARKUS_DATASOURCE_PASSWORD", "quarkus.datasource.password: from a Secret"),
            Map.entry("KAFKA_BOOTSTRAP_SERVERS", "kafka.bootstrap.servers: every Kafka channel's default"),
            Map.entry("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "mp.jwt.verify.publickey.location: the token signing key"),
            Map.entry("MP_JWT_VERIFY_ISSUER", "mp.jwt.verify.issuer: the expected iss claim"),
            Map.entry("QUARKUS_SHUTDOWN_TIMEOUT", "quarkus.shutdown.timeout: how long a graceful shutdown may take"),
            Map.entry("QUARKUS_PROFILE", "quarkus.profile: the configuration profile (prod by default)"),
            Map.entry("QUARKUS_LOG_LEVEL", "quarkus.log.level: the root log level"),
            Map.entry("QUARKUS_HTTP_PORT", "quarkus.http.port: the HTTP port"),
            Map.entry("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES",
                    "quarkus.http.proxy.trusted-proxies: whose X-Forwarded-* headers count (web, profile prod)"),
            // Kafka client settings as the default of every Kafka client (kafka.*, Quarkus's default Kafka config).
            Map.entry("KAFKA_SECURITY_PROTOCOL", "kafka.security.protocol: SSL for the TLS listener"),
            Map.entry("KAFKA_SSL_KEYSTORE_TYPE", "kafka.ssl.keystore.type: PEM, the client certificate and key inline"),
            Map.entry("KAFKA_SSL_KEYSTORE_CERTIFICATE_CHAIN", "kafka.ssl.keystore.certificate.chain: its certificate"),
            Map.entry("KAFKA_SSL_KEYSTORE_KEY", "kafka.ssl.keystore.key: its private key (from a Secret)"),
            Map.entry("KAFKA_SSL_TRUSTSTORE_TYPE", "kafka.ssl.truststore.type: PEM"),
            Map.entry("KAFKA_SSL_TRUSTSTORE_CERTIFICATES", "kafka.ssl.truststore.certificates: the cluster CA"));

    /**
     * Keys of a Quarkus extension, readable only by a service whose pom.xml depends on that extension; by artifact id,
     * each documented by the extension's configuration reference.
     */
    static final Map<String, Map<String, String>> EXTENSION_KEYS = Map.of(
            "quarkus-opentelemetry", Map.of(
                    "QUARKUS_OTEL_SDK_DISABLED", "quarkus.otel.sdk.disabled: whether spans are made and exported",
                    "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "quarkus.otel.exporter.otlp.endpoint: the OTLP collector"),
            "quarkus-logging-json", Map.of(
                    "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "quarkus.log.console.json.enabled: JSON log lines"),
            "quarkus-oidc", Map.of(
                    "QUARKUS_OIDC_AUTH_SERVER_URL", "quarkus.oidc.auth-server-url: the OpenID Connect provider",
                    "QUARKUS_OIDC_CLIENT_ID", "quarkus.oidc.client-id: the platform's client at the provider",
                    "QUARKUS_OIDC_CREDENTIALS_SECRET", "quarkus.oidc.credentials.secret: that client's secret"));

    private static final Pattern CHANNEL_KEY =
            Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.(.+)");
    private static final Pattern OUTBOX_APPEND = Pattern.compile("outbox\\.append\\(\\s*Topics\\.([A-Z_]+)");
    private static final Pattern TOPIC_CONSTANT =
            Pattern.compile("static final String ([A-Z_]+) = \"([^\"]+)\";");

    static List<ServiceModule> all() {
        Path root = Repository.root();
        try (Stream<Path> folders = Files.list(root)) {
            return folders
                    .filter(folder -> Files.isRegularFile(configurationOf(folder)))
                    .map(ServiceModule::load)
                    .filter(module -> module.property("quarkus.application.name").isPresent())
                    .sorted((a, b) -> a.name().compareTo(b.name()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ServiceModule named(String name) {
        return all().stream()
                .filter(module -> module.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no service module named " + name + " in " + Repository.root()));
    }

    private static Path configurationOf(Path folder) {
        return folder.resolve("src/main/resources/application.properties");
    }

    private static ServiceModule load(Path folder) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(configurationOf(folder), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = properties.getProperty("quarkus.application.name", folder.getFileName().toString());
        return new ServiceModule(name, folder, properties);
    }

    Optional<String> property(String key) {
        return Optional.ofNullable(properties.getProperty(key)).map(String::trim);
    }

    int httpPort() {
        return Integer.parseInt(property("quarkus.http.port").orElse("8080"));
    }

    /** Where health, metrics and OpenAPI are served: Quarkus's management interface, when it is enabled. */
    Optional<Integer> managementPort() {
        return property("quarkus.management.enabled").filter("true"::equals)
                .map(enabled -> Integer.parseInt(property("quarkus.management.port").orElse("9000")));
    }

    /** A Kafka channel of the service: its direction, topic, dead-letter topic and consumer group where it has them. */
    record KafkaChannel(String name, boolean incoming, String topic, Optional<String> deadLetterTopic,
                        Optional<String> group) {
    }

    List<KafkaChannel> kafkaChannels() {
        Map<String, KafkaChannel> channels = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher matcher = CHANNEL_KEY.matcher(key);
            if (!matcher.matches()) {
                continue;
            }
            boolean incoming = matcher.group(1).equals("incoming");
            String prefix = "mp.messaging." + matcher.group(1) + "." + matcher.group(2) + ".";
            if (!"smallrye-kafka".equals(properties.getProperty(prefix + "connector", "smallrye-kafka").trim())) {
                continue;
            }
            String channel = matcher.group(2);
            Optional<String> deadLetter = "dead-letter-queue".equals(property(prefix + "failure-strategy").orElse(""))
                    ? Optional.of(property(prefix + "dead-letter-queue.topic").orElse("dead-letter-topic-" + channel))
                    : Optional.empty();
            channels.put(matcher.group(1) + "." + channel, new KafkaChannel(channel, incoming,
                    property(prefix + "topic").orElse(channel), deadLetter,
                    incoming ? property(prefix + "group.id") : Optional.empty()));
        }
        return List.copyOf(channels.values());
    }

    /**
     * Every Kafka topic the service names, by channel: the channel's topic (the channel name when no topic is set)
     * and its dead-letter topic when the failure strategy is dead-letter-queue.
     */
    Map<String, Set<String>> kafkaTopicsByChannel() {
        Map<String, Set<String>> topics = new TreeMap<>();
        for (KafkaChannel channel : kafkaChannels()) {
            Set<String> channelTopics = topics.computeIfAbsent(channel.name(), name -> new TreeSet<>());
            channelTopics.add(channel.topic());
            channel.deadLetterTopic().ifPresent(channelTopics::add);
        }
        return topics;
    }

    /** The topics the service's consumers read. */
    Set<String> topicsRead() {
        Set<String> topics = new TreeSet<>();
        kafkaChannels().stream().filter(KafkaChannel::incoming).forEach(channel -> topics.add(channel.topic()));
        return topics;
    }

    /** The consumer groups of its incoming channels. */
    Set<String> consumerGroups() {
        Set<String> groups = new TreeSet<>();
        kafkaChannels().forEach(channel -> channel.group().ifPresent(groups::add));
        return groups;
    }

    /**
     * The topics the service writes: its outgoing channels' topics, its dead-letter topics, and every topic its
     * sources append outbox events to ({@code outbox.append(Topics.NAME, ...)}: each record names its own topic).
     */
    Set<String> topicsWritten() {
        Set<String> topics = new TreeSet<>();
        for (KafkaChannel channel : kafkaChannels()) {
            if (!channel.incoming()) {
                topics.add(channel.topic());
            }
            channel.deadLetterTopic().ifPresent(topics::add);
        }
        Map<String, String> named = topicConstants();
        try (Stream<Path> sources = Files.walk(folder.resolve("src/main/java"))) {
            for (Path source : sources.filter(file -> file.toString().endsWith(".java")).toList()) {
                Matcher append = OUTBOX_APPEND.matcher(Files.readString(source));
                while (append.find()) {
                    topics.add(Optional.ofNullable(named.get(append.group(1))).orElseThrow(() -> new AssertionError(
                            source + " appends to Topics." + append.group(1) + ", which Topics does not define")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return topics;
    }

    /** The topic names of the contracts module's Topics, by constant. */
    private static Map<String, String> topicConstants() {
        try {
            Matcher constant = TOPIC_CONSTANT.matcher(Files.readString(Repository.root().resolve(
                    "contracts/src/main/java/dev/mockinterview/contracts/Topics.java")));
            Map<String, String> named = new TreeMap<>();
            while (constant.find()) {
                named.put(constant.group(1), constant.group(2));
            }
            return named;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Set<String> kafkaTopics() {
        Set<String> all = new TreeSet<>();
        kafkaTopicsByChannel().values().forEach(all::addAll);
        return all;
    }

    /** The group.id of the incoming channels that read {@code topic}. */
    Set<String> consumerGroupsOf(String topic) {
        Set<String> groups = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher matcher = CHANNEL_KEY.matcher(key);
            if (matcher.matches() && matcher.group(1).equals("incoming") && matcher.group(3).equals("topic")
                    && properties.getProperty(key).trim().equals(topic)) {
                property("mp.messaging.incoming." + matcher.group(2) + ".group.id").ifPresent(groups::add);
            }
        }
        return groups;
    }

    /**
     * The environment variables this service reads: its own keys by the env var naming rule, the standard ones, and
     * those of the extensions it depends on.
     */
    Set<String> readableEnvironmentVariables() {
        Set<String> names = new TreeSet<>(STANDARD_KEYS.keySet());
        EXTENSION_KEYS.forEach((extension, keys) -> {
            if (dependsOn(extension)) {
                names.addAll(keys.keySet());
            }
        });
        properties.stringPropertyNames().forEach(key -> names.add(environmentVariableOf(key)));
        return names;
    }

    /**
     * Whether the module depends on {@code io.quarkus:artifactId}: declared in its pom.xml or in the services parent
     * POM it inherits, itself or through the shared {@code web} module (the pages' extensions).
     */
    boolean dependsOn(String artifactId) {
        String poms = pomOf(folder) + pomOf(Repository.root().resolve("service-parent"));
        return declares(poms, "io\\.quarkus", artifactId)
                || declares(poms, "dev\\.mockinterview", "web") && declares(pomOf(Repository.root().resolve("web")),
                        "io\\.quarkus", artifactId);
    }

    private static boolean declares(String pom, String groupIdPattern, String artifactId) {
        return Pattern.compile("<groupId>" + groupIdPattern + "</groupId>\\s*<artifactId>" + Pattern.quote(artifactId)
                + "</artifactId>").matcher(pom).find();
    }

    private static String pomOf(Path module) {
        try {
            return Files.readString(module.resolve("pom.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * MicroProfile Config's rule: upper case, every character other than a letter or a digit becomes {@code _}
     * (so a profile prefix {@code %prod.} becomes {@code _PROD_}).
     */
    static String environmentVariableOf(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
