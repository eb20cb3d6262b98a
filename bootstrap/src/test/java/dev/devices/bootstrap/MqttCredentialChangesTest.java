package dev.devices.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.Api.Org;
import dev.devices.bootstrap.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * An instance with MQTT off, in a deployment whose broker knows each device: devices created and
 * deleted through it still reach the credential outbox, for the instance with MQTT on to apply.
 */
@QuarkusTest
@TestProfile(MqttCredentialChangesTest.MqttOffBrokerManaged.class)
class MqttCredentialChangesTest {

    public static class MqttOffBrokerManaged implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("devices.mqtt.enabled", "false", "devices.mqtt.device-credentials", "dynamic-security");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void creationAndDeletionAreRecordedWithMqttOffHere() {
        Org org = Api.newOrg();
        int template = (int) Api.newTemplate(org.token()).get("id");
        int device = Api.newDevice(org.token(), template, "Boiler");
        String token = org.as().get("/api/v1/organization/device?deviceId=" + device).then().statusCode(200)
                .extract().path("token");
        org.as().delete("/api/v1/organization/device?deviceId=" + device).then().statusCode(204);

        Db db = new Db(dataSource);
        assertThat(db.count("SELECT count(*) FROM mqtt_credential_change WHERE token = ? AND added", token)).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM mqtt_credential_change WHERE token = ? AND NOT added", token)).isEqualTo(1);
    }
}
