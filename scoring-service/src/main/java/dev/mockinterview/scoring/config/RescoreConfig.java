package dev.mockinterview.scoring.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How a rescore walks through the stored answers. */
@ConfigMapping(prefix = "scoring.rescore")
public interface RescoreConfig {
    /**
     * Sessions rescored per transaction: each batch commits its new scores, reports and events together, and holds
     * its sessions' locks only while it runs, so live scoring of those sessions waits at most one batch.
     */
    @WithDefault("20")
    int batchSize();

    /**
     * How long a running rescore may go without a batch committing before it counts as abandoned (its instance
     * stopped) and is reported FAILED, which lets the next start begin a new run. A batch still at work holds its
     * run's row lock and is never taken for abandoned, however long it takes.
     */
    @WithDefault("5m")
    Duration abandonedAfter();
}
