package dev.devices.adapter.auth;

import dev.devices.application.port.in.IssueTokenUseCase;
import dev.devices.application.port.in.IssueTokenUseCase.TokenPair;
import dev.devices.application.port.in.TokenGrantRejected;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * {@code POST /oauth2/token} (RFC 6749): parameters in the query string or a form body, client
 * credentials by HTTP Basic or as {@code client_id}/{@code client_secret} parameters.
 */
@Path("/oauth2/token")
@Tag(name = "OAuth2")
class TokenResource {

    private final IssueTokenUseCase tokens;

    TokenResource(IssueTokenUseCase tokens) {
        this.tokens = tokens;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    // no bearer token: the client authenticates itself (HTTP Basic or parameters, RFC 6749 §2.3.1), which the
    // description says; a second security scheme in the document made Quarkus attach it to every operation
    @SecurityRequirementsSet({})
    @Operation(operationId = "issueToken", summary = "Obtain an access token",
            description = "The OAuth client authenticates with HTTP Basic (client id and secret) or with client_id"
                    + " and client_secret parameters. grant_type=client_credentials gives an organization-scoped token;"
                    + " user_credentials (alias password) with username and password a token of that user, limited by its role;"
                    + " refresh_token trades a refresh token (usable once) for a new pair.")
    @APIResponse(responseCode = "200", description = "Token pair",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "invalid_request, invalid_grant or unsupported_grant_type",
            content = @Content(schema = @Schema(implementation = TokenError.class)))
    @APIResponse(responseCode = "401", description = "invalid_client",
            content = @Content(schema = @Schema(implementation = TokenError.class)))
    @APIResponse(responseCode = "429", description = "slow_down: too many failed attempts for this client, user or address",
            content = @Content(schema = @Schema(implementation = TokenError.class)))
    public Response token(@Context UriInfo uri, @Context HttpHeaders headers, @Context HttpServerRequest http,
                          @Schema(type = SchemaType.STRING) String body) {
        String address = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
        TokenRequest request = TokenRequest.parse(uri.getQueryParameters(), headers, body, address);
        String grantType = request.parameter("grant_type");
        if (grantType == null) {
            throw TokenGrantRejected.invalidRequest("grant_type is required.");
        }
        TokenPair pair = switch (grantType) {
            case "client_credentials" -> tokens.clientCredentials(request.credentials());
            case "user_credentials", "password" -> tokens.userCredentials(request.credentials(),
                    request.parameter("username"), request.parameter("password"));
            case "refresh_token" -> tokens.refresh(request.credentials(), request.parameter("refresh_token"));
            default -> throw TokenGrantRejected.unsupportedGrantType(grantType);
        };
        return noStore(Response.ok(new TokenResponse(pair.accessToken(), "Bearer", pair.expiresInSeconds(),
                pair.refreshToken())));
    }

    @ServerExceptionMapper
    Response rejected(TokenGrantRejected rejection) {
        Response.ResponseBuilder response = Response.status(status(rejection.reason()))
                .type(MediaType.APPLICATION_JSON)
                .entity(new TokenError(rejection.error(), rejection.getMessage()));
        switch (rejection.reason()) {
            case INVALID_CLIENT -> response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"devices\"");
            case SLOW_DOWN -> response.header("Retry-After", rejection.retryAfterSeconds());
            default -> { }
        }
        return noStore(response);
    }

    /** The token endpoint's table (RFC 6749 §5.2); exhaustive, so a new refusal must be mapped here. */
    static int status(TokenGrantRejected.Reason reason) {
        return switch (reason) {
            case INVALID_CLIENT -> 401;
            case SLOW_DOWN -> 429;
            case INVALID_GRANT, INVALID_REQUEST, UNSUPPORTED_GRANT_TYPE -> 400;
        };
    }

    private static Response noStore(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }

    /** The successful answer, field names as RFC 6749 spells them. */
    public record TokenResponse(String access_token, String token_type, long expires_in, String refresh_token) {
    }

    /** An RFC 6749 error answer. */
    public record TokenError(String error, String error_description) {
    }
}
