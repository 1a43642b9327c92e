package dev.mockinterview.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local stack keeps its data and which ports it takes. Each value can be overridden by the environment
 * variable named next to it.
 */
public record StackSettings(Path repository, Path dataFolder, int questionPort, int sessionPort, int scoringPort,
                            int questionManagementPort, int sessionManagementPort, int scoringManagementPort,
                            int postgresPort, int kafkaPort, int kafkaControllerPort, int proxyPort) {

    /** The defaults, overridden by MIP_DATA_DIR, MIP_QUESTION_PORT, MIP_SESSION_PORT, MIP_SCORING_PORT,
     * MIP_QUESTION_MANAGEMENT_PORT, MIP_SESSION_MANAGEMENT_PORT, MIP_SCORING_MANAGEMENT_PORT (health, metrics and
     * OpenAPI of each service, which the proxy does not route), MIP_POSTGRES_PORT, MIP_KAFKA_PORT,
     * MIP_KAFKA_CONTROLLER_PORT and MIP_PROXY_PORT (the one origin of the web pages and APIs). */
    public static StackSettings fromEnvironment(Path repository, Map<String, String> env) {
        return new StackSettings(repository,
                Path.of(env.getOrDefault("MIP_DATA_DIR", repository.resolve("deploy/local/data").toString())),
                port(env, "MIP_QUESTION_PORT", 8081),
                port(env, "MIP_SESSION_PORT", 8082),
                port(env, "MIP_SCORING_PORT", 8083),
                port(env, "MIP_QUESTION_MANAGEMENT_PORT", 9081),
                port(env, "MIP_SESSION_MANAGEMENT_PORT", 9082),
                port(env, "MIP_SCORING_MANAGEMENT_PORT", 9083),
                port(env, "MIP_POSTGRES_PORT", 15432),
                port(env, "MIP_KAFKA_PORT", 29092),
                port(env, "MIP_KAFKA_CONTROLLER_PORT", 29093),
                port(env, "MIP_PROXY_PORT", 8080));
    }

    /** Free ports on this machine and the given data folder, for tests that run beside a local stack. */
    public static StackSettings withFreePorts(Path repository, Path dataFolder) {
        return new StackSettings(repository, dataFolder, freePort(), freePort(), freePort(), freePort(), freePort(),
                freePort(), freePort(), freePort(), freePort(), freePort());
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number from 1 to 65535, not '" + value + "'");
        }
    }
}
