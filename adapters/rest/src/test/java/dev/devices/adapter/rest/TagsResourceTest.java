package dev.devices.adapter.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.devices.application.port.in.ConsumeRateLimitUseCase.RateLimitDecision;
import dev.devices.application.port.in.CreateTagUseCase;
import dev.devices.application.port.in.CreateTagUseCase.CreateTagCommand;
import dev.devices.application.port.in.SetDeviceTagsUseCase;
import dev.devices.application.port.in.SetDeviceTagsUseCase.SetDeviceTagsCommand;
import dev.devices.domain.error.Conflict;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.tag.Tag;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

@QuarkusTest
@TestSecurity(user = "client-1")
class TagsResourceTest extends ResourceTest {

    @Inject
    CreateTagUseCase createTag;

    @Inject
    SetDeviceTagsUseCase setDeviceTags;

    @Test
    void aCreatedTagIsA201WithItsJsonAndTheRateLimitHeaders() {
        when(createTag.createTag(any())).thenReturn(new Tag(7, 1, "fleet", "#fff"));

        json("{\"name\":\"  fleet \",\"color\":\"#fff\"}").post("/api/v1/organization/tag/create")
                .then().statusCode(201)
                .body("id", equalTo(7)).body("name", equalTo("fleet")).body("color", equalTo("#fff"))
                .header("RateLimit-Limit", "100").header("RateLimit-Remaining", "99");
        verify(createTag).createTag(new CreateTagCommand(TestCaller.ORGANIZATION, "fleet", "#fff"));
    }

    @Test
    void aNameTooLongIsA400NamingTheFieldAndNeverReachesTheUseCase() {
        json("{\"name\":\"" + "n".repeat(51) + "\"}").post("/api/v1/organization/tag/create")
                .then().statusCode(400).body("error.message", equalTo("name is required and should be up to 50 symbols in length."));
        verifyNoInteractions(createTag);
    }

    @Test
    void aConflictFromTheUseCaseIsA409WithItsMessage() {
        when(createTag.createTag(any())).thenThrow(new Conflict("Tag with this name already exists."));
        json("{\"name\":\"fleet\"}").post("/api/v1/organization/tag/create")
                .then().statusCode(409).body("error.message", equalTo("Tag with this name already exists."));
    }

    @Test
    void aTagNamedTwiceIsSetOnce() {
        json("{\"deviceId\":5,\"tagIds\":[3,1,3]}").post("/api/v1/organization/device/tags").then().statusCode(204);
        verify(setDeviceTags).setDeviceTags(new SetDeviceTagsCommand(TestCaller.ORGANIZATION, 5, Set.of(3, 1)));
    }

    @Test
    void sixTagsOrANullIdAreA400() {
        json("{\"deviceId\":5,\"tagIds\":[1,2,3,4,5,6]}").post("/api/v1/organization/device/tags")
                .then().statusCode(400).body("error.message", equalTo("A device can have at most 5 tags."));
        json("{\"deviceId\":5,\"tagIds\":[1,null]}").post("/api/v1/organization/device/tags")
                .then().statusCode(400).body("error.message", equalTo("tagIds must be a list of tag ids."));
        verifyNoInteractions(setDeviceTags);
    }

    @Test
    void aTagTheUseCaseCannotFindIsA404() {
        Mockito.doThrow(NotFound.tag()).when(setDeviceTags).setDeviceTags(any());
        json("{\"deviceId\":5,\"tagIds\":[9]}").post("/api/v1/organization/device/tags")
                .then().statusCode(404).body("error.message", equalTo(NotFound.tag().getMessage()));
    }

    @Test
    void pastTheRateLimitTheCallIsA429AndNeverReachesTheUseCase() {
        when(rateLimit.consume(TestCaller.ORGANIZATION.orgId())).thenReturn(new RateLimitDecision(false, 100, 0, 17));
        json("{\"name\":\"fleet\"}").post("/api/v1/organization/tag/create")
                .then().statusCode(429).header("Retry-After", "17").body("error.message", equalTo("Too many requests"));
        verifyNoInteractions(createTag);
    }
}
