package dev.devices.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.devices.adapter.rest.dto.ErrorBody;
import dev.devices.application.port.in.AnswerOnceUseCase;
import dev.devices.application.port.in.AnswerOnceUseCase.Answer;
import dev.devices.application.port.in.CurrentCaller;
import dev.devices.application.port.in.WriteDeviceIfMatchUseCase.DeviceChangedSinceVersion;
import dev.devices.application.idempotency.StoredAnswer;
import dev.devices.domain.access.Caller;
import dev.devices.domain.error.DomainException;
import dev.devices.domain.error.InvalidInput;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Idempotency-Key on every POST under /api (beyond.md §2): the same key with the same request (method,
 * path, query and body, compared as parsed JSON) is answered with the first answer and
 * {@code Idempotency-Replayed: true}; with another request 422; while the first still runs 409. The
 * request runs inside the unit of work that stores its answer; a refusal (4xx) rolls its unit back
 * and is stored on its own; server errors are not stored, so a retry runs again.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
class IdempotentPosts {

    static final String KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotency-Replayed";
    private static final int LONGEST_KEY = 255;
    /** The answer's headers worth giving again; the rate-limit and request-id headers are the retry's own. */
    private static final String[] KEPT_HEADERS = {HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.CACHE_CONTROL};

    private final CurrentCaller caller;
    private final AnswerOnceUseCase answers;
    private final HttpServerRequest request;
    private final ObjectMapper json;
    /** For fingerprints: map entries by key, so that the order a client sent them in does not count. */
    private final ObjectMapper canonical;

    IdempotentPosts(CurrentCaller caller, AnswerOnceUseCase answers, HttpServerRequest request, ObjectMapper json) {
        this.caller = caller;
        this.answers = answers;
        this.request = request;
        this.json = json;
        this.canonical = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    @AroundInvoke
    Object answerOnce(InvocationContext call) throws Exception {
        String key = request.getHeader(KEY);
        if (key == null || !call.getMethod().isAnnotationPresent(POST.class)) {
            return call.proceed();
        }
        requireValid(key);
        if (call.getMethod().isAnnotationPresent(AnswersWithSecret.class)) {
            // storing the answer would keep the secret in plain text for the retention
            throw InvalidInput.of(KEY, KEY + " is not accepted here: the answer carries a secret the service does not keep.");
        }
        Caller who = caller.get();
        String fingerprint = fingerprint(call, key);
        try {
            Answer answer = answers.answerOnce(who, key, fingerprint, () -> run(call, fingerprint));
            return response(answer);
        } catch (DomainException refused) {
            answers.rememberRefusal(who, key, new StoredAnswer(fingerprint, ErrorMapper.status(refused.kind()),
                    body(ErrorBody.of(refused.getMessage())), Map.of()));
            throw refused;
        } catch (DeviceChangedSinceVersion stale) {
            answers.rememberRefusal(who, key, new StoredAnswer(fingerprint, 412, body(ErrorBody.of(stale.getMessage())),
                    Map.of(HttpHeaders.ETAG, DeviceETags.of(stale.deviceId(), stale.currentVersion()))));
            throw stale;
        }
    }

    private static void requireValid(String key) {
        boolean visibleAscii = key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
        if (key.isEmpty() || key.length() > LONGEST_KEY || !visibleAscii) {
            throw InvalidInput.of(KEY, KEY + " must be 1 to " + LONGEST_KEY + " visible ASCII characters.");
        }
    }

    /** The resource method's answer, as it will be given again. */
    private StoredAnswer run(InvocationContext call, String fingerprint) {
        Response answer;
        try {
            answer = (Response) call.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = answer.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return new StoredAnswer(fingerprint, answer.getStatus(), answer.hasEntity() ? body(answer.getEntity()) : null, headers);
    }

    private static Response response(Answer answer) {
        StoredAnswer stored = answer.answer();
        Response.ResponseBuilder response = Response.status(stored.status());
        if (stored.body() != null) {
            response.entity(stored.body()).type(MediaType.APPLICATION_JSON);
        }
        stored.headers().forEach(response::header);
        if (answer.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }

    /**
     * Method, path, query and the body as the resource received it: whitespace or key order do not
     * count. Salted with the key, as a body may hold a password (user creation).
     */
    private String fingerprint(InvocationContext call, String key) {
        StringBuilder text = new StringBuilder(key).append('\n').append(request.method().name()).append(' ').append(request.path())
                .append('?').append(request.query() == null ? "" : request.query()).append('\n');
        Annotation[][] annotations = call.getMethod().getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            if (annotations[i].length == 0) {
                text.append(canonical(call.getParameters()[i])); // the one unannotated parameter: the body
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String canonical(Object entity) {
        return write(canonical, entity);
    }

    private String body(Object entity) {
        return entity instanceof String text ? text : write(json, entity);
    }

    private static String write(ObjectMapper mapper, Object entity) {
        try {
            return mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
