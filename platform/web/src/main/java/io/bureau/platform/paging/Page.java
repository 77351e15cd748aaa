package io.bureau.platform.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: {@code { "items": [...], "page": 0, "size": 20, "totalItems": 123 }}. */
public record Page<T>(@Schema(required = true) List<T> items,
                      @Schema(required = true, description = "Counted from 0") int page,
                      @Schema(required = true) int size,
                      @Schema(required = true) long totalItems) {

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
    }
}
