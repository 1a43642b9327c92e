package dev.mockinterview.k8s;

import static dev.mockinterview.k8s.EveryOverlayTest.databaseClusterOf;
import static dev.mockinterview.k8s.EveryOverlayTest.name;
import static dev.mockinterview.k8s.EveryOverlayTest.namespaceOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The namespace denies all traffic by default, and every pod the platform runs (services, Kafka, PostgreSQL) has a
 * policy that lets exactly its peers in. The services' own policies are checked by {@link EveryOverlayTest}.
 */
class NetworkPolicyTest {
    private static final String SERVICE_POLICY_LABEL = "app.kubernetes.io/component";
    private static final Map<String, String> DNS = Map.of("k8s-app", "kube-dns");

    static Stream<RenderedOverlay> overlays() {
        return EveryOverlayTest.overlays();
    }

    /** The policies of the services' own pods, which the overlays patch (provider, traces, Kafka's port). */
    static List<NetworkPolicy> servicePolicies(RenderedOverlay overlay) {
        return overlay.all(NetworkPolicy.class).stream().filter(policy -> "service".equals(
                Optional.ofNullable(policy.getMetadata().getLabels()).orElse(Map.of()).get(SERVICE_POLICY_LABEL)))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everythingInTheNamespaceIsDeniedUnlessAPolicySaysOtherwise(RenderedOverlay overlay) {
        assertThat(overlay.all(NetworkPolicy.class)).as("policies that select every pod")
                .filteredOn(policy -> Optional.ofNullable(policy.getSpec().getPodSelector().getMatchLabels())
                        .orElse(Map.of()).isEmpty() && Optional.ofNullable(policy.getSpec().getPodSelector()
                        .getMatchExpressions()).orElse(List.of()).isEmpty())
                .singleElement().satisfies(deny -> {
                    assertThat(deny.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
                    assertThat(deny.getSpec().getIngress()).isNullOrEmpty();
                    assertThat(deny.getSpec().getEgress()).isNullOrEmpty();
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void onlyTheServicesAndKedaReachKafkasListenerAndOnlyKafkaAndItsOperatorReachTheRest(RenderedOverlay overlay) {
        GenericKubernetesResource kafka = overlay.custom("Kafka").get(0);
        NetworkPolicy policy = selecting(overlay, Map.of("strimzi.io/cluster", name(kafka)));
        List<Map<String, Object>> listeners = kafka.get("spec", "kafka", "listeners");
        List<Object> listenerPorts = listeners.stream().map(listener -> listener.get("port")).toList();
        Set<String> clients = new TreeSet<>();
        overlay.deployments().forEach(deployment -> clients.add("pods " + podLabels(deployment)));
        clients.add("namespace keda");

        assertThat(ingressPeers(policy)).containsExactlyInAnyOrderElementsOf(
                clients.stream().map(client -> client + " on " + listenerPorts).toList());
        // Kafka's own pods and the Strimzi cluster operator (controllers, replication), on any port.
        assertThat(policy.getSpec().getIngress()).filteredOn(rule -> rule.getPorts() == null
                || rule.getPorts().isEmpty()).singleElement().satisfies(rule -> assertThat(
                rule.getFrom().stream().map(NetworkPolicyTest::describe).toList()).containsExactlyInAnyOrder(
                "pods {strimzi.io/cluster=" + name(kafka) + "}",
                "any namespace's pods {strimzi.io/kind=cluster-operator}"));
        // Strimzi makes a policy of its own for each listener, open to everyone unless it names its peers.
        for (Map<String, Object> listener : listeners) {
            assertThat(peersOf(listener)).as("%s's networkPolicyPeers", listener.get("name"))
                    .containsExactlyInAnyOrderElementsOf(clients);
        }
        assertThat(egressDestinations(policy)).contains("dns", "pods {strimzi.io/cluster=" + name(kafka) + "}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void eachDatabaseIsReachedOnlyByTheServiceThatOwnsItItsOwnInstancesAndItsOperator(RenderedOverlay overlay) {
        assertSoftly(softly -> {
            for (GenericKubernetesResource cluster : overlay.custom("Cluster")) {
                NetworkPolicy policy = selecting(overlay, Map.of("cnpg.io/cluster", name(cluster)));
                List<String> owners = overlay.deployments().stream()
                        .filter(deployment -> databaseClusterOf(overlay, deployment).orElse("").equals(name(cluster)))
                        .map(deployment -> "pods " + podLabels(deployment) + " on [5432]").toList();
                softly.assertThat(owners).as("services of %s", name(cluster)).hasSize(1);
                softly.assertThat(ingressPeers(policy)).as("who reaches %s", name(cluster))
                        .containsExactlyInAnyOrderElementsOf(with(owners,
                                "pods {cnpg.io/cluster=" + name(cluster) + "} on [5432]",
                                "any namespace's pods {app.kubernetes.io/name=cloudnative-pg} on [8000, 5432]"));
                softly.assertThat(egressDestinations(policy)).as("where %s goes", name(cluster))
                        .contains("dns", "pods {cnpg.io/cluster=" + name(cluster) + "}");
            }
        });
    }

    @Test
    void productionReachesTheSignInProviderOnlyOutsideThePrivateAddressRanges() {
        RenderedOverlay production = RenderedOverlay.of("production");
        assertSoftly(softly -> {
            for (NetworkPolicy policy : servicePolicies(production)) {
                List<NetworkPolicyPeer> outside = policy.getSpec().getEgress().stream()
                        .flatMap(rule -> rule.getTo().stream()).filter(peer -> peer.getIpBlock() != null).toList();
                softly.assertThat(outside).as("%s's addresses outside the cluster", name(policy)).isNotEmpty()
                        .allSatisfy(peer -> assertThat(peer.getIpBlock().getExcept())
                                .contains("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"));
            }
        });
    }

    private static NetworkPolicy selecting(RenderedOverlay overlay, Map<String, String> labels) {
        List<NetworkPolicy> policies = overlay.all(NetworkPolicy.class).stream()
                .filter(policy -> labels.equals(policy.getSpec().getPodSelector().getMatchLabels())).toList();
        assertThat(policies).as("the NetworkPolicy that selects %s", labels).hasSize(1);
        NetworkPolicy policy = policies.get(0);
        assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        return policy;
    }

    private static Map<String, String> podLabels(Deployment deployment) {
        return deployment.getSpec().getSelector().getMatchLabels();
    }

    /** Each peer of an ingress rule with ports, and those ports. */
    private static List<String> ingressPeers(NetworkPolicy policy) {
        List<String> peers = new ArrayList<>();
        for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
            if (rule.getPorts() == null || rule.getPorts().isEmpty()) {
                continue;
            }
            List<Object> ports = rule.getPorts().stream().map(NetworkPolicyPort::getPort)
                    .map(port -> port.getIntVal() != null ? (Object) port.getIntVal() : port.getStrVal()).toList();
            rule.getFrom().forEach(peer -> peers.add(describe(peer) + " on " + ports));
        }
        return peers;
    }

    private static List<String> egressDestinations(NetworkPolicy policy) {
        List<String> destinations = new ArrayList<>();
        for (NetworkPolicyEgressRule rule : policy.getSpec().getEgress()) {
            rule.getTo().forEach(peer -> destinations.add(
                    DNS.equals(Optional.ofNullable(peer.getPodSelector()).map(s -> s.getMatchLabels()).orElse(null))
                            && "kube-system".equals(namespaceOf(peer)) ? "dns" : describe(peer)));
        }
        return destinations;
    }

    private static String describe(NetworkPolicyPeer peer) {
        if (peer.getIpBlock() != null) {
            return "addresses " + peer.getIpBlock().getCidr();
        }
        String pods = peer.getPodSelector() == null ? null : "pods " + peer.getPodSelector().getMatchLabels();
        if (peer.getNamespaceSelector() == null) {
            return pods;
        }
        String namespace = namespaceOf(peer);
        if (namespace == null) {
            return "any namespace's " + pods;
        }
        return pods == null ? "namespace " + namespace : "namespace " + namespace + "'s " + pods;
    }

    @SuppressWarnings("unchecked")
    private static List<String> peersOf(Map<String, Object> listener) {
        List<Map<String, Object>> peers = (List<Map<String, Object>>) listener.get("networkPolicyPeers");
        if (peers == null) {
            return List.of();
        }
        return peers.stream().map(peer -> {
            Map<String, Object> pods = (Map<String, Object>) peer.get("podSelector");
            Map<String, Object> namespace = (Map<String, Object>) peer.get("namespaceSelector");
            if (namespace != null) {
                return "namespace " + ((Map<String, String>) namespace.get("matchLabels"))
                        .get("kubernetes.io/metadata.name");
            }
            return "pods " + pods.get("matchLabels");
        }).toList();
    }

    private static List<String> with(List<String> items, String... more) {
        List<String> all = new ArrayList<>(items);
        all.addAll(List.of(more));
        return all;
    }
}
