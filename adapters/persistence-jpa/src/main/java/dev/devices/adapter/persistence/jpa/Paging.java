package dev.devices.adapter.persistence.jpa;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/** Runs a Panache query for one page and its total. */
final class Paging {

    private Paging() {
    }

    static <E, T> Page<T> page(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        long total = query.count();
        if (request.offset() >= total) {
            return new Page<>(List.of(), total);
        }
        int first = (int) request.offset(); // below total, which a page of this service never lets pass int range
        List<E> rows = query.range(first, first + request.size() - 1).list();
        return new Page<>(rows.stream().map(mapper).toList(), total);
    }
}
