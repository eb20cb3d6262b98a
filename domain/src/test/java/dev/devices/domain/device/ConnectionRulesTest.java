package dev.devices.domain.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Connect, silence, reconnect, with time moved by hand (heartbeat 60 s). */
class ConnectionRulesTest {

    private static final int HEARTBEAT = 60;
    private static final long T0 = 1_700_000_000_000L;

    private final Device fresh = new Device(1, 1, 1, 1, DeviceName.of("D"), DeviceToken.generate(new Random(1)), null, null,
            null, Connectivity.NEVER_CONNECTED, 0, 0, 1);

    @Test
    void theFirstCallActivatesAndConnects() {
        ConnectionRules.Call call = ConnectionRules.onDeviceCall(fresh, HEARTBEAT, T0, "10.0.0.7");
        Device d = call.device();
        assertThat(call.cameOnline()).isTrue();
        assertThat(call.wentOfflineAt()).isNull();
        assertThat(d.activatedAt()).isEqualTo(T0);
        assertThat(d.connectivity().firstConnectTime()).isEqualTo(T0);
        assertThat(d.connectivity().connectTime()).isEqualTo(T0);
        assertThat(d.connectivity().ip()).isEqualTo("10.0.0.7");
        assertThat(d.isConnected(HEARTBEAT, T0 + 59_999)).isTrue();
        assertThat(d.isConnected(HEARTBEAT, T0 + 60_000)).isFalse();
    }

    @Test
    void callsWithinTheHeartbeatKeepTheConnection() {
        Device d = ConnectionRules.onDeviceCall(fresh, HEARTBEAT, T0, "a").device();
        ConnectionRules.Call again = ConnectionRules.onDeviceCall(d, HEARTBEAT, T0 + 30_000, "b");
        assertThat(again.cameOnline()).isFalse();
        assertThat(again.device().connectivity().connectTime()).isEqualTo(T0);
        assertThat(again.device().connectivity().lastSeenAt()).isEqualTo(T0 + 30_000);
        assertThat(again.device().activatedAt()).isEqualTo(T0);
    }

    @Test
    void silenceIsRecordedOnceAtLastSeenPlusHeartbeat() {
        Device d = ConnectionRules.onDeviceCall(fresh, HEARTBEAT, T0, "a").device();
        ConnectionRules.OfflineCheck early = ConnectionRules.onOfflineCheck(d, HEARTBEAT, T0 + 59_000);
        assertThat(early.wentOffline()).isFalse();
        ConnectionRules.OfflineCheck late = ConnectionRules.onOfflineCheck(d, HEARTBEAT, T0 + 90_000);
        assertThat(late.wentOffline()).isTrue();
        assertThat(late.device().connectivity().disconnectTime()).isEqualTo(T0 + 60_000);
        assertThat(late.device().connectivity().offlineCheckAt()).as("nothing left to check").isNull();
        ConnectionRules.OfflineCheck again = ConnectionRules.onOfflineCheck(late.device(), HEARTBEAT, T0 + 200_000);
        assertThat(again.wentOffline()).as("recorded once").isFalse();
        assertThat(again.device()).isEqualTo(late.device());
    }

    @Test
    void theCheckIsSetOnComingOnlineAndMovedOnlyByTheSweep() {
        Device d = ConnectionRules.onDeviceCall(fresh, HEARTBEAT, T0, "a").device();
        assertThat(d.connectivity().offlineCheckAt()).isEqualTo(T0 + 60_000);
        Device later = ConnectionRules.onDeviceCall(d, HEARTBEAT, T0 + 50_000, "a").device();
        assertThat(later.connectivity().offlineCheckAt()).as("a connected device's call leaves the check").isEqualTo(T0 + 60_000);
        ConnectionRules.OfflineCheck due = ConnectionRules.onOfflineCheck(later, HEARTBEAT, T0 + 60_000);
        assertThat(due.wentOffline()).isFalse();
        assertThat(due.device().connectivity().offlineCheckAt()).as("moved to the real due time").isEqualTo(T0 + 110_000);
        assertThat(due.device().connectivity().disconnectTime()).isNull();
        ConnectionRules.OfflineCheck silent = ConnectionRules.onOfflineCheck(due.device(), HEARTBEAT, T0 + 110_000);
        assertThat(silent.wentOffline()).isTrue();
        assertThat(silent.device().connectivity().disconnectTime()).isEqualTo(T0 + 110_000);
    }

