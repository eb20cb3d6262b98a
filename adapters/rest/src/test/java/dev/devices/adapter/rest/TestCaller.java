package dev.devices.adapter.rest;

import dev.devices.application.port.in.CurrentCaller;
import dev.devices.domain.access.Caller;
import jakarta.inject.Singleton;

/** Stands in for the authentication adapter: the caller a test says is calling. */
@Singleton
class TestCaller implements CurrentCaller {

    static final Caller ORGANIZATION = Caller.organization(1, "client-1");

    private volatile Caller caller = ORGANIZATION;

    void set(Caller caller) {
        this.caller = caller;
    }

    @Override
    public Caller get() {
        return caller;
    }
}
