package dev.mockinterview.scoring.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long the records of applied events ({@code processed_event}) are kept. */
@ConfigMapping(prefix = "scoring.processed-events")
public interface ProcessedEventsConfig {
    /**
     * How long a record is kept after its event was applied: longer than the event can come again. The consumed
     * topics keep a record 7 days (retention.ms); Kafka deletes whole segments, and a segment closes up to 7 days
     * (segment.ms) after its first record, so a record can be read for up to 14 days after it was written, and it was
     * applied after it was written. Raise it with the topics' retention or segment.ms.
     */
    @WithDefault("P14D")
    Duration retention();

    /** How often records past their retention are deleted. */
    @WithDefault("1h")
    String pruneInterval();

    /** Records deleted per transaction. */
    @WithDefault("1000")
    int pruneBatchSize();
}
