package dev.devices.adapter.auth;

/** Names of the claims this service puts in its access tokens. */
final class TokenClaims {

    static final String ORG_ID = "org_id";
    static final String CLIENT_ID = "client_id";
    static final String USER_ID = "user_id";

    private TokenClaims() {
    }
}
