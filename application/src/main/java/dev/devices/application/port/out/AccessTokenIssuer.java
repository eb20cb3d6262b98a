package dev.devices.application.port.out;

import dev.devices.domain.access.Caller;

/** Signs access tokens that the service will later accept as proof of {@code caller}. */
public interface AccessTokenIssuer {

    String issueAccessToken(Caller caller, long issuedAtMillis, long expiresAtMillis);
}
