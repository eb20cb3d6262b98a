package dev.devices.bootstrap.support;

import dev.devices.embedded.TestDatabaseResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Carries the test database to every {@code @QuarkusTest} of the run: one application start, one
 * database, created at start and dropped at the end.
 */
@WithTestResource(value = TestDatabaseResource.class, scope = TestResourceScope.GLOBAL)
public final class DatabaseTestProfile {

    private DatabaseTestProfile() {
    }
}
