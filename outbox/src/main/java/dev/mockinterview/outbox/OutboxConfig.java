package dev.mockinterview.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;

/**
 * Settings of the outbox, under {@code outbox.}; every one has a default. The Kafka producer is the outgoing
 * channel {@value OutboxRelay#CHANNEL} ({@code mp.messaging.outgoing.outbox.*}), configured by this module's
 * {@code META-INF/microprofile-config.properties}.
 */
@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {
    /** The CloudEvents {@code source} of every event the service writes ({@code outbox.source}). */
    @WithDefault("/${quarkus.application.name}")
    String source();

    /** The relay ({@code outbox.relay.*}). */
    Relay relay();

    /** How long a sent event is kept before it is deleted ({@code outbox.retention}). */
    @WithDefault("P7D")
    Duration retention();

    /** How often sent events past their retention are deleted ({@code outbox.retention-interval}). */
    @WithDefault("1h")
    String retentionInterval();

    /** How often the backlog and the age of the oldest unsent event are measured ({@code outbox.metrics.interval}). */
    @WithDefault("5s")
    @WithName("metrics.interval")
    String metricsInterval();

    interface Relay {
        /** How often the relay looks for unsent events ({@code outbox.relay.interval}). */
        @WithDefault("1s")
        String interval();

        /** The most events one relay run sends ({@code outbox.relay.batch-size}). */
        @WithDefault("500")
        int batchSize();

        /**
         * How long a run waits for the broker's acknowledgements ({@code outbox.relay.ack-timeout}). Keep it longer
         * than the producer's {@code delivery.timeout.ms} plus {@code max.block.ms}, so that every send of a run has
         * succeeded or failed for good before its events can be sent again.
         */
        @WithDefault("25s")
        Duration ackTimeout();

        /** The wait before the first retry of an event whose send failed ({@code outbox.relay.backoff.initial}). */
        @WithDefault("1s")
        @WithName("backoff.initial")
        Duration backoffInitial();

        /** The longest wait between retries; each failure doubles it up to this ({@code outbox.relay.backoff.max}). */
        @WithDefault("1m")
        @WithName("backoff.max")
        Duration backoffMax();
    }
}
