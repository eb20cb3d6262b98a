package dev.devices.adapter.rest;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The POST calls of a resource class answer a retried Idempotency-Key with the first answer ({@link IdempotentPosts}). */
@InterceptorBinding
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface Idempotent {
}
