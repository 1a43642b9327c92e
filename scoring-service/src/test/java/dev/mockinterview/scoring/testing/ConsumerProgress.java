package dev.mockinterview.scoring.testing;

import dev.mockinterview.testsupport.TestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * Tells when the service has handled everything sent to a topic so far: its consumer group has committed the
 * topic's end offsets. A test that shows a redelivered event changes nothing needs to know it was delivered.
 */
public final class ConsumerProgress {
    private static final String GROUP = "scoring-service";

    private ConsumerProgress() {
    }

    public static void awaitAllConsumed(String topic) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> allConsumed(admin, topic));
        }
    }

    private static boolean allConsumed(Admin admin, String topic) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> ends = admin.describeTopics(List.of(topic)).allTopicNames().get()
                .get(topic).partitions().stream()
                .map(partition -> new TopicPartition(topic, partition.partition()))
                .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
        for (var end : admin.listOffsets(ends).all().get().entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            if ((done == null ? 0 : done.offset()) < end.getValue().offset()) {
                return false;
            }
        }
        return true;
    }
}
