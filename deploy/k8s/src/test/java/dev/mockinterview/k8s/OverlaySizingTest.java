package dev.mockinterview.k8s;

import static dev.mockinterview.k8s.EveryOverlayTest.brokers;
import static dev.mockinterview.k8s.EveryOverlayTest.name;
import static dev.mockinterview.k8s.EveryOverlayTest.number;
import static dev.mockinterview.k8s.EveryOverlayTest.topicName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** How many of each the overlays run: production for availability, local for a laptop. */
class OverlaySizingTest {

    @Test
    void productionRunsThreeReplicasOfEveryServiceSpreadOverNodesAndZones() {
        RenderedOverlay production = RenderedOverlay.of("production");
        assertSoftly(softly -> {
            for (Deployment deployment : production.deployments()) {
                softly.assertThat(deployment.getSpec().getReplicas()).as("%s's replicas", name(deployment))
                        .isEqualTo(3);
                PodSpec pod = deployment.getSpec().getTemplate().getSpec();
                Map<String, String> ownPods = deployment.getSpec().getSelector().getMatchLabels();
                softly.assertThat(pod.getAffinity()).as("%s's affinity", name(deployment)).isNotNull();
                if (pod.getAffinity() != null) {
                    var antiAffinity = pod.getAffinity().getPodAntiAffinity();
                    softly.assertThat(antiAffinity.getPreferredDuringSchedulingIgnoredDuringExecution())
                            .as("%s keeps its pods apart", name(deployment))
                            .anySatisfy(term -> {
                                assertThat(term.getPodAffinityTerm().getTopologyKey())
                                        .isEqualTo("kubernetes.io/hostname");
                                assertThat(term.getPodAffinityTerm().getLabelSelector().getMatchLabels())
                                        .isEqualTo(ownPods);
                            });
                }
                softly.assertThat(pod.getTopologySpreadConstraints())
                        .as("%s spreads over zones", name(deployment))
                        .anySatisfy(constraint -> {
                            assertThat(constraint.getTopologyKey()).isEqualTo("topology.kubernetes.io/zone");
                            assertThat(constraint.getLabelSelector().getMatchLabels()).isEqualTo(ownPods);
                        });
            }
            for (HorizontalPodAutoscaler hpa : production.all(HorizontalPodAutoscaler.class)) {
                softly.assertThat(hpa.getSpec().getMinReplicas()).as("HPA %s's minimum", name(hpa)).isEqualTo(3);
                softly.assertThat(hpa.getSpec().getMaxReplicas()).as("HPA %s's maximum", name(hpa))
                        .isGreaterThanOrEqualTo(3);
            }
            for (GenericKubernetesResource scaled : production.custom("ScaledObject")) {
                softly.assertThat(number(scaled.get("spec", "minReplicaCount"))).as("%s's minimum", name(scaled))
                        .isEqualTo(3);
            }
        });
    }

    @Test
    void productionKeepsEveryRecordOnThreeBrokersAndEveryDatabaseOnThreeInstances() {
        RenderedOverlay production = RenderedOverlay.of("production");
        assertThat(brokers(production)).isEqualTo(3);
        Map<String, Object> config = production.custom("Kafka").get(0).get("spec", "kafka", "config");
        assertThat(config).containsEntry("default.replication.factor", 3)
                .containsEntry("offsets.topic.replication.factor", 3)
                .containsEntry("transaction.state.log.replication.factor", 3)
                .containsEntry("min.insync.replicas", 2);
        assertSoftly(softly -> {
            for (GenericKubernetesResource topic : production.custom("KafkaTopic")) {
                softly.assertThat(number(topic.get("spec", "replicas"))).as("%s's replication", topicName(topic))
                        .isEqualTo(3);
            }
            for (GenericKubernetesResource cluster : production.custom("Cluster")) {
                softly.assertThat(number(cluster.get("spec", "instances"))).as("%s's instances", name(cluster))
                        .isEqualTo(3);
            }
        });
    }

    @Test
    void localRunsOneReplicaOfEachServiceOnAOneBrokerKafkaWithSmallRequests() {
        RenderedOverlay local = RenderedOverlay.of("local");
        assertThat(brokers(local)).isEqualTo(1);
        assertSoftly(softly -> {
            for (Deployment deployment : local.deployments()) {
                softly.assertThat(deployment.getSpec().getReplicas()).as("%s's replicas", name(deployment))
                        .isEqualTo(1);
                Map<String, Quantity> requests = EveryOverlayTest.mainContainer(deployment).getResources()
                        .getRequests();
                softly.assertThat(requests.get("cpu")).as("%s's CPU request", name(deployment))
                        .isLessThanOrEqualTo(new Quantity("250m"));
                softly.assertThat(requests.get("memory")).as("%s's memory request", name(deployment))
                        .isLessThanOrEqualTo(new Quantity("512Mi"));
            }
            for (HorizontalPodAutoscaler hpa : local.all(HorizontalPodAutoscaler.class)) {
                softly.assertThat(hpa.getSpec().getMinReplicas()).as("HPA %s's minimum", name(hpa)).isEqualTo(1);
            }
            for (GenericKubernetesResource topic : local.custom("KafkaTopic")) {
                softly.assertThat(number(topic.get("spec", "replicas"))).as("%s's replication", topicName(topic))
                        .isEqualTo(1);
            }
            for (GenericKubernetesResource cluster : local.custom("Cluster")) {
                softly.assertThat(number(cluster.get("spec", "instances"))).as("%s's instances", name(cluster))
                        .isEqualTo(1);
            }
        });
    }
}
