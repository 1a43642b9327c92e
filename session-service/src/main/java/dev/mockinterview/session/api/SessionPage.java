package dev.mockinterview.session.api;

import java.util.List;

/** One page of a candidate's sessions, with the total across all pages. */
public record SessionPage(List<SessionView> items, int page, int size, long total) {
}