    @Test
    void aReconnectAfterASweptSilenceComesOnlineAgain() {
        Device d = ConnectionRules.onDeviceCall(fresh, HEARTBEAT, T0, "a").device();
        Device offline = ConnectionRules.onOfflineCheck(d, HEARTBEAT, T0 + 90_000).device();
        ConnectionRules.Call back = ConnectionRules.onDeviceCall(offline, HEARTBEAT, T0 + 120_000, "a");
        assertThat(back.cameOnline()).isTrue();
        assertThat(back.wentOfflineAt()).as("already recorded by the sweep").isNull();
        assertThat(back.device().connectivity().connectTime()).isEqualTo(T0 + 120_000);
        assertThat(back.device().connectivity().firstConnectTime()).isEqualTo(T0);
        assertThat(back.device().connectivity().offlineCheckAt()).isEqualTo(T0 + 180_000);
        assertThat(ConnectionRules.onOfflineCheck(back.device(), HEARTBEAT, T0 + 300_000).wentOffline()).isTrue();
    }

    @Test
    void aReconnectBeforeTheSweepRecordsTheMissedOfflineFirst() {
        Device d = ConnectionRules.onDeviceCall(fresh, HEARTBEAT, T0, "a").device();
        ConnectionRules.Call back = ConnectionRules.onDeviceCall(d, HEARTBEAT, T0 + 120_000, "a");
        assertThat(back.wentOfflineAt()).isEqualTo(T0 + 60_000);
        assertThat(back.cameOnline()).isTrue();
        assertThat(back.device().connectivity().disconnectTime()).isEqualTo(T0 + 60_000);
    }

    @Test
    void aLastWillTakesTheDeviceOfflineAtOnceAndTheNextCallBringsItBack() {
        Device d = ConnectionRules.onDeviceCall(fresh, HEARTBEAT, T0, "a").device();
        Device gone = ConnectionRules.onDisconnect(d, HEARTBEAT, T0 + 10_000).orElseThrow();
        assertThat(gone.connectivity().disconnectTime()).isEqualTo(T0 + 10_000);
        assertThat(gone.isConnected(HEARTBEAT, T0 + 10_001)).isFalse();
        assertThat(ConnectionRules.onDisconnect(gone, HEARTBEAT, T0 + 11_000)).as("once").isEmpty();
        assertThat(gone.connectivity().offlineCheckAt()).as("nothing left to check").isNull();
        assertThat(ConnectionRules.onOfflineCheck(gone, HEARTBEAT, T0 + 100_000).wentOffline()).as("the sweep adds nothing").isFalse();
        ConnectionRules.Call back = ConnectionRules.onDeviceCall(gone, HEARTBEAT, T0 + 20_000, null);
        assertThat(back.cameOnline()).isTrue();
        assertThat(back.wentOfflineAt()).isNull();
        assertThat(back.device().connectivity().ip()).as("unknown address keeps the last one").isEqualTo("a");
        assertThat(back.device().isConnected(HEARTBEAT, T0 + 20_001)).isTrue();
    }

    @Test
    void firmwareDateMovesOnlyWithANewVersion() {
        HardwareInfo v1 = new HardwareInfo("1.0.0", "esp", "1.3", "ESP32", "b1", "TMPL");
        Device first = ConnectionRules.onHardwareInfo(fresh, v1, T0);
        assertThat(first.connectivity().firmwareUpdatedAt()).isEqualTo(T0);
        Device same = ConnectionRules.onHardwareInfo(first, new HardwareInfo("1.0.0", "esp", "1.3", "ESP32", "b2", "TMPL"), T0 + 5);
        assertThat(same.connectivity().firmwareUpdatedAt()).isEqualTo(T0);
        assertThat(same.hardwareInfo().build()).isEqualTo("b2");
        Device upgraded = ConnectionRules.onHardwareInfo(same, new HardwareInfo("1.1.0", "esp", "1.3", "ESP32", "b3", "TMPL"), T0 + 9);
        assertThat(upgraded.connectivity().firmwareUpdatedAt()).isEqualTo(T0 + 9);
    }
}
