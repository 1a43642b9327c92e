package dev.mockinterview.scoring.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How large a CSV export of reports may be. */
@ConfigMapping(prefix = "scoring.export")
public interface ExportConfig {
    /**
     * Rows an export holds at most (sessions, or answers with {@code detail=answers}): a filter that matches more is
     * refused with 422, naming the cap, so that a spreadsheet is never silently short.
     */
    @WithDefault("50000")
    int maxRows();
}
