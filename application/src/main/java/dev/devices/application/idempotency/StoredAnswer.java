package dev.devices.application.idempotency;

import java.util.Map;

/**
 * What a request with an Idempotency-Key was answered with (status, JSON body, the headers given
 * again), and a digest of the request it answered: shared by the use case and its store.
 */
public record StoredAnswer(String fingerprint, int status, String body, Map<String, String> headers) {
    public StoredAnswer {
        headers = Map.copyOf(headers);
    }
}
