package dev.mockinterview.k8s;

import static dev.mockinterview.k8s.EveryOverlayTest.configuration;
import static dev.mockinterview.k8s.EveryOverlayTest.mainContainer;
import static dev.mockinterview.k8s.EveryOverlayTest.name;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * What production adds to keep the platform's traffic private and its tokens verifiable: HTTPS only at the Ingress,
 * Kafka over TLS with a certificate per client and ACLs, the sign-in provider's JWKS for bearer tokens.
 */
class ProductionSecurityTest {
    private final RenderedOverlay production = RenderedOverlay.of("production");

    private GenericKubernetesResource kafka() {
        List<GenericKubernetesResource> kafkas = production.custom("Kafka");
        assertThat(kafkas).hasSize(1);
        return kafkas.get(0);
    }

    @Test
    void everyIngressServesItsHostOnlyOverHttpsWithACertificateFromCertManager() {
        List<Ingress> ingresses = production.all(Ingress.class);
        assertThat(ingresses).isNotEmpty();
        Set<String> secrets = new TreeSet<>();
        assertSoftly(softly -> {
            for (Ingress ingress : ingresses) {
                // The manifests assume ingress-nginx (the NetworkPolicies let it in): these are its annotations.
                softly.assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
                softly.assertThat(ingress.getMetadata().getAnnotations()).as("%s's annotations", name(ingress))
                        .containsEntry("nginx.ingress.kubernetes.io/ssl-redirect", "true")
                        .containsEntry("nginx.ingress.kubernetes.io/force-ssl-redirect", "true");
                Set<String> covered = new TreeSet<>();
                Optional.ofNullable(ingress.getSpec().getTls()).orElse(List.of()).forEach(tls -> {
                    softly.assertThat(tls.getSecretName()).as("%s's TLS Secret", name(ingress)).isNotBlank();
                    secrets.add(tls.getSecretName());
                    covered.addAll(tls.getHosts());
                });
                softly.assertThat(ingress.getSpec().getRules()).as("%s's rules", name(ingress))
                        .allSatisfy(rule -> assertThat(covered).as("hosts with a certificate")
                                .contains(rule.getHost()));
            }
        });
        // cert-manager issues each Secret once: one Ingress asks for it.
        assertThat(ingresses).filteredOn(ingress -> ingress.getMetadata().getAnnotations()
                .containsKey("cert-manager.io/cluster-issuer")).hasSameSizeAs(secrets);
    }

    // Behind the Ingress, a service takes the scheme and host from X-Forwarded-* headers, from the Ingress alone.
    @Test
    void everyServiceBelievesForwardedHeadersFromTheIngressNetworkOnly() {
        assertSoftly(softly -> {
            for (Deployment deployment : production.deployments()) {
                softly.assertThat(configuration(production, deployment).get("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES"))
                        .as("%s's trusted proxies", name(deployment)).isNotBlank().doesNotContain("0.0.0.0/0");
            }
        });
    }

    @Test
    void bearerTokensAreVerifiedAgainstTheSignInProvidersJwksSoARotatedKeyNeedsNoRedeploy() {
        assertSoftly(softly -> {
            for (Deployment deployment : production.deployments()) {
                String provider = configuration(production, deployment).get("QUARKUS_OIDC_AUTH_SERVER_URL");
                softly.assertThat(provider).as("%s's provider", name(deployment)).startsWith("https://");
                softly.assertThat(EveryOverlayTest.jwtKeyLocation(production, deployment))
                        .as("%s's token keys", name(deployment)).startsWith(provider + "/");
            }
        });
    }

    @Test
    void everyKafkaListenerIsTlsWithClientCertificatesAndTheBrokersAuthoriseByAcls() {
        List<Map<String, Object>> listeners = kafka().get("spec", "kafka", "listeners");
        assertThat(listeners).isNotEmpty().allSatisfy(listener -> {
            assertThat(listener).containsEntry("tls", true);
            assertThat(listener.get("authentication")).as("%s's authentication", listener.get("name"))
                    .isEqualTo(Map.of("type", "tls"));
        });
        assertThat((Object) kafka().get("spec", "kafka", "authorization", "type")).isEqualTo("simple");
        assertThat((Object) kafka().get("spec", "entityOperator", "userOperator")).as("the User Operator").isNotNull();
    }

    @Test
    void eachServiceIsAKafkaUserAllowedExactlyWhatItsConfigurationAndSourcesReadAndWrite() {
        String cluster = name(kafka());
        assertSoftly(softly -> {
            for (Deployment deployment : production.deployments()) {
                ServiceModule module = ServiceModule.named(name(deployment));
                Optional<GenericKubernetesResource> user = production.custom("KafkaUser", module.name());
                softly.assertThat(user).as("%s's KafkaUser", module.name()).isPresent();
                if (user.isEmpty()) {
                    continue;
                }
                softly.assertThat(user.get().getMetadata().getLabels()).containsEntry("strimzi.io/cluster", cluster);
                softly.assertThat((Object) user.get().get("spec", "authentication", "type")).isEqualTo("tls");
                Set<String> expected = new TreeSet<>();
                module.topicsWritten().forEach(topic -> expected.addAll(
                        List.of("topic " + topic + " Write", "topic " + topic + " Describe")));
                module.topicsRead().forEach(topic -> expected.addAll(
                        List.of("topic " + topic + " Read", "topic " + topic + " Describe")));
                module.consumerGroups().forEach(group -> expected.add("group " + group + " Read"));
                softly.assertThat(acls(user.get())).as("%s's ACLs", module.name())
                        .containsExactlyInAnyOrderElementsOf(expected);
            }
        });
    }

