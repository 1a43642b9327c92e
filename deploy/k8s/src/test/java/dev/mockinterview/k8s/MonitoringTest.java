package dev.mockinterview.k8s;

import static dev.mockinterview.k8s.EveryOverlayTest.name;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The alerts (a PrometheusRule) and the Grafana dashboard, as every overlay renders them: they read only metrics
 * something really exposes (base/monitoring/metrics.txt, which the services' metrics tests check against their
 * /q/metrics), they cover the ways the flow from a session to a score breaks, and their thresholds make sense.
 */
class MonitoringTest {
    /** What may expose a metric besides the service modules: the exporters the README asks for. */
    static final Set<String> EXPORTERS = Set.of("kube-state-metrics");
    private static final Pattern THRESHOLD = Pattern.compile(">\\s*([0-9.]+)\\s*$");
    private static final Pattern NAMESPACE = Pattern.compile("namespace=\"([^\"]*)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<RenderedOverlay> overlays() {
        return EveryOverlayTest.overlays();
    }

    static boolean isDashboard(ConfigMap map) {
        return map.getMetadata().getLabels() != null && map.getMetadata().getLabels().containsKey("grafana_dashboard");
    }

    /** The catalogue: every metric the alerts and the dashboard may read, with what exposes it. */
    static Map<String, List<String>> catalogue() {
        Map<String, List<String>> metrics = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(Repository.manifests().resolve("base/monitoring/metrics.txt"))) {
                String[] fields = line.strip().split("\\s+");
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    metrics.put(fields[0], Arrays.asList(fields).subList(1, fields.length));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return metrics;
    }

