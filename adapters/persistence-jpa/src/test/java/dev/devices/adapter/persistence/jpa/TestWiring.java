package dev.devices.adapter.persistence.jpa;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** What the service's wiring gives the adapter and nothing in this module provides: the clock. */
@Singleton
class TestWiring {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
