package dev.devices.adapter.persistence.jpa;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Optional;

/** The read replica's settings; their values live in bootstrap's application.properties. */
@ConfigMapping(prefix = "devices.read-replica")
public interface ReadReplicaConfig {

    /** The replica's JDBC URL (one server, a hot standby of the primary); unset: everything reads the primary. */
    Optional<String> jdbcUrl();

    /** How long a read waits for the replica to replay what the primary had written before it reads the primary. */
    Duration maxWait();

    /** How long reads stay on the primary after the replica could not be reached or was too far behind. */
    Duration retryAfter();
}
