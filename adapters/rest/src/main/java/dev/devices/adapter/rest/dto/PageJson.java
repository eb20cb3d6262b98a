package dev.devices.adapter.rest.dto;

import dev.devices.application.paging.Page;
import java.util.List;
import java.util.function.Function;

/** A page on the wire: {@code {"content": [...], "totalElements": n}} and nothing else. */
public record PageJson<T>(List<T> content, long totalElements) {

    public static <D, T> PageJson<T> of(Page<D> page, Function<D, T> mapper) {
        return new PageJson<>(page.content().stream().map(mapper).toList(), page.totalElements());
    }
}
