package dev.devices.adapter.persistence.memory;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import java.util.List;

/** Cuts one page out of a fully ordered list. */
final class Pages {

    private Pages() {
    }

    static <T> Page<T> of(List<T> ordered, PageRequest request) {
        if (request.offset() >= ordered.size()) {
            return new Page<>(List.of(), ordered.size());
        }
        int from = (int) request.offset();
        return new Page<>(ordered.subList(from, Math.min(ordered.size(), from + request.size())), ordered.size());
    }
}
