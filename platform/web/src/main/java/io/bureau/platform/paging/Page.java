package io.bureau.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code { "items": [...], "page": 0, "size": 20, "totalItems": 123 }}. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
    }
}
