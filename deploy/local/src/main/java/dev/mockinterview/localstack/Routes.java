package dev.mockinterview.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which service answers a path on the one origin, the way the Kubernetes Ingress routes it: the route table
 * {@code routes.txt} beside this class is the one source of both (deploy/k8s's tests hold the Ingress to it). The
 * longest matching prefix wins, a prefix matches whole path segments only ({@code /author} takes
 * {@code /author/questions}, not {@code /authors}), and a regular expression (how everyone scored on a question
 * version, under the catalogue's path) wins over every prefix. Locally "/" takes every path no other route does.
 */
public final class Routes {
    private final Map<String, Integer> byPrefix;
    private final Map<Pattern, Integer> byExpression;

    private Routes(Map<String, Integer> byPrefix, Map<Pattern, Integer> byExpression) {
        this.byPrefix = byPrefix;
        this.byExpression = byExpression;
    }

    /** The platform's routes to the three services on the given ports. */
    public static Routes platform(int questionPort, int sessionPort, int scoringPort) {
        Map<String, Integer> ports = Map.of("question-service", questionPort, "session-service", sessionPort,
                "scoring-service", scoringPort);
        Map<String, Integer> byPrefix = new LinkedHashMap<>();
        Map<Pattern, Integer> byExpression = new LinkedHashMap<>();
        table().forEach((path, service) -> {
            if (path.endsWith("$")) {
                byExpression.put(Pattern.compile("^" + path), ports.get(service));
            } else {
                byPrefix.put(path, ports.get(service));
            }
        });
        return new Routes(Map.copyOf(byPrefix), Map.copyOf(byExpression));
    }

    // Each path (prefix or regular expression) and the service that answers it; # starts a comment line.
    private static Map<String, String> table() {
        Map<String, String> routes = new LinkedHashMap<>();
        try (InputStream in = Routes.class.getResourceAsStream("routes.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.trim().split("\\s+"))
                    .forEach(route -> routes.put(route[0], route[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return routes;
    }

    /** The port of the service that answers the path (without its query). */
    public int portFor(String path) {
        return byExpression.entrySet().stream()
                .filter(route -> route.getKey().matcher(path).find())
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseGet(() -> byPrefix.entrySet().stream()
                        .filter(route -> matches(route.getKey(), path))
                        .max(Comparator.comparingInt(route -> route.getKey().length()))
                        .orElseThrow()
                        .getValue());
    }

    private static boolean matches(String prefix, String path) {
        return prefix.equals("/") || path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