    /** Each ACL as "TYPE NAME OPERATION"; every resource named literally, never a prefix or "*". */
    private static Set<String> acls(GenericKubernetesResource user) {
        Set<String> acls = new TreeSet<>();
        List<Map<String, Object>> rules = user.get("spec", "authorization", "acls");
        assertThat((Object) user.get("spec", "authorization", "type")).isEqualTo("simple");
        for (Map<String, Object> rule : rules) {
            @SuppressWarnings("unchecked")
            Map<String, Object> resource = (Map<String, Object>) rule.get("resource");
            assertThat(resource).containsEntry("patternType", "literal");
            assertThat(rule).doesNotContainKey("host").doesNotContainKey("type");
            @SuppressWarnings("unchecked")
            List<String> operations = (List<String>) rule.get("operations");
            operations.forEach(operation -> acls.add(resource.get("type") + " " + resource.get("name") + " "
                    + operation));
        }
        return acls;
    }

    @Test
    void everyServiceConnectsToTheTlsListenerWithItsOwnCertificateAndTrustsTheClusterCa() {
        String cluster = name(kafka());
        int tlsPort = tlsListenerPort();
        assertSoftly(softly -> {
            for (Deployment deployment : production.deployments()) {
                Map<String, String> configuration = configuration(production, deployment);
                softly.assertThat(configuration).as("%s's Kafka client", name(deployment))
                        .containsEntry("KAFKA_BOOTSTRAP_SERVERS", cluster + "-kafka-bootstrap:" + tlsPort)
                        .containsEntry("KAFKA_SECURITY_PROTOCOL", "SSL")
                        .containsEntry("KAFKA_SSL_KEYSTORE_TYPE", "PEM")
                        .containsEntry("KAFKA_SSL_TRUSTSTORE_TYPE", "PEM");
                softly.assertThat(secretOf(deployment, "KAFKA_SSL_KEYSTORE_CERTIFICATE_CHAIN"))
                        .as("%s's certificate", name(deployment)).isEqualTo(name(deployment) + "/user.crt");
                softly.assertThat(secretOf(deployment, "KAFKA_SSL_KEYSTORE_KEY"))
                        .as("%s's key", name(deployment)).isEqualTo(name(deployment) + "/user.key");
                softly.assertThat(secretOf(deployment, "KAFKA_SSL_TRUSTSTORE_CERTIFICATES"))
                        .as("%s's trust store", name(deployment)).isEqualTo(cluster + "-cluster-ca-cert/ca.crt");
            }
            for (NetworkPolicy policy : NetworkPolicyTest.servicePolicies(production)) {
                policy.getSpec().getEgress().stream()
                        .filter(rule -> rule.getTo().stream().anyMatch(peer -> peer.getPodSelector() != null
                                && peer.getPodSelector().getMatchLabels().containsKey("strimzi.io/cluster")))
                        .forEach(rule -> softly.assertThat(rule.getPorts()).as("%s's ports to Kafka", name(policy))
                                .extracting(port -> port.getPort()).containsOnly(new IntOrString(tlsPort)));
            }
        });
    }

    @Test
    void kedaReadsTheLagOverTlsAsAKafkaUserThatMayOnlyDescribe() {
        GenericKubernetesResource scaled = production.custom("ScaledObject").get(0);
        List<Map<String, Object>> triggers = scaled.get("spec", "triggers");
        for (Map<String, Object> trigger : triggers) {
            @SuppressWarnings("unchecked")
            Map<String, Object> metadata = (Map<String, Object>) trigger.get("metadata");
            assertThat((String) metadata.get("bootstrapServers")).endsWith(":" + tlsListenerPort());
            assertThat(metadata).containsEntry("tls", "enable");
            @SuppressWarnings("unchecked")
            String authentication = ((Map<String, String>) trigger.get("authenticationRef")).get("name");
            GenericKubernetesResource triggerAuthentication = production.custom("TriggerAuthentication",
                    authentication).orElseThrow(() -> new AssertionError("no TriggerAuthentication " + authentication));
            List<Map<String, String>> secrets = triggerAuthentication.get("spec", "secretTargetRef");
            Map<String, String> parameters = new TreeMap<>();
            secrets.forEach(ref -> parameters.put(ref.get("parameter"), ref.get("name") + "/" + ref.get("key")));
            String user = parameters.getOrDefault("cert", "").split("/")[0];
            assertThat(parameters).isEqualTo(Map.of("ca", name(kafka()) + "-cluster-ca-cert/ca.crt",
                    "cert", user + "/user.crt", "key", user + "/user.key"));
            GenericKubernetesResource kafkaUser = production.custom("KafkaUser", user).orElseThrow();
            assertThat(acls(kafkaUser)).containsExactlyInAnyOrder(
                    "topic " + metadata.get("topic") + " Describe", "group " + metadata.get("consumerGroup")
                            + " Describe");
        }
    }

    private int tlsListenerPort() {
        List<Map<String, Object>> listeners = kafka().get("spec", "kafka", "listeners");
        return listeners.stream().filter(listener -> Boolean.TRUE.equals(listener.get("tls")))
                .map(listener -> EveryOverlayTest.number(listener.get("port")))
                .findFirst().orElseThrow(() -> new AssertionError("no TLS listener"));
    }

    /** SECRET/KEY of the Secret an environment variable of the Deployment's container comes from, or null. */
    private static String secretOf(Deployment deployment, String variable) {
        return Optional.ofNullable(mainContainer(deployment).getEnv()).orElse(List.of()).stream()
                .filter(env -> env.getName().equals(variable))
                .map(EnvVar::getValueFrom)
                .filter(from -> from != null && from.getSecretKeyRef() != null)
                .map(from -> from.getSecretKeyRef())
                .map((SecretKeySelector ref) -> ref.getName() + "/" + ref.getKey())
                .findFirst().orElse(null);
    }
}
