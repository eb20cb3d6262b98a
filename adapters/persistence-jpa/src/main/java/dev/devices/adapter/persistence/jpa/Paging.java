package dev.devices.adapter.persistence.jpa;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/** Runs a Panache query for one page and its total. */
final class Paging {

    private Paging() {
    }

    static <E, T> Page<T> page(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        return page(query, request, mapper, false);
    }

    /**
     * As {@link #page}, for a query over a table partitioned by time whose order an index of every
     * partition gives: the page is read by merging those index scans, never by sorting all of one
     * device's rows. The planner's generic plan (which a prepared statement gets after a few runs)
     * thinks a device has a row or two and would sort: 9 ms instead of 1.7 for a device of 10,000
     * timeline entries. Sorting is switched off for the page's statement alone.
     */
    static <E, T> Page<T> pageInIndexOrder(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        return page(query, request, mapper, true);
    }

    private static <E, T> Page<T> page(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper,
                                       boolean withoutSorting) {
        long total = query.count();
        if (request.offset() >= total) {
            return new Page<>(List.of(), total);
        }
        int first = (int) request.offset(); // below total, which a page of this service never lets pass int range
        if (withoutSorting) {
            sorting("off");
        }
        List<E> rows = query.range(first, first + request.size() - 1).list();
        if (withoutSorting) {
            sorting("on"); // on a failure the transaction ends, and the setting with it
        }
        return new Page<>(rows.stream().map(mapper).toList(), total);
    }

    private static void sorting(String onOrOff) {
        Panache.getEntityManager().createNativeQuery("SET LOCAL enable_sort = " + onOrOff).executeUpdate();
    }
}
