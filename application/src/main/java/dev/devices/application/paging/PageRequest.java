package dev.devices.application.paging;

import dev.devices.domain.error.InvalidInput;

/** A page of a list: {@code page} 0-indexed, {@code size} 1..1000 (defaults 0 and 50). */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 1000;

    public PageRequest {
        if (page < 0) {
            throw InvalidInput.of("page", "Page number must be 0 or greater.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInput.of("size", "Page size must be between 1 and " + MAX_SIZE + ".");
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
