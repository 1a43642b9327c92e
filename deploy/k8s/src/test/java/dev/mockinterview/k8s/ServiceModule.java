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
    static final Map<String, String> STANDARD_KEYS = Map.of(
            "QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url: where the service's database is",
            "QUARKUS_DATASOURCE_USERNAME", "quarkus.datasource.username: the database owner",
            "QUARKUS_DATASOURCE_PASSWORD", "quarkus.datasource.password: the owner's password (from a Secret)",
            "KAFKA_BOOTSTRAP_SERVERS", "kafka.bootstrap.servers: the default of every SmallRye Kafka channel",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "mp.jwt.verify.publickey.location: the token signing key",
            "MP_JWT_VERIFY_ISSUER", "mp.jwt.verify.issuer: the expected iss claim",
            "QUARKUS_SHUTDOWN_TIMEOUT", "quarkus.shutdown.timeout: how long a graceful shutdown may take",
            "QUARKUS_PROFILE", "quarkus.profile: the configuration profile (prod by default)",
            "QUARKUS_LOG_LEVEL", "quarkus.log.level: the root log level",
            "QUARKUS_HTTP_PORT", "quarkus.http.port: the HTTP port");

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

    /**
     * Every Kafka topic the service names, by channel: the channel's topic (the channel name when no topic is set)
     * and its dead-letter topic when the failure strategy is dead-letter-queue.
     */
    Map<String, Set<String>> kafkaTopicsByChannel() {
        Map<String, Set<String>> topics = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher matcher = CHANNEL_KEY.matcher(key);
            if (!matcher.matches()) {
                continue;
            }
            String prefix = "mp.messaging." + matcher.group(1) + "." + matcher.group(2) + ".";
            if (!"smallrye-kafka".equals(properties.getProperty(prefix + "connector", "smallrye-kafka").trim())) {
                continue;
            }
            Set<String> channelTopics = topics.computeIfAbsent(matcher.group(2), channel -> new TreeSet<>());
            channelTopics.add(property(prefix + "topic").orElse(matcher.group(2)));
            if ("dead-letter-queue".equals(property(prefix + "failure-strategy").orElse(""))) {
                channelTopics.add(property(prefix + "dead-letter-queue.topic")
                        .orElse("dead-letter-topic-" + matcher.group(2)));
            }
        }
        return topics;
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
