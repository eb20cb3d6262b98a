package dev.devices.bootstrap;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Optional;

/**
 * The service's own settings that the wiring reads (the adapters map theirs themselves); their values,
 * defaults included, live in application.properties.
 */
@ConfigMapping(prefix = "devices")
interface DevicesConfig {

    Auth auth();

    Connectivity connectivity();

    RateLimit rateLimit();

    DeviceApi deviceApi();

    /** The device side, over every transport. */
    interface DeviceApi {
        /** Calls one device may make per second, over HTTP and MQTT together, before it is refused. */
        int rateLimitPerSecond();

        /**
         * Device tokens one instance counts per second; beyond them a new token's calls pass uncounted
         * until the next second, so a flood of made-up tokens is bounded in memory (about 150 bytes each).
         */
        int rateLimitTokens();
    }

    Log log();

    interface Log {
        /** JSON log lines (for log shippers) instead of the readable console format. */
        boolean json();
    }

    /** Requests of one organization's tokens per minute on /api, counted across all instances. */
    interface RateLimit {
        long perMinute();
    }

    interface Connectivity {
        /** How often silent devices are looked for and recorded offline ("5s", "1m", ...). */
        String sweepInterval();
    }

    Counters counters();

    /** Where the short-lived counters shared by all instances live: rate-limit windows, sign-in failures. */
    interface Counters {
        Store store();

        enum Store {
            /** The service's database (PostgreSQL, or memory in the demo build). */
            DATABASE,
            /** Redis ({@code quarkus.redis.hosts}): for calls past what one PostgreSQL counts. */
            REDIS
        }
    }

    Cluster cluster();

    /** How the instances of the service share work that one of them must do alone. */
    interface Cluster {
        /** How long an instance's claim of a role lasts unrenewed: a dead instance's role moves on after it. */
        Duration roleTerm();
    }

    History history();

    /** Idempotency-Key answers: how long they are given again, how often the expired ones are forgotten. */
    interface Idempotency {
        Duration ttl();

        String cleanupInterval();
    }

    Idempotency idempotency();

    /** Datastream history, timeline and actions log: how long they are kept, how often that is enforced. */
    interface History {
        /** Records older than this are removed (a week at a time in PostgreSQL); ISO-8601, e.g. P90D. */
        Duration retention();

        /** How often each instance prepares the coming weeks and removes what is past the retention. */
        String maintenanceInterval();
    }

    Bootstrap bootstrap();

    interface Auth {
        Duration accessTokenLifetime();

        Duration refreshTokenLifetime();

        /** Failed token requests per minute before the token endpoint answers 429 slow_down. */
        SignInFailures signInFailures();
    }

    interface SignInFailures {
        /** For one client id (wrong secret). */
        long perClient();

        /** For one username (wrong password). */
        long perUsername();

        /** For one address, whatever it tries. */
        long perAddress();
    }

    /** The OAuth client created on first start; generated and printed once when not given. */
    interface Bootstrap {
        Optional<String> clientId();

        Optional<String> clientSecret();
    }
}
