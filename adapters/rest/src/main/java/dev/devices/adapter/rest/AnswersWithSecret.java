package dev.devices.adapter.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A POST whose answer carries a secret the service keeps only as a digest (an OAuth client's
 * secret): its answer is never stored for Idempotency-Key replays, so the key is refused there.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface AnswersWithSecret {
}
