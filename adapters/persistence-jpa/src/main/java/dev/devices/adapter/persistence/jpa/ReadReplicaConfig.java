package dev.devices.adapter.persistence.jpa;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The read replica's settings. Unlike the others, their defaults are declared here: the in-memory
 * build has no JPA adapter, and would refuse {@code devices.read-replica.*} keys nothing maps.
 */
@ConfigMapping(prefix = "devices.read-replica")
public interface ReadReplicaConfig {

    /** The replica's JDBC URL (one server, a hot standby of the primary); unset: everything reads the primary. */
    Optional<String> jdbcUrl();

    /** How long a read waits for the replica to replay what the primary had written before it reads the primary. */
    @WithDefault("50ms")
    Duration maxWait();

    /** How long reads stay on the primary after the replica could not be reached or was too far behind. */
    @WithDefault("5s")
    Duration retryAfter();
}
