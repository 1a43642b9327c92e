package dev.mockinterview.scoring.api;

import dev.mockinterview.scoring.domain.ReportSummary;

import java.util.List;

/** One page of completed reports, with how many match across all pages. */
public record ReportPage(List<ReportSummary> items, int page, int size, long total) {
}