    /** Alert name to its rule (expr, for, labels, annotations), over every group of the overlay's PrometheusRules. */
    static Map<String, Map<String, Object>> alerts(RenderedOverlay overlay) {
        Map<String, Map<String, Object>> alerts = new TreeMap<>();
        for (GenericKubernetesResource rule : overlay.custom("PrometheusRule")) {
            List<Map<String, Object>> groups = rule.get("spec", "groups");
            for (Map<String, Object> group : groups) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> rules = (List<Map<String, Object>>) group.get("rules");
                rules.forEach(r -> alerts.put((String) r.get("alert"), r));
            }
        }
        return alerts;
    }

    static JsonNode dashboard(RenderedOverlay overlay) {
        List<ConfigMap> dashboards = overlay.all(ConfigMap.class).stream()
                .filter(MonitoringTest::isDashboard).toList();
        assertThat(dashboards).as("dashboard ConfigMaps").hasSize(1);
        Map<String, String> data = dashboards.get(0).getData();
        assertThat(data).as("the dashboard ConfigMap's files").hasSize(1);
        String file = data.keySet().iterator().next();
        assertThat(file).endsWith(".json");
        try {
            return JSON.readTree(data.get(file));
        } catch (IOException e) {
            throw new AssertionError("the dashboard is not JSON", e);
        }
    }

    /** Every PromQL expression of the dashboard's panels, by panel title. */
    static Map<String, List<String>> dashboardExpressions(JsonNode dashboard) {
        Map<String, List<String>> expressions = new TreeMap<>();
        for (JsonNode panel : dashboard.path("panels")) {
            if (panel.path("type").asText().equals("row")) {
                continue;
            }
            List<String> exprs = new ArrayList<>();
            panel.path("targets").forEach(target -> exprs.add(target.path("expr").asText()));
            expressions.put(panel.path("title").asText(), exprs);
        }
        return expressions;
    }

    @Test
    void everyCatalogueEntryIsExposedByAServiceModuleOrAnExporterWeName() {
        Set<String> exposers = new TreeSet<>(EXPORTERS);
        ServiceModule.all().forEach(module -> exposers.add(module.name()));
        assertThat(catalogue()).isNotEmpty()
                .allSatisfy((metric, exposedBy) -> assertThat(exposedBy).as(metric).isNotEmpty()
                        .isSubsetOf(exposers));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theAlertsAndTheDashboardAreInTheNamespaceThePlatformRunsInAndWatchIt(RenderedOverlay overlay) {
        assertThat(overlay.custom("PrometheusRule")).hasSize(1);
        String namespace = overlay.deployments().get(0).getMetadata().getNamespace();
        List<HasMetadata> monitoring = new ArrayList<>(overlay.custom("PrometheusRule"));
        overlay.all(ConfigMap.class).stream().filter(MonitoringTest::isDashboard).forEach(monitoring::add);
        assertThat(monitoring).extracting(o -> o.getMetadata().getNamespace()).containsOnly(namespace);
        List<String> expressions = new ArrayList<>();
        alerts(overlay).values().forEach(rule -> expressions.add((String) rule.get("expr")));
        dashboardExpressions(dashboard(overlay)).values().forEach(expressions::addAll);
        assertSoftly(softly -> expressions.forEach(expression -> {
            Matcher selected = NAMESPACE.matcher(expression);
            softly.assertThat(selected.find()).as("%s selects a namespace", expression).isTrue();
            selected.reset();
            while (selected.find()) {
                softly.assertThat(selected.group(1)).as("the namespace of %s", expression).isEqualTo(namespace);
            }
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyMetricTheAlertsReadIsOneSomethingExposes(RenderedOverlay overlay) {
        Map<String, List<String>> catalogue = catalogue();
        assertThat(alerts(overlay)).isNotEmpty();
        assertSoftly(softly -> alerts(overlay).forEach((alert, rule) -> {
            Set<String> metrics = PromQl.metricNames((String) rule.get("expr"));
            softly.assertThat(metrics).as("metrics of alert %s", alert).isNotEmpty()
                    .isSubsetOf(catalogue.keySet());
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyMetricTheDashboardReadsIsOneSomethingExposes(RenderedOverlay overlay) {
        Map<String, List<String>> catalogue = catalogue();
        Map<String, List<String>> panels = dashboardExpressions(dashboard(overlay));
        assertThat(panels).isNotEmpty();
        assertSoftly(softly -> panels.forEach((title, expressions) -> {
            softly.assertThat(expressions).as("queries of panel %s", title).isNotEmpty();
            expressions.forEach(expression -> softly.assertThat(PromQl.metricNames(expression))
                    .as("metrics of panel %s: %s", title, expression).isNotEmpty()
                    .isSubsetOf(catalogue.keySet()));
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void thereIsAnAlertForEachWayTheFlowBreaks(RenderedOverlay overlay) {
        Map<String, Map<String, Object>> alerts = alerts(overlay);
        assertThat(alertReading(alerts, "outbox_oldest_unsent_age_seconds", "")).as("outbox backlog age").isPresent();
        assertThat(alertReading(alerts, "kafka_consumer_fetch_manager_records_lag_max", "answer-submitted"))
                .as("scoring's consumer lag").isPresent();
        assertThat(alertReading(alerts, "events_dead_lettered_total", "increase(")).as("dead-lettered events")
                .isPresent();
        assertThat(alertReading(alerts, "http_server_requests_seconds_count", "status=~\"5..\""))
                .as("5xx rate").isPresent();
        assertThat(alertReading(alerts, "kube_pod_status_ready", "changes(")).as("readiness flapping").isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyAlertWaitsBeforeFiringHasASeverityAndSaysWhatIsWrong(RenderedOverlay overlay) {
        assertSoftly(softly -> alerts(overlay).forEach((alert, rule) -> {
            softly.assertThat(rule.get("for")).as("%s's for", alert).isInstanceOf(String.class);
            if (rule.get("for") instanceof String wait) {
                softly.assertThat(PromQl.duration(wait)).as("%s waits", alert)
                        .isBetween(Duration.ofMinutes(1), Duration.ofMinutes(30));
            }
            @SuppressWarnings("unchecked")
            Map<String, String> labels = (Map<String, String>) rule.getOrDefault("labels", Map.of());
            softly.assertThat(labels.get("severity")).as("%s's severity", alert).isIn("warning", "critical");
            @SuppressWarnings("unchecked")
            Map<String, String> annotations = (Map<String, String>) rule.getOrDefault("annotations", Map.of());
            softly.assertThat(annotations.get("summary")).as("%s's summary", alert).isNotBlank();
            softly.assertThat(annotations.get("description")).as("%s's description", alert).isNotBlank();
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theAlertThresholdsAreSane(RenderedOverlay overlay) {
        Map<String, Map<String, Object>> alerts = alerts(overlay);
        ServiceModule sessions = ServiceModule.named("session-service");
        // Never before the relay had its chance: a failing send is retried with backoff of up to a minute (the
        // outbox module's default), and a round is an interval, a wait for the broker's ack and a backoff; where
        // session-service sets these, twice its round.
        long relayRound = Stream.of("outbox.relay.interval", "outbox.relay.ack-timeout", "outbox.relay.backoff-max")
                .map(sessions::property).flatMap(Optional::stream)
                .mapToLong(value -> PromQl.duration(value).toSeconds()).sum();
        assertThat(threshold(alertReading(alerts, "outbox_oldest_unsent_age_seconds", "").orElseThrow()))
                .as("outbox age threshold (s)").isGreaterThanOrEqualTo(Math.max(120, 2 * relayRound));
        assertThat(threshold(alertReading(alerts, "kafka_consumer_fetch_manager_records_lag_max", "").orElseThrow()))
                .as("lag threshold (records)").isGreaterThanOrEqualTo(100);
        assertThat(threshold(alertReading(alerts, "events_dead_lettered_total", "").orElseThrow()))
                .as("dead-lettered events threshold: any").isZero();
        assertThat(threshold(alertReading(alerts, "http_server_requests_seconds_count", "5..").orElseThrow()))
                .as("share of 5xx responses").isGreaterThan(0).isLessThanOrEqualTo(0.25);
        String flapping = alertReading(alerts, "kube_pod_status_ready", "changes(").orElseThrow();
        assertThat(threshold(flapping)).as("readiness changes").isGreaterThanOrEqualTo(2);
        assertThat(PromQl.duration(flapping.replaceAll("(?s).*\\[([^]]+)].*", "$1")))
                .as("readiness window").isGreaterThanOrEqualTo(Duration.ofMinutes(5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theDashboardShowsTheFlowFromSessionsToScoresWithLatencyPercentilesAndErrors(RenderedOverlay overlay) {
        JsonNode dashboard = dashboard(overlay);
        assertThat(dashboard.path("uid").asText()).isNotBlank();
        assertThat(dashboard.path("title").asText()).isNotBlank();
        Set<Integer> ids = new TreeSet<>();
        dashboard.path("panels").forEach(panel -> assertThat(ids.add(panel.path("id").asInt()))
                .as("panel id %s is unique", panel.path("id")).isTrue());
        List<String> expressions = new ArrayList<>();
        dashboardExpressions(dashboard).values().forEach(expressions::addAll);
        Set<String> read = new TreeSet<>();
        expressions.forEach(expression -> read.addAll(PromQl.metricNames(expression)));
        assertThat(read).as("the flow, the backlog and the errors").contains("sessions_started_total",
                "answers_submitted_total", "scoring_time_seconds_count",
                "kafka_consumer_fetch_manager_records_lag_max", "outbox_oldest_unsent_age_seconds",
                "http_server_requests_seconds_count", "events_dead_lettered_total");
        for (String histogram : List.of("answers_submission_seconds_bucket",
                "answers_submitted_to_scored_seconds_bucket")) {
            for (String quantile : List.of("0.5", "0.95", "0.99")) {
                assertThat(expressions).as("p%s of %s", quantile, histogram).anyMatch(expression ->
                        expression.startsWith("histogram_quantile(" + quantile + ",")
                                && expression.contains(histogram) && expression.contains("by (le)"));
            }
        }
    }

    private static Optional<String> alertReading(Map<String, Map<String, Object>> alerts, String metric,
                                                 String alsoContaining) {
        return alerts.values().stream()
                .map(rule -> (String) rule.get("expr"))
                .filter(expr -> PromQl.metricNames(expr).contains(metric) && expr.contains(alsoContaining))
                .findFirst();
    }

    private static double threshold(String expression) {
        Matcher matcher = THRESHOLD.matcher(expression.strip());
        if (!matcher.find()) {
            throw new AssertionError("no '> number' at the end of " + expression);
        }
        return Double.parseDouble(matcher.group(1));
    }
}
