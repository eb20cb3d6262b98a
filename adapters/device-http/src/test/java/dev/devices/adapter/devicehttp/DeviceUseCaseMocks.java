package dev.devices.adapter.devicehttp;

import dev.devices.application.port.in.AdmitDeviceCallUseCase;
import dev.devices.application.port.in.CheckHardwareConnectedUseCase;
import dev.devices.application.port.in.LogDeviceEventUseCase;
import dev.devices.application.port.in.ReadForDeviceUseCase;
import dev.devices.application.port.in.ReportHardwareInfoUseCase;
import dev.devices.application.port.in.UpdateFromDeviceUseCase;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.mockito.Mockito;

/** The use cases the device API drives, as Mockito mocks: the resource test starts this module alone. */
@Singleton
class DeviceUseCaseMocks {

    @Produces
    @Singleton
    AdmitDeviceCallUseCase admitDeviceCall() {
        return Mockito.mock(AdmitDeviceCallUseCase.class);
    }

    @Produces
    @Singleton
    CheckHardwareConnectedUseCase checkHardwareConnected() {
        return Mockito.mock(CheckHardwareConnectedUseCase.class);
    }

    @Produces
    @Singleton
    UpdateFromDeviceUseCase updateFromDevice() {
        return Mockito.mock(UpdateFromDeviceUseCase.class);
    }

    @Produces
    @Singleton
    ReadForDeviceUseCase readForDevice() {
        return Mockito.mock(ReadForDeviceUseCase.class);
    }

    @Produces
    @Singleton
    LogDeviceEventUseCase logDeviceEvent() {
        return Mockito.mock(LogDeviceEventUseCase.class);
    }

    @Produces
    @Singleton
    ReportHardwareInfoUseCase reportHardwareInfo() {
        return Mockito.mock(ReportHardwareInfoUseCase.class);
    }
}
