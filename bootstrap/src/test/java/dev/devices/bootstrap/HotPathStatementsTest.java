package dev.devices.bootstrap;

import static dev.devices.bootstrap.support.Api.as;
import static dev.devices.bootstrap.support.Api.newDevice;
import static dev.devices.bootstrap.support.Api.newOrg;
import static dev.devices.bootstrap.support.Api.newTemplate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.bootstrap.support.Api.Org;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import java.util.function.Consumer;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The statements a warm call sends to PostgreSQL, on the paths every client pays for (#14): the
 * caller check and the rate limit cost none once remembered and leased, D4 reads the device and its
 * parts, D8 writes without reading back. Each figure is the least of a few tries, because the
 * service's background sweeps share the statistics.
 */
@QuarkusTest
class HotPathStatementsTest {

    private static final String API = "/api/v1/organization";
    private static final int TRIES = 5;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void anAuthenticatedCallRefusedForItsInputCostsNoStatement() {
        Org org = newOrg();
        assertThat(fewestStatements(org, call -> call.get(API + "/device?deviceId=not-a-number").then().statusCode(400)))
                .isZero();
    }

    @Test
    void d4ReadsTheDeviceAndItsPartsOnly() {
        Org org = newOrg();
        int device = newDevice(org.token(), newTemplate(org.token()).get("id"), "Read");
        // the device, its lifecycle entry, its values and its metafield values
        assertThat(fewestStatements(org, call -> call.get(API + "/device?deviceId=" + device).then().statusCode(200)))
                .isLessThanOrEqualTo(4);
    }

    @Test
    void d8WritesWithoutReadingBack() {
        Org org = newOrg();
        Object template = newTemplate(org.token()).get("id");
        // the device, its metafield values (one read, one batched insert), its lifecycle entry; the device
        // count's trigger runs inside PostgreSQL
        assertThat(fewestStatements(org, call -> call.body(Map.of("templateId", template, "name", "Created"))
                .post(API + "/device/create").then().statusCode(201))).isLessThanOrEqualTo(4);
    }

    private long fewestStatements(Org org, Consumer<RequestSpecification> call) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        call.accept(as(org.token())); // warm: the caller's check remembered, a quota block leased
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < TRIES; i++) {
            statistics.clear();
            call.accept(as(org.token()));
            fewest = Math.min(fewest, statistics.getPrepareStatementCount());
        }
        return fewest;
    }
}
