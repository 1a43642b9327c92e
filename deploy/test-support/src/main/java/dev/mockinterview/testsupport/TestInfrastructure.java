package dev.mockinterview.testsupport;

import dev.mockinterview.localstack.KafkaBroker;
import dev.mockinterview.localstack.Postgres;
import dev.mockinterview.localstack.SigningKeys;
import dev.mockinterview.localstack.StackSettings;
import dev.mockinterview.localstack.TokenIssuer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a service's {@code @QuarkusTest} needs, started for real the way the local stack starts it: a PostgreSQL
 * database, a Kafka broker with the platform's topics, and a signing key pair whose public half the service
 * trusts. Everything lives under the module's {@code target/} folder.
 */
public class TestInfrastructure implements QuarkusTestResourceLifecycleManager {
    private static Path postgresFolder;
    private static int postgresPort;
    private static Postgres postgres;
    private static KafkaBroker kafka;
    private static TokenIssuer tokens;

    @Override
    public Map<String, String> start() {
        Path folder = Path.of("target", "test-infrastructure", UUID.randomUUID().toString()).toAbsolutePath();
        postgresFolder = folder.resolve("postgres");
        postgres = Postgres.start(postgresFolder, 0, List.of("service"));
        postgresPort = postgres.port();
        kafka = KafkaBroker.start(folder.resolve("kafka"), StackSettings.freePort(), StackSettings.freePort());
        kafka.createPlatformTopics(2);
        SigningKeys keys = SigningKeys.inFolder(folder.resolve("keys"));
        tokens = new TokenIssuer(keys.privateKey());
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl("service"),
                "quarkus.datasource.username", Postgres.USER,
                "quarkus.datasource.password", Postgres.PASSWORD,
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "mp.jwt.verify.publickey.location", keys.publicKeyFile().toString(),
                "mp.jwt.verify.issuer", TokenIssuer.ISSUER);
    }

    @Override
    public void stop() {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    /** Stops PostgreSQL, as an outage would: the service's connections fail until {@link #startPostgres()}. */
    public static void stopPostgres() {
        postgres.close();
    }

    /** Starts PostgreSQL again after {@link #stopPostgres()}, on the same port and data folder, every row kept. */
    public static void startPostgres() {
        postgres = Postgres.start(postgresFolder, postgresPort, List.of());
    }

    /** A bearer token for the role (candidate, recruiter, admin) and subject, signed with the trusted key. */
    public static String token(String role, String subject) {
        return tokens.token(role, subject);
    }

    /** A token signed with the trusted key but issued for another audience. */
    public static String token(String role, String subject, String audience) {
        return tokens.token(role, subject, audience);
    }

    /** The broker the service under test talks to. */
    public static KafkaBroker kafka() {
        return kafka;
    }
}
