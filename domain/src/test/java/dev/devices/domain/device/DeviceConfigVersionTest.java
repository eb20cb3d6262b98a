package dev.devices.domain.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The configuration version counts changes of name, organization and owner, and nothing else of the device. */
class DeviceConfigVersionTest {

    private final Device device = new Device(1, 10, 1, 1, DeviceName.of("Pump"), DeviceToken.generate(new Random(3)), 5L,
            null, null, Connectivity.NEVER_CONNECTED, 0, 0, 4);

    @Test
    void aNewNameOrganizationOrOwnerIsAChange() {
        assertThat(device.rename(DeviceName.of("Valve")).configVersion()).isEqualTo(5);
        assertThat(device.movedTo(11, 5L).configVersion()).isEqualTo(5);
        assertThat(device.movedTo(10, 6L).configVersion()).isEqualTo(5);
        assertThat(device.movedTo(10, null).configVersion()).isEqualTo(5);
        assertThat(device.configurationChanged().configVersion()).isEqualTo(5);
    }

    @Test
    void theSameValuesAgainAndWhatTheDeviceReportsAreNot() {
        assertThat(device.rename(DeviceName.of("Pump")).configVersion()).isEqualTo(4);
        assertThat(device.movedTo(10, 5L).configVersion()).isEqualTo(4);
        assertThat(device.observed(99L, null, Connectivity.NEVER_CONNECTED).configVersion()).isEqualTo(4);
        assertThat(device.withStatisticsCleared().configVersion()).isEqualTo(4);
    }
}
