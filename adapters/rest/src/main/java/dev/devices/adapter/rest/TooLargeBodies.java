package dev.devices.adapter.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Contract §1: a body over 2 MB is a 413 with the error body, whatever its framing. A declared
 * {@code Content-Length} over the limit is refused before anything is read; a body without one
 * (chunked) is counted as it is read and refused at the first byte past the limit. The HTTP layer's
 * own cap (quarkus.http.limits.max-body-size) is set higher, because it answers with an empty 413.
 */
class TooLargeBodies {

    static final long LIMIT_BYTES = 2L * 1024 * 1024;
    static final String MESSAGE = "Request body is too large: the limit is 2 MB.";

    @ServerRequestFilter(preMatching = true)
    Response refuse(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > LIMIT_BYTES) {
            return answer();
        }
        return null;
    }

    /** The answer, closing the connection: the rest of the body is not worth reading. */
    static Response answer() {
        return Response.fromResponse(ErrorMapper.error(413, MESSAGE)).header("Connection", "close").build();
    }

    /** Every body any resource reads passes through a counter. */
    @Provider
    static final class Counting implements ReaderInterceptor {

        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            context.setInputStream(new Limited(context.getInputStream()));
            return context.proceed();
        }
    }

    /**
     * Thrown by the counter; the error mapping answers it with {@link #answer()}. An IOException,
     * because JSON readers pass those through as they are (anything else they wrap as bad JSON).
     */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super(MESSAGE);
        }
    }

    private static final class Limited extends FilterInputStream {

        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long bytes) throws BodyTooLarge {
            read += bytes;
            if (read > LIMIT_BYTES) {
                throw new BodyTooLarge();
            }
        }
    }
}
