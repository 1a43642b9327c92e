package dev.mockinterview.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What must hold in every overlay, checked on what {@code kubectl kustomize} renders. */
class EveryOverlayTest {
    static final String JWT_KEY_FOLDER = "/etc/mock-interview/jwt";
    static final String JWT_KEY = JWT_KEY_FOLDER + "/public-key.pem";
    /** A URL of the read-write Service CloudNativePG makes for a cluster: CLUSTER-rw. */
    static final String JDBC_URL = "jdbc:postgresql://[a-z0-9-]+-rw(\\.[a-z0-9.-]+)?:5432/[a-z0-9_]+";

    static Stream<RenderedOverlay> overlays() {
        return RenderedOverlay.names().stream().map(RenderedOverlay::of);
    }

    @Test
    void thereIsALocalAndAProductionOverlay() {
        assertThat(RenderedOverlay.names()).contains("local", "production");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyObjectIsOneTheKubernetesModelOrAnOperatorWeUseKnowsWithNoUnknownField(RenderedOverlay overlay) {
        assertThat(overlay.objects()).isNotEmpty();
        assertThat(overlay.strictnessProblems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceModuleRunsAsADeploymentWithItsOwnServiceAccount(RenderedOverlay overlay) {
        List<String> modules = ServiceModule.all().stream().map(ServiceModule::name).toList();
        assertThat(modules).containsExactlyInAnyOrder("question-service", "session-service", "scoring-service");
        assertThat(overlay.deployments()).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(modules);
        for (Deployment deployment : overlay.deployments()) {
            String account = deployment.getSpec().getTemplate().getSpec().getServiceAccountName();
            assertThat(account).as("%s's service account", name(deployment)).isEqualTo(name(deployment));
            assertThat(overlay.find(ServiceAccount.class, account)).as("ServiceAccount %s", account).isPresent();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyProbeCallsTheHealthEndpointsOnTheManagementPort(RenderedOverlay overlay) {
        assertSoftly(softly -> {
            for (Deployment deployment : overlay.deployments()) {
                ServiceModule module = ServiceModule.named(name(deployment));
                softly.assertThat(module.managementPort()).as("%s's management port", name(deployment)).isPresent()
                        .get().isNotEqualTo(module.httpPort());
                int port = module.managementPort().orElse(-1);
                Container container = mainContainer(deployment);
                softly.assertThat(container.getPorts()).as("%s's ports", name(deployment))
                        .extracting(ContainerPort::getName, ContainerPort::getContainerPort)
                        .contains(tuple("http", module.httpPort()), tuple("management", port));
                Map<String, Probe> probes = new TreeMap<>();
                probes.put("/q/health/started", container.getStartupProbe());
                probes.put("/q/health/live", container.getLivenessProbe());
                probes.put("/q/health/ready", container.getReadinessProbe());
                probes.forEach((path, probe) -> {
                    softly.assertThat(probe).as("%s's probe on %s", name(deployment), path).isNotNull();
                    if (probe != null) {
                        HTTPGetAction get = probe.getHttpGet();
                        softly.assertThat(get).as("%s's probe on %s", name(deployment), path).isNotNull();
                        if (get != null) {
                            softly.assertThat(get.getPath()).as("%s's probe path", name(deployment)).isEqualTo(path);
                            softly.assertThat(portNumber(container, get.getPort()))
                                    .as("%s's probe port on %s", name(deployment), path).contains(port);
                        }
                    }
                });
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerHasRequestsAndLimitsAndRequestsNoMoreThanItsLimits(RenderedOverlay overlay) {
        assertSoftly(softly -> {
            for (Deployment deployment : overlay.deployments()) {
                for (Container container : containers(deployment)) {
                    String who = name(deployment) + "/" + container.getName();
                    Map<String, Quantity> requests = container.getResources().getRequests();
                    Map<String, Quantity> limits = container.getResources().getLimits();
                    softly.assertThat(requests).as("%s's requests", who).containsKeys("cpu", "memory");
                    softly.assertThat(limits).as("%s's limits", who).containsKeys("cpu", "memory");
                    if (requests != null && limits != null) {
                        Stream.concat(requests.values().stream(), limits.values().stream()).forEach(quantity ->
                                softly.assertThat(isQuantity(quantity)).as("%s: %s is a quantity", who, quantity)
                                        .isTrue());
                        for (String resource : List.of("cpu", "memory")) {
                            if (requests.containsKey(resource) && limits.containsKey(resource)
                                    && isQuantity(requests.get(resource)) && isQuantity(limits.get(resource))) {
                                softly.assertThat(requests.get(resource)).as("%s's %s request", who, resource)
                                        .isLessThanOrEqualTo(limits.get(resource));
                            }
                        }
                    }
                }
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerRunsAsNonRootWithAReadOnlyRootFilesystem(RenderedOverlay overlay) {
        assertSoftly(softly -> {
            for (Deployment deployment : overlay.deployments()) {
                PodSpec pod = deployment.getSpec().getTemplate().getSpec();
                PodSecurityContext podContext = Optional.ofNullable(pod.getSecurityContext())
                        .orElseGet(PodSecurityContext::new);
                for (Container container : containers(deployment)) {
                    String who = name(deployment) + "/" + container.getName();
                    SecurityContext context = container.getSecurityContext();
                    softly.assertThat(context).as("%s's security context", who).isNotNull();
                    if (context == null) {
                        continue;
                    }
                    softly.assertThat(firstNonNull(context.getRunAsNonRoot(), podContext.getRunAsNonRoot()))
                            .as("%s runs as non-root", who).isTrue();
                    softly.assertThat(context.getReadOnlyRootFilesystem()).as("%s's root filesystem is read-only", who)
                            .isTrue();
                    softly.assertThat(context.getAllowPrivilegeEscalation()).as("%s may escalate privileges", who)
                            .isFalse();
                    softly.assertThat(context.getPrivileged()).as("%s is privileged", who).isNotEqualTo(true);
                    softly.assertThat(context.getCapabilities() == null ? null : context.getCapabilities().getDrop())
                            .as("%s's dropped capabilities", who).contains("ALL");
                    softly.assertThat(context.getCapabilities() == null ? null : context.getCapabilities().getAdd())
                            .as("%s's added capabilities", who).isNullOrEmpty();
                    var seccomp = firstNonNull(context.getSeccompProfile(), podContext.getSeccompProfile());
                    softly.assertThat(seccomp == null ? null : seccomp.getType()).as("%s's seccomp profile", who)
                            .isEqualTo("RuntimeDefault");
                    // The JVM and Vert.x write under /tmp: with a read-only root it must be a volume of its own.
                    Optional<VolumeMount> tmp = mount(container, "/tmp");
                    softly.assertThat(tmp).as("%s mounts /tmp", who).isPresent();
                    tmp.flatMap(m -> volume(pod, m.getName())).ifPresent(volume ->
                            softly.assertThat(volume.getEmptyDir()).as("%s's /tmp is an emptyDir", who).isNotNull());
                }
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceShutsDownGracefullyWithinItsGracePeriod(RenderedOverlay overlay) {
        assertSoftly(softly -> {
            for (Deployment deployment : overlay.deployments()) {
                PodSpec pod = deployment.getSpec().getTemplate().getSpec();
                Container container = mainContainer(deployment);
                long grace = Optional.ofNullable(pod.getTerminationGracePeriodSeconds()).orElse(30L);
                softly.assertThat(grace).as("%s's grace period", name(deployment)).isBetween(20L, 60L);
                var preStop = container.getLifecycle() == null ? null : container.getLifecycle().getPreStop();
                softly.assertThat(preStop).as("%s's preStop hook", name(deployment)).isNotNull();
                long pause = preStop == null ? 0 : preStopSeconds(preStop);
                softly.assertThat(pause).as("%s's preStop pause", name(deployment)).isBetween(1L, 15L);
                String timeout = configuration(overlay, deployment).get("QUARKUS_SHUTDOWN_TIMEOUT");
                softly.assertThat(timeout).as("%s's QUARKUS_SHUTDOWN_TIMEOUT", name(deployment)).matches("\\d+s");
                if (timeout != null && timeout.matches("\\d+s")) {
                    softly.assertThat(pause + Long.parseLong(timeout.replace("s", "")))
                            .as("%s: preStop pause + shutdown timeout", name(deployment)).isLessThan(grace);
                }
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyKafkaTopicAServiceNamesHasAKafkaTopicResource(RenderedOverlay overlay) {
        Set<String> kafkas = names(overlay.custom("Kafka"));
        Map<String, GenericKubernetesResource> topics = new TreeMap<>();
        for (GenericKubernetesResource topic : overlay.custom("KafkaTopic")) {
            assertThat(topic.getMetadata().getLabels()).as("KafkaTopic %s's cluster", name(topic))
                    .containsKey("strimzi.io/cluster");
            assertThat(kafkas).as("the Kafka of KafkaTopic %s", name(topic))
                    .contains(topic.getMetadata().getLabels().get("strimzi.io/cluster"));
            topics.put(topicName(topic), topic);
        }
        assertSoftly(softly -> {
            for (ServiceModule module : ServiceModule.all()) {
                module.kafkaTopicsByChannel().forEach((channel, named) -> softly.assertThat(topics.keySet())
                        .as("KafkaTopics for %s's channel %s", module.name(), channel).containsAll(named));
            }
        });
        assertThat(topics.keySet()).contains("question-catalogue", "answer-submitted", "session-completed",
                "answer-scored", "session-scored", "answer-reviewed", "scoring-dlq", "session-dead-letter");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theCatalogueTopicIsCompactedAndTheOthersExpire(RenderedOverlay overlay) {
        assertSoftly(softly -> {
            for (GenericKubernetesResource topic : overlay.custom("KafkaTopic")) {
                Map<String, Object> config = topic.get("spec", "config");
                softly.assertThat(config).as("%s's config", topicName(topic)).isNotNull();
                if (config == null) {
                    continue;
                }
                if (topicName(topic).equals("question-catalogue")) {
                    softly.assertThat(config).as("question-catalogue").containsEntry("cleanup.policy", "compact");
                } else {
                    softly.assertThat(config).as(topicName(topic)).containsEntry("cleanup.policy", "delete")
                            .containsKey("retention.ms");
                }
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void kafkaRunsInKraftModeWithNoTopicReplicatedMoreThanItHasBrokers(RenderedOverlay overlay) {
        List<GenericKubernetesResource> kafkas = overlay.custom("Kafka");
        assertThat(kafkas).hasSize(1);
        GenericKubernetesResource kafka = kafkas.get(0);
        assertThat((Object) kafka.get("spec", "zookeeper")).as("ZooKeeper").isNull();
        int brokers = brokers(overlay);
        assertThat(brokers).isPositive();
        assertThat(overlay.custom("KafkaNodePool")).as("node pools with the controller role")
                .anySatisfy(pool -> assertThat(roles(pool)).contains("controller"));
        Map<String, Object> config = kafka.get("spec", "kafka", "config");
        assertSoftly(softly -> {
            for (String key : List.of("default.replication.factor", "offsets.topic.replication.factor",
                    "transaction.state.log.replication.factor")) {
                softly.assertThat(number(config.get(key))).as(key).isBetween(1, brokers);
            }
            softly.assertThat(number(config.get("min.insync.replicas"))).as("min.insync.replicas")
                    .isLessThanOrEqualTo(number(config.get("default.replication.factor")));
            for (GenericKubernetesResource topic : overlay.custom("KafkaTopic")) {
                softly.assertThat(number(topic.get("spec", "replicas"))).as("%s's replicas", topicName(topic))
                        .isBetween(1, brokers);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyConfigurationKeyIsOneTheServiceReads(RenderedOverlay overlay) {
        Set<String> referenced = new TreeSet<>();
        assertSoftly(softly -> {
            for (Deployment deployment : overlay.deployments()) {
                Set<String> readable = ServiceModule.named(name(deployment)).readableEnvironmentVariables();
                for (Container container : containers(deployment)) {
                    for (EnvFromSource source : Optional.ofNullable(container.getEnvFrom()).orElse(List.of())) {
                        softly.assertThat(source.getSecretRef()).as("%s loads a whole Secret", name(deployment))
                                .isNull();
                        if (source.getConfigMapRef() != null) {
                            referenced.add(source.getConfigMapRef().getName());
                            Optional<ConfigMap> map = overlay.find(ConfigMap.class, source.getConfigMapRef().getName());
                            softly.assertThat(map).as("ConfigMap %s", source.getConfigMapRef().getName()).isPresent();
                            map.ifPresent(m -> softly.assertThat(readable)
                                    .as("keys of %s that %s reads", name(m), name(deployment))
                                    .containsAll(m.getData().keySet()));
                        }
                    }
                    for (EnvVar variable : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
                        softly.assertThat(readable).as("%s's env", name(deployment)).contains(variable.getName());
                    }
                }
            }
        });
        // Grafana's dashboard sidecar reads the dashboards, by their label.
        assertThat(overlay.all(ConfigMap.class)).as("ConfigMaps no Deployment reads")
                .filteredOn(map -> !MonitoringTest.isDashboard(map))
                .allSatisfy(map -> assertThat(referenced).contains(name(map)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theJwtPublicKeyIsTheProvidersJwksOrAFileMountedFromASecretWhereTheServicesLookForIt(
            RenderedOverlay overlay) {
        assertSoftly(softly -> {
            for (Deployment deployment : overlay.deployments()) {
                String location = jwtKeyLocation(overlay, deployment);
                if (location != null && location.startsWith("https://")) {
                    softly.assertThat(mount(mainContainer(deployment), JWT_KEY_FOLDER))
                            .as("%s mounts a key it does not read", name(deployment)).isEmpty();
                    continue;
                }
                softly.assertThat(location).as("%s's key location", name(deployment)).isEqualTo(JWT_KEY);
                Optional<VolumeMount> keyMount = mount(mainContainer(deployment), JWT_KEY_FOLDER);
                softly.assertThat(keyMount).as("%s mounts %s", name(deployment), JWT_KEY_FOLDER).isPresent();
                keyMount.ifPresent(m -> {
                    softly.assertThat(m.getReadOnly()).as("the key mount is read-only").isTrue();
                    Optional<Volume> volume = volume(deployment.getSpec().getTemplate().getSpec(), m.getName());
                    softly.assertThat(volume.map(Volume::getSecret)).as("%s's key volume is a Secret",
                            name(deployment)).isPresent();
                    volume.map(Volume::getSecret).ifPresent(secret -> softly.assertThat(
                                    secret.getItems() == null ? List.of("public-key.pem")
                                            : secret.getItems().stream().map(i -> i.getPath()).toList())
                            .as("files of the key volume").contains("public-key.pem"));
                });
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceHasItsOwnDatabaseWithCredentialsFromTheSecretCloudNativePgCreates(RenderedOverlay overlay) {
        Set<String> clustersInUse = new TreeSet<>();
        assertSoftly(softly -> {
            for (Deployment deployment : overlay.deployments()) {
                String url = configuration(overlay, deployment).get("QUARKUS_DATASOURCE_JDBC_URL");
                softly.assertThat(url).as("%s's JDBC URL", name(deployment)).matches(JDBC_URL);
                if (databaseClusterOf(overlay, deployment).isEmpty()) {
                    continue;
                }
                String cluster = databaseClusterOf(overlay, deployment).get();
                String database = url.substring(url.lastIndexOf('/') + 1);
                softly.assertThat(clustersInUse.add(cluster)).as("%s shares cluster %s", name(deployment), cluster)
                        .isTrue();
                Optional<GenericKubernetesResource> found = overlay.custom("Cluster", cluster);
                softly.assertThat(found).as("CloudNativePG Cluster %s", cluster).isPresent();
                found.ifPresent(c -> {
                    softly.assertThat((Object) c.get("spec", "bootstrap", "initdb", "database"))
                            .as("%s's database", cluster).isEqualTo(database);
                    softly.assertThat((Object) c.get("spec", "bootstrap", "initdb", "owner"))
                            .as("%s's owner", cluster).isNotNull();
                });
                Map<String, EnvVar> env = new TreeMap<>();
                mainContainer(deployment).getEnv().forEach(v -> env.put(v.getName(), v));
                for (var credential : Map.of("QUARKUS_DATASOURCE_USERNAME", "username",
                        "QUARKUS_DATASOURCE_PASSWORD", "password").entrySet()) {
                    EnvVar variable = env.get(credential.getKey());
                    softly.assertThat(variable).as("%s's %s", name(deployment), credential.getKey()).isNotNull();
                    if (variable != null) {
                        softly.assertThat(variable.getValue()).as("a credential's literal value").isNull();
                        var ref = variable.getValueFrom() == null ? null : variable.getValueFrom().getSecretKeyRef();
                        softly.assertThat(ref).as("%s from a Secret", credential.getKey()).isNotNull();
                        if (ref != null) {
                            softly.assertThat(ref.getName()).isEqualTo(cluster + "-app");
                            softly.assertThat(ref.getKey()).isEqualTo(credential.getValue());
                        }
                    }
                }
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void noSecretValueIsInTheManifests(RenderedOverlay overlay) {
        assertThat(overlay.all(Secret.class)).isEmpty();
        for (ConfigMap map : overlay.all(ConfigMap.class)) {
            assertThat(map.getData().keySet()).as("keys of %s", name(map))
                    .noneMatch(key -> key.contains("PASSWORD") || key.contains("SECRET") || key.contains("TOKEN"));
        }
        for (Deployment deployment : overlay.deployments()) {
            for (EnvVar variable : Optional.ofNullable(mainContainer(deployment).getEnv()).orElse(List.of())) {
                if (variable.getName().contains("PASSWORD") || variable.getName().contains("SECRET")) {
                    assertThat(variable.getValue()).as("%s's %s", name(deployment), variable.getName()).isNull();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void noImageIsLatestOrUntagged(RenderedOverlay overlay) {
        assertSoftly(softly -> {
            for (Deployment deployment : overlay.deployments()) {
                for (Container container : containers(deployment)) {
                    String image = container.getImage();
                    String lastPart = image.substring(image.lastIndexOf('/') + 1);
                    boolean digest = image.contains("@sha256:");
                    softly.assertThat(digest || lastPart.contains(":")).as("%s is tagged", image).isTrue();
                    softly.assertThat(lastPart).as("%s's tag", image).doesNotEndWith(":latest");
                }
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceSelectsThePodsOfADeploymentOnAPortTheyListenOn(RenderedOverlay overlay) {
        assertThat(overlay.all(Service.class)).hasSameSizeAs(overlay.deployments());
        assertSoftly(softly -> {
            for (Service service : overlay.all(Service.class)) {
                Optional<Deployment> target = overlay.deploymentSelectedBy(service.getSpec().getSelector());
                softly.assertThat(target).as("the Deployment Service %s selects", name(service)).isPresent();
                target.ifPresent(deployment -> {
                    ServiceModule module = ServiceModule.named(name(deployment));
                    softly.assertThat(service.getSpec().getPorts()).as("Service %s's ports", name(service))
                            .extracting(port -> port.getName(),
                                    port -> portNumber(mainContainer(deployment), port.getTargetPort()).orElse(-1))
                            .containsExactlyInAnyOrder(tuple("http", module.httpPort()),
                                    tuple("management", module.managementPort().orElse(-1)));
                });
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyNetworkPolicySelectsPodsThatExistAndLetsThemReachOnlyTheirDatabaseKafkaDnsAndCollector(
            RenderedOverlay overlay) {
        Set<String> clusters = names(overlay.custom("Cluster"));
        Set<String> kafkas = names(overlay.custom("Kafka"));
        Set<String> covered = new TreeSet<>();
        assertSoftly(softly -> {
            for (NetworkPolicy policy : NetworkPolicyTest.servicePolicies(overlay)) {
                Optional<Deployment> target =
                        overlay.deploymentSelectedBy(policy.getSpec().getPodSelector().getMatchLabels());
                softly.assertThat(target).as("the pods NetworkPolicy %s selects", name(policy)).isPresent();
                if (target.isEmpty()) {
                    continue;
                }
                covered.add(name(target.get()));
                softly.assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
                ServiceModule module = ServiceModule.named(name(target.get()));
                Optional<OtlpCollector> traces = OtlpCollector.of(configuration(overlay, target.get()));
                boolean signsInWithOpenIdConnect = signsInWithOpenIdConnect(overlay, target.get());
                // The Ingress controller reaches the HTTP port only, Prometheus the management port only.
                Map<String, Set<IntOrString>> ingress = new HashMap<>();
                policy.getSpec().getIngress().forEach(rule -> rule.getFrom().forEach(peer -> ingress.computeIfAbsent(
                        namespaceOf(peer), namespace -> new HashSet<>())
                        .addAll(rule.getPorts().stream().map(NetworkPolicyPort::getPort).toList())));
                softly.assertThat(ingress).as("%s's ingress: namespace and ports", name(policy)).isEqualTo(Map.of(
                        "ingress-nginx", Set.of(new IntOrString(module.httpPort())),
                        "monitoring", Set.of(new IntOrString(module.managementPort().orElse(-1)))));
                List<String> destinations = new ArrayList<>();
                policy.getSpec().getEgress().forEach(rule -> rule.getTo().forEach(peer -> {
                    Map<String, String> labels = peer.getPodSelector() == null ? Map.of()
                            : peer.getPodSelector().getMatchLabels();
                    if (labels.containsKey("cnpg.io/cluster")) {
                        softly.assertThat(clusters).as("%s's database", name(policy))
                                .contains(labels.get("cnpg.io/cluster"));
                        softly.assertThat(labels.get("cnpg.io/cluster")).as("%s's database", name(policy))
                                .isEqualTo(databaseClusterOf(overlay, target.get()).orElse(null));
                        destinations.add("database");
                    } else if (labels.containsKey("strimzi.io/cluster")) {
                        softly.assertThat(kafkas).as("%s's Kafka", name(policy))
                                .contains(labels.get("strimzi.io/cluster"));
                        destinations.add("kafka");
                    } else if ("kube-dns".equals(labels.get("k8s-app"))) {
                        softly.assertThat(namespaceOf(peer)).isEqualTo("kube-system");
                        destinations.add("dns");
                    } else if (traces.isPresent() && traces.get().namespace().equals(namespaceOf(peer))
                            && labels.isEmpty() && rule.getPorts().stream().allMatch(
                                    p -> p.getPort().equals(new IntOrString(traces.get().port())))) {
                        destinations.add("traces");
                    } else if (signsInWithOpenIdConnect && peer.getIpBlock() != null && rule.getPorts().stream()
                            .allMatch(p -> p.getPort().equals(new IntOrString(443)))) {
                        destinations.add("sign-in provider");
                    } else {
                        destinations.add("unexpected " + peer);
                    }
                }));
                List<String> expected = new ArrayList<>(List.of("database", "kafka", "dns"));
                traces.ifPresent(collector -> expected.add("traces"));
                if (signsInWithOpenIdConnect) {
                    expected.add("sign-in provider");
                }
                softly.assertThat(destinations).as("where %s's pods may go", name(policy))
                        .containsExactlyInAnyOrderElementsOf(expected);
            }
        });
        assertThat(covered).as("Deployments with a NetworkPolicy")
                .containsExactlyInAnyOrderElementsOf(names(overlay.deployments()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyDeploymentHasOneAutoscalerAndADisruptionBudget(RenderedOverlay overlay) {
        Map<String, Integer> autoscalers = new TreeMap<>();
        for (HorizontalPodAutoscaler hpa : overlay.all(HorizontalPodAutoscaler.class)) {
            var target = hpa.getSpec().getScaleTargetRef();
            assertThat(target.getKind()).isEqualTo("Deployment");
            assertThat(target.getApiVersion()).isEqualTo("apps/v1");
            assertThat(overlay.find(Deployment.class, target.getName())).as("HPA %s's target", name(hpa)).isPresent();
            assertThat(hpa.getSpec().getMetrics()).as("HPA %s scales on CPU", name(hpa))
                    .anySatisfy(metric -> assertThat(metric.getResource().getName()).isEqualTo("cpu"));
            autoscalers.merge(target.getName(), 1, Integer::sum);
        }
        for (GenericKubernetesResource scaled : overlay.custom("ScaledObject")) {
            String target = scaled.get("spec", "scaleTargetRef", "name");
            assertThat(overlay.find(Deployment.class, target)).as("ScaledObject %s's target", name(scaled))
                    .isPresent();
            assertThat((Object) scaled.get("spec", "scaleTargetRef", "kind")).isIn(null, "Deployment");
            autoscalers.merge(target, 1, Integer::sum);
        }
        assertThat(autoscalers).as("autoscalers per Deployment")
                .containsOnlyKeys(names(overlay.deployments()))
                .allSatisfy((deployment, count) -> assertThat(count).as(deployment).isOne());
        assertThat(overlay.all(HorizontalPodAutoscaler.class)).extracting(h -> h.getSpec().getScaleTargetRef()
                .getName()).containsExactlyInAnyOrder("question-service", "session-service");
        for (Deployment deployment : overlay.deployments()) {
            assertThat(overlay.all(PodDisruptionBudget.class)).as("%s's PodDisruptionBudget", name(deployment))
                    .anySatisfy(pdb -> assertThat(overlay.deploymentSelectedBy(pdb.getSpec().getSelector()
                            .getMatchLabels())).contains(deployment));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void scoringScalesOnItsLagOnAnswerSubmittedUpToThePartitionsOfTheTopic(RenderedOverlay overlay) {
        List<GenericKubernetesResource> scaledObjects = overlay.custom("ScaledObject");
        assertThat(scaledObjects).hasSize(1);
        GenericKubernetesResource scaled = scaledObjects.get(0);
        assertThat((Object) scaled.get("spec", "scaleTargetRef", "name")).isEqualTo("scoring-service");
        List<Map<String, Object>> triggers = scaled.get("spec", "triggers");
        assertThat(triggers).isNotEmpty().allSatisfy(trigger -> assertThat(trigger).containsEntry("type", "kafka"));
        int maxReplicas = number(scaled.get("spec", "maxReplicaCount"));
        for (Map<String, Object> trigger : triggers) {
            @SuppressWarnings("unchecked")
            Map<String, Object> metadata = (Map<String, Object>) trigger.get("metadata");
            String topic = (String) metadata.get("topic");
            assertThat(topic).isEqualTo("answer-submitted");
            assertThat(ServiceModule.named("scoring-service").consumerGroupsOf(topic))
                    .containsExactly((String) metadata.get("consumerGroup"));
            assertThat(metadata.values()).as("KEDA trigger metadata are strings").allMatch(String.class::isInstance);
            assertThat((String) metadata.get("bootstrapServers")).startsWith(
                    overlay.custom("Kafka").get(0).getMetadata().getName() + "-kafka-bootstrap.");
            GenericKubernetesResource kafkaTopic = overlay.custom("KafkaTopic").stream()
                    .filter(t -> topicName(t).equals(topic)).findFirst().orElseThrow();
            assertThat(maxReplicas).as("maxReplicaCount against the partitions of %s", topic)
                    .isPositive().isLessThanOrEqualTo(number(kafkaTopic.get("spec", "partitions")));
        }
        assertThat(number(scaled.get("spec", "minReplicaCount"))).isBetween(1, maxReplicas);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theIngressRoutesEveryApiAndPagePathToTheServiceThatServesIt(RenderedOverlay overlay) throws IOException {
        Map<String, String> routes = new TreeMap<>();
        Map<String, String> pathTypes = new TreeMap<>();
        for (Ingress ingress : overlay.all(Ingress.class)) {
            ingress.getSpec().getRules().forEach(rule -> {
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    String service = path.getBackend().getService().getName();
                    routes.put(path.getPath(), service);
                    pathTypes.put(path.getPath(), path.getPathType());
                    Service target = overlay.find(Service.class, service).orElseThrow(
                            () -> new AssertionError("Ingress backend " + service + " is no Service"));
                    // Never the management port: health, metrics and OpenAPI stay inside the cluster.
                    assertThat(path.getBackend().getService().getPort().getName()).as("%s's port", path.getPath())
                            .isEqualTo("http");
                    assertThat(target.getSpec().getPorts()).extracting(p -> p.getName()).contains("http");
                }
            });
        }
        assertThat(routes).isEqualTo(with(routeTable(), expectedSignOut(overlay)));
        assertThat(routes.keySet()).as("paths under /q").noneMatch(path -> path.equals("/q") || path.startsWith("/q/"));
        // The home page is only "/" itself: a prefix "/" would publish every service's /q (metrics, OpenAPI).
        assertThat(pathTypes).containsEntry("/", "Exact");
        // The one regular expression takes a question version's scores and leaves the version itself alone.
        java.util.regex.Pattern scores = java.util.regex.Pattern.compile("^" + routes.keySet().stream()
                .filter(path -> path.endsWith("/scores$")).findFirst().orElseThrow());
        assertThat(scores.matcher("/api/v1/questions/cap-theorem/versions/2/scores").find()).isTrue();
        assertThat(scores.matcher("/api/v1/questions/cap-theorem/versions/2").find()).isFalse();
    }

    /** The platform's route table, which deploy/local's proxy routes by too: one route a line, path and service. */
    private static Map<String, String> routeTable() throws IOException {
        Map<String, String> routes = new TreeMap<>();
        Files.readAllLines(Repository.root().resolve(
                        "deploy/local/src/main/resources/dev/mockinterview/localstack/routes.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.trim().split("\\s+"))
                .forEach(route -> routes.put(route[0], route[1]));
        return routes;
    }

    /** Where sign-out goes: session-service when the services sign in with OpenID Connect, else the routes alone. */
    private static Map<String, String> expectedSignOut(RenderedOverlay overlay) {
        return overlay.deployments().stream().anyMatch(deployment -> signsInWithOpenIdConnect(overlay, deployment))
                ? Map.of("/sign-out", "session-service") : Map.of();
    }

    private static Map<String, String> with(Map<String, String> routes, Map<String, String> more) {
        Map<String, String> all = new TreeMap<>(routes);
        all.putAll(more);
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void servicesThatSignInWithOpenIdConnectNameTheProviderAndReadTheClientSecretFromASecret(RenderedOverlay overlay) {
        assertSoftly(softly -> {
            for (Deployment deployment : overlay.deployments()) {
                if (!signsInWithOpenIdConnect(overlay, deployment)) {
                    continue;
                }
                Map<String, String> configuration = configuration(overlay, deployment);
                softly.assertThat(configuration.get("QUARKUS_OIDC_AUTH_SERVER_URL")).as("%s's provider",
                        name(deployment)).startsWith("https://");
                softly.assertThat(configuration).as("%s's configuration", name(deployment))
                        .containsKey("QUARKUS_OIDC_CLIENT_ID");
                Optional<EnvVar> secret = Optional.ofNullable(mainContainer(deployment).getEnv()).orElse(List.of())
                        .stream().filter(v -> v.getName().equals("QUARKUS_OIDC_CREDENTIALS_SECRET")).findFirst();
                softly.assertThat(secret.map(EnvVar::getValueFrom).map(from -> from.getSecretKeyRef()))
                        .as("%s's client secret comes from a Secret", name(deployment)).isPresent();
            }
        });
    }

    /** Whether the Deployment's pages sign in with OpenID Connect: the web module's profile oidc is active. */
    static boolean signsInWithOpenIdConnect(RenderedOverlay overlay, Deployment deployment) {
        String profiles = configuration(overlay, deployment).getOrDefault("QUARKUS_PROFILE", "");
        return List.of(profiles.split(",")).contains("oidc");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void prometheusScrapesTheMetricsEndpointOfEveryService(RenderedOverlay overlay) {
        Set<String> scraped = new TreeSet<>();
        for (GenericKubernetesResource monitor : overlay.custom("ServiceMonitor")) {
            Map<String, String> selector = monitor.get("spec", "selector", "matchLabels");
            List<Map<String, Object>> endpoints = monitor.get("spec", "endpoints");
            Service service = overlay.all(Service.class).stream()
                    .filter(s -> s.getMetadata().getLabels().entrySet().containsAll(selector.entrySet()))
                    .findFirst().orElseThrow(() -> new AssertionError(name(monitor) + " selects no Service"));
            scraped.add(name(service));
            assertThat(endpoints).isNotEmpty().allSatisfy(endpoint -> {
                assertThat(endpoint).containsEntry("path", "/q/metrics").containsEntry("port", "management");
                assertThat(service.getSpec().getPorts()).extracting(p -> p.getName()).contains("management");
            });
        }
        assertThat(scraped).containsExactlyInAnyOrderElementsOf(names(overlay.all(Service.class)));
    }

    static Set<String> names(List<? extends io.fabric8.kubernetes.api.model.HasMetadata> objects) {
        Set<String> names = new TreeSet<>();
        objects.forEach(o -> names.add(name(o)));
        return names;
    }

    static String name(io.fabric8.kubernetes.api.model.HasMetadata object) {
        return object.getMetadata().getName();
    }

    static String topicName(GenericKubernetesResource topic) {
        String declared = topic.get("spec", "topicName");
        return declared == null ? name(topic) : declared;
    }

    static int brokers(RenderedOverlay overlay) {
        return overlay.custom("KafkaNodePool").stream()
                .filter(pool -> roles(pool).contains("broker"))
                .mapToInt(pool -> number(pool.get("spec", "replicas")))
                .sum();
    }

    static List<String> roles(GenericKubernetesResource pool) {
        List<String> roles = pool.get("spec", "roles");
        return roles == null ? List.of() : roles;
    }

    static int number(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        throw new AssertionError("not a number: " + value);
    }

    static boolean isQuantity(Quantity quantity) {
        try {
            Quantity.getAmountInBytes(quantity);
            return quantity.getAmount().matches("[0-9.]+");
        } catch (RuntimeException e) {
            return false;
        }
    }

    static Container mainContainer(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> c.getName().equals(name(deployment)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name(deployment) + " has no container of its own name"));
    }

    static List<Container> containers(Deployment deployment) {
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        List<Container> all = new ArrayList<>(pod.getContainers());
        all.addAll(Optional.ofNullable(pod.getInitContainers()).orElse(List.of()));
        return all;
    }

    /** The number a probe, Service or policy port means in this container: itself, or the container port named. */
    static Optional<Integer> portNumber(Container container, IntOrString port) {
        if (port == null) {
            return Optional.empty();
        }
        if (port.getIntVal() != null) {
            return Optional.of(port.getIntVal());
        }
        return container.getPorts().stream()
                .filter(p -> port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort)
                .findFirst();
    }

    static Optional<VolumeMount> mount(Container container, String path) {
        return Optional.ofNullable(container.getVolumeMounts()).orElse(List.of()).stream()
                .filter(m -> m.getMountPath().equals(path))
                .findFirst();
    }

    static Optional<Volume> volume(PodSpec pod, String name) {
        return Optional.ofNullable(pod.getVolumes()).orElse(List.of()).stream()
                .filter(v -> v.getName().equals(name))
                .findFirst();
    }

    /** Where the service reads the keys that verify bearer tokens: its ConfigMaps, else its application.properties. */
    static String jwtKeyLocation(RenderedOverlay overlay, Deployment deployment) {
        return Optional.ofNullable(configuration(overlay, deployment).get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"))
                .or(() -> ServiceModule.named(name(deployment)).property("mp.jwt.verify.publickey.location"))
                .orElse(null);
    }

    /** The Quarkus configuration a Deployment's main container gets from its ConfigMaps. */
    static Map<String, String> configuration(RenderedOverlay overlay, Deployment deployment) {
        Map<String, String> configuration = new TreeMap<>();
        for (EnvFromSource source : Optional.ofNullable(mainContainer(deployment).getEnvFrom()).orElse(List.of())) {
            if (source.getConfigMapRef() != null) {
                overlay.find(ConfigMap.class, source.getConfigMapRef().getName())
                        .ifPresent(map -> configuration.putAll(map.getData()));
            }
        }
        return configuration;
    }

    /**
     * Where a service sends its traces when its configuration turns them on: the namespace and port of the OTLP
     * endpoint, a Service's cluster DNS name (SERVICE.NAMESPACE.svc).
     */
    record OtlpCollector(String namespace, int port) {
        static Optional<OtlpCollector> of(Map<String, String> configuration) {
            String endpoint = configuration.get("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT");
            if (!"false".equals(configuration.get("QUARKUS_OTEL_SDK_DISABLED")) || endpoint == null) {
                return Optional.empty();
            }
            URI uri = URI.create(endpoint);
            String[] host = uri.getHost().split("\\.");
            if (host.length < 3 || !host[2].equals("svc") || uri.getPort() < 0) {
                throw new AssertionError("the OTLP endpoint is no SERVICE.NAMESPACE.svc:PORT: " + endpoint);
            }
            return Optional.of(new OtlpCollector(host[1], uri.getPort()));
        }
    }

    /** The CloudNativePG cluster whose read-write Service the Deployment's JDBC URL names. */
    static Optional<String> databaseClusterOf(RenderedOverlay overlay, Deployment deployment) {
        String url = configuration(overlay, deployment).get("QUARKUS_DATASOURCE_JDBC_URL");
        if (url == null || !url.matches(JDBC_URL)) {
            return Optional.empty();
        }
        String host = url.substring("jdbc:postgresql://".length()).split("[:/.]")[0];
        return Optional.of(host.substring(0, host.length() - "-rw".length()));
    }

    static long preStopSeconds(io.fabric8.kubernetes.api.model.LifecycleHandler preStop) {
        if (preStop.getSleep() != null) {
            return preStop.getSleep().getSeconds();
        }
        if (preStop.getExec() != null) {
            List<String> command = preStop.getExec().getCommand();
            if (command.size() == 2 && command.get(0).endsWith("sleep") && command.get(1).matches("\\d+")) {
                return Long.parseLong(command.get(1));
            }
        }
        return 0;
    }

    static String namespaceOf(NetworkPolicyPeer peer) {
        if (peer.getNamespaceSelector() == null || peer.getNamespaceSelector().getMatchLabels() == null) {
            return null;
        }
        return peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name");
    }

    @SafeVarargs
    static <T> T firstNonNull(T... values) {
        return Stream.of(values).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
