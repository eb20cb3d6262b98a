package dev.devices.adapter.rest;

import static org.mockito.Mockito.when;

import dev.devices.application.port.in.ConsumeRateLimitUseCase;
import dev.devices.application.port.in.ConsumeRateLimitUseCase.RateLimitDecision;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every resource test shares: bare mocks, the organization caller, and a rate limit with room.
 * Subclasses are {@code @QuarkusTest @TestSecurity(...)}: the security identity only gets past
 * {@code @Authenticated}; who calls is {@link TestCaller}'s.
 */
abstract class ResourceTest {

    static final RateLimitDecision ROOM_LEFT = new RateLimitDecision(true, 100, 99, 60);

    @Inject
    MockedUseCases useCases;

    @Inject
    TestCaller caller;

    @Inject
    ConsumeRateLimitUseCase rateLimit;

    @BeforeEach
    void bareMocksAndRoomInTheRateLimit() {
        useCases.resetAll();
        caller.set(TestCaller.ORGANIZATION);
        when(rateLimit.consume(TestCaller.ORGANIZATION.orgId())).thenReturn(ROOM_LEFT);
    }

    static RequestSpecification json(String body) {
        return RestAssured.given().contentType(ContentType.JSON).body(body);
    }
}
