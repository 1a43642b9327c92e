package dev.mockinterview.session.api;

import dev.mockinterview.session.domain.Listed;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total across all pages. */
public record ListPage<T>(List<T> items, int page, int size, long total) {

    static <D, T> ListPage<T> of(Listed<D> listed, Function<D, T> view, int page, int size) {
        return new ListPage<>(listed.items().stream().map(view).toList(), page, size, listed.total());
    }

    static <T> ListPage<T> of(Listed<T> listed, int page, int size) {
        return of(listed, Function.identity(), page, size);
    }
}
