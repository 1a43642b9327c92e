package dev.mockinterview.session.domain;

import java.util.List;

/** One page of a list, with the total across all pages. */
public record Listed<T>(List<T> items, long total) {
    public Listed {
        items = List.copyOf(items);
    }
}
