package dev.mockinterview.scoring.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a rescore walks through the stored answers. */
@ConfigMapping(prefix = "scoring.rescore")
public interface RescoreConfig {
    /**
     * Sessions rescored per transaction: each batch commits its new scores, reports and events together, and holds
     * its sessions' locks only while it runs, so live scoring of those sessions waits at most one batch.
     */
    @WithDefault("20")
    int batchSize();
}
