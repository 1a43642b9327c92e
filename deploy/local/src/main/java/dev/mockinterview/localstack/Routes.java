package dev.mockinterview.localstack;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which service answers a path on the one origin, the way the Kubernetes Ingress routes it
 * ({@code deploy/k8s/base/platform/ingress.yaml}): the longest matching prefix wins, a prefix matches whole path
 * segments only ({@code /author} takes {@code /author/questions}, not {@code /authors}), and how everyone scored on a
 * question version goes to scoring-service although it sits under the catalogue's path.
 */
public final class Routes {
    private static final Pattern QUESTION_VERSION_SCORES =
            Pattern.compile("/api/v1/questions/[^/]+/versions/[0-9]+/scores/?");

    private final Map<String, Integer> byPrefix;
    private final int questionScores;

    private Routes(Map<String, Integer> byPrefix, int questionScores) {
        this.byPrefix = byPrefix;
        this.questionScores = questionScores;
    }

    /** The platform's routes to the three services on the given ports. */
    public static Routes platform(int questionPort, int sessionPort, int scoringPort) {
        Map<String, Integer> routes = new LinkedHashMap<>();
        for (String prefix : List.of("/author", "/api/v1/questions", "/api/v1/roles", "/api/v1/topics",
                "/api/v1/question-banks")) {
            routes.put(prefix, questionPort);
        }
        // "/" covers /web and /webjars (every service serves them); they are named to read like the Ingress.
        for (String prefix : List.of("/", "/interviews", "/api/v1/sessions", "/web", "/webjars")) {
            routes.put(prefix, sessionPort);
        }
        for (String prefix : List.of("/author/playground", "/feedback", "/recruiter", "/api/v1/reports",
                "/api/v1/scoring")) {
            routes.put(prefix, scoringPort);
        }
        return new Routes(Map.copyOf(routes), scoringPort);
    }

    /** The port of the service that answers the path (without its query). */
    public int portFor(String path) {
        if (QUESTION_VERSION_SCORES.matcher(path).matches()) {
            return questionScores;
        }
        return byPrefix.entrySet().stream()
                .filter(route -> matches(route.getKey(), path))
                .max(Comparator.comparingInt(route -> route.getKey().length()))
                .orElseThrow()
                .getValue();
    }

    private static boolean matches(String prefix, String path) {
        return prefix.equals("/") || path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
