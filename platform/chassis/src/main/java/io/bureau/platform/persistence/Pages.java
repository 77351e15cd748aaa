package io.bureau.platform.persistence;

import java.util.List;
import java.util.function.Function;

import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** One page of a Panache query, mapped to the views a resource answers with. */
public final class Pages {

    private Pages() {
    }

    public static <E, V> Page<V> of(PanacheQuery<E> query, PageRequest page, Function<? super E, ? extends V> view) {
        page.requireWithinBounds();
        List<V> items = query.page(page.page, page.size).list().stream().<V>map(view).toList();
        return new Page<>(items, page.page, page.size, query.count());
    }
}
