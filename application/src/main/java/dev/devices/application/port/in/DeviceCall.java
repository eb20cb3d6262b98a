package dev.devices.application.port.in;

/** A call of the device-facing API: the device's token and the address it came from. */
public record DeviceCall(String token, String ip) {

    @Override
    public String toString() {
        return "DeviceCall[ip=" + ip + "]";
    }
}
