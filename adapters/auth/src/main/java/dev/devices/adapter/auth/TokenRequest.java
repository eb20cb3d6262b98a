package dev.devices.adapter.auth;

import dev.devices.application.port.in.IssueTokenUseCase.ClientCredentials;
import dev.devices.application.port.in.TokenGrantRejected;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The parameters of a token request, merged from the query string and a form body, and its client credentials. */
final class TokenRequest {

    private final Map<String, String> parameters;
    private final ClientCredentials credentials;

    private TokenRequest(Map<String, String> parameters, ClientCredentials credentials) {
        this.parameters = parameters;
        this.credentials = credentials;
    }

    static TokenRequest parse(MultivaluedMap<String, String> query, HttpHeaders headers, String body, String address) {
        Map<String, String> parameters = new HashMap<>();
        query.forEach((name, values) -> put(parameters, name, values));
        MediaType type = headers.getMediaType();
        if (body != null && !body.isBlank() && type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                put(parameters, name, List.of(value));
            }
        }
        return new TokenRequest(parameters, credentials(headers.getHeaderString(HttpHeaders.AUTHORIZATION), parameters, address));
    }

    /** RFC 6749 3.2: a parameter sent twice makes the request invalid. */
    private static void put(Map<String, String> parameters, String name, List<String> values) {
        if (values.size() > 1 || parameters.containsKey(name)) {
            throw TokenGrantRejected.invalidRequest("Parameter '" + name + "' must be sent once.");
        }
        parameters.put(name, values.isEmpty() ? "" : values.get(0));
    }

    private static ClientCredentials credentials(String authorization, Map<String, String> parameters, String address) {
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw TokenGrantRejected.invalidClient();
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw TokenGrantRejected.invalidClient();
            }
            return new ClientCredentials(decode(decoded.substring(0, colon)), decode(decoded.substring(colon + 1)), address);
        }
        return new ClientCredentials(parameters.get("client_id"), parameters.get("client_secret"), address);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw TokenGrantRejected.invalidRequest("The request is not well-formed URL encoding.");
        }
    }

    String parameter(String name) {
        String value = parameters.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    ClientCredentials credentials() {
        return credentials;
    }
}
