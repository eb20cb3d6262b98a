package dev.devices.application.paging;

import java.util.List;
import java.util.function.Function;

/** One page of results and how many there are in all. */
public record Page<T>(List<T> content, long totalElements) {

    public Page {
        content = List.copyOf(content);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(content.stream().<R>map(mapper).toList(), totalElements);
    }
}
