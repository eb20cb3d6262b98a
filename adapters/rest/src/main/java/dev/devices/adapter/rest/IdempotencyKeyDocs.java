package dev.devices.adapter.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The API description of Idempotency-Key, which {@link IdempotentPosts} gives every POST under
 * /api: the header on each such operation and its two refusals, so that generated clients offer it.
 */
public class IdempotencyKeyDocs implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> {
            // the OAuth client's creation answers with its secret, which is never kept for a replay
            if (path.startsWith("/api/") && item.getPOST() != null && !"createOAuthClient".equals(item.getPOST().getOperationId())) {
                document(item.getPOST());
            }
        });
    }

    private static void document(Operation post) {
        post.addParameter(OASFactory.createParameter().name(IdempotentPosts.KEY).in(Parameter.In.HEADER)
                .description("1..255 visible ASCII characters, the caller's own: a retry with the same key and request"
                        + " gets the first answer (with Idempotency-Replayed: true) for DEVICES_IDEMPOTENCY_TTL,"
                        + " and is not run again")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(255)));
        var refusal = OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("ErrorBody")));
        post.getResponses()
                .addAPIResponse("409", conflictOr(post, "A request with this Idempotency-Key is still being processed", refusal))
                .addAPIResponse("422", OASFactory.createAPIResponse()
                        .description("Idempotency-Key was used with a different request").content(refusal));
    }

    /** 409 may already mean something for the operation (a name taken): both meanings then. */
    private static org.eclipse.microprofile.openapi.models.responses.APIResponse conflictOr(Operation post, String inFlight,
            org.eclipse.microprofile.openapi.models.media.Content refusal) {
        var existing = post.getResponses().getAPIResponse("409");
        if (existing != null) {
            return existing.description(existing.getDescription() + "; or: " + inFlight);
        }
        return OASFactory.createAPIResponse().description(inFlight).content(refusal);
    }
}
