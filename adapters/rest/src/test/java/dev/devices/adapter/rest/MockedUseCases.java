package dev.devices.adapter.rest;

import dev.devices.application.port.in.AnswerOnceUseCase;
import dev.devices.application.port.in.ClearDeviceDataUseCase;
import dev.devices.application.port.in.ConsumeRateLimitUseCase;
import dev.devices.application.port.in.CreateDeviceUseCase;
import dev.devices.application.port.in.CreateOAuthClientUseCase;
import dev.devices.application.port.in.CreateOrganizationUseCase;
import dev.devices.application.port.in.CreateTagUseCase;
import dev.devices.application.port.in.CreateTemplateUseCase;
import dev.devices.application.port.in.CreateUserUseCase;
import dev.devices.application.port.in.DeleteDeviceUseCase;
import dev.devices.application.port.in.DeleteUserUseCase;
import dev.devices.application.port.in.DevicesByOwnerUseCase;
import dev.devices.application.port.in.DevicesOfUserOrganizationUseCase;
import dev.devices.application.port.in.GetActionLogUseCase;
import dev.devices.application.port.in.GetDeviceUseCase;
import dev.devices.application.port.in.GetMetadataUseCase;
import dev.devices.application.port.in.GetOnlineStatusUseCase;
import dev.devices.application.port.in.GetOrganizationUseCase;
import dev.devices.application.port.in.GetTimelineUseCase;
import dev.devices.application.port.in.ListDeviceTagsUseCase;
import dev.devices.application.port.in.ListDevicesUseCase;
import dev.devices.application.port.in.ListExpandedDevicesUseCase;
import dev.devices.application.port.in.ListTagsUseCase;
import dev.devices.application.port.in.ListTemplatesUseCase;
import dev.devices.application.port.in.ListUsersUseCase;
import dev.devices.application.port.in.ManageOAuthClientUseCase;
import dev.devices.application.port.in.ReadDataStreamsUseCase;
import dev.devices.application.port.in.RecentlyActivatedUseCase;
import dev.devices.application.port.in.RemoveOwnerUseCase;
import dev.devices.application.port.in.RenameDeviceUseCase;
import dev.devices.application.port.in.RotateDeviceTokenUseCase;
import dev.devices.application.port.in.ResolveEventUseCase;
import dev.devices.application.port.in.SearchDevicesUseCase;
import dev.devices.application.port.in.SetDeviceTagsUseCase;
import dev.devices.application.port.in.TransferDeviceToOrganizationUseCase;
import dev.devices.application.port.in.TransferDeviceToOwnerUseCase;
import dev.devices.application.port.in.TriggerEventUseCase;
import dev.devices.application.port.in.UpdateMetaFieldUseCase;
import dev.devices.application.port.in.WriteDataStreamsUseCase;
import dev.devices.application.port.in.WriteDeviceIfMatchUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.mockito.Mockito;

/**
 * Every use case this adapter drives, as a Mockito mock: the resource tests start this module alone,
 * so what they see is the adapter's own work (HTTP, JSON, commands, the error table). Tests stub and
 * verify the mocks they inject; {@link ResourceTest} resets them before each test.
 */
@Singleton
class MockedUseCases {

    private final List<Object> mocks = new ArrayList<>();

    /** Forgets every stub and call, so each test starts from bare mocks. */
    void resetAll() {
        Mockito.reset(mocks.toArray());
    }

    private <T> T mocked(Class<T> useCase) {
        T mock = Mockito.mock(useCase);
        mocks.add(mock);
        return mock;
    }

    @Produces
    @Singleton
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    @Produces
    @Singleton
    ClearDeviceDataUseCase clearDeviceData() {
        return mocked(ClearDeviceDataUseCase.class);
    }

    @Produces
    @Singleton
    ConsumeRateLimitUseCase consumeRateLimit() {
        return mocked(ConsumeRateLimitUseCase.class);
    }

    @Produces
    @Singleton
    CreateDeviceUseCase createDevice() {
        return mocked(CreateDeviceUseCase.class);
    }

    @Produces
    @Singleton
    CreateOAuthClientUseCase createOAuthClient() {
        return mocked(CreateOAuthClientUseCase.class);
    }

    @Produces
    @Singleton
    CreateOrganizationUseCase createOrganization() {
        return mocked(CreateOrganizationUseCase.class);
    }

    @Produces
    @Singleton
    CreateTagUseCase createTag() {
        return mocked(CreateTagUseCase.class);
    }

    @Produces
    @Singleton
    CreateTemplateUseCase createTemplate() {
        return mocked(CreateTemplateUseCase.class);
    }

    @Produces
    @Singleton
    CreateUserUseCase createUser() {
        return mocked(CreateUserUseCase.class);
    }

    @Produces
    @Singleton
    DeleteDeviceUseCase deleteDevice() {
        return mocked(DeleteDeviceUseCase.class);
    }

    @Produces
    @Singleton
    DeleteUserUseCase deleteUser() {
        return mocked(DeleteUserUseCase.class);
    }

    @Produces
    @Singleton
    DevicesByOwnerUseCase devicesByOwner() {
        return mocked(DevicesByOwnerUseCase.class);
    }

    @Produces
    @Singleton
    DevicesOfUserOrganizationUseCase devicesOfUserOrganization() {
        return mocked(DevicesOfUserOrganizationUseCase.class);
    }

    @Produces
    @Singleton
    GetActionLogUseCase getActionLog() {
        return mocked(GetActionLogUseCase.class);
    }

    @Produces
    @Singleton
    GetDeviceUseCase getDevice() {
        return mocked(GetDeviceUseCase.class);
    }

    @Produces
    @Singleton
    GetMetadataUseCase getMetadata() {
        return mocked(GetMetadataUseCase.class);
    }

    @Produces
    @Singleton
    GetOnlineStatusUseCase getOnlineStatus() {
        return mocked(GetOnlineStatusUseCase.class);
    }

    @Produces
    @Singleton
    GetOrganizationUseCase getOrganization() {
        return mocked(GetOrganizationUseCase.class);
    }

    @Produces
    @Singleton
    GetTimelineUseCase getTimeline() {
        return mocked(GetTimelineUseCase.class);
    }

    @Produces
    @Singleton
    ListDeviceTagsUseCase listDeviceTags() {
        return mocked(ListDeviceTagsUseCase.class);
    }

    @Produces
    @Singleton
    ListDevicesUseCase listDevices() {
        return mocked(ListDevicesUseCase.class);
    }

    @Produces
    @Singleton
    ListExpandedDevicesUseCase listExpandedDevices() {
        return mocked(ListExpandedDevicesUseCase.class);
    }

    @Produces
    @Singleton
    ListTagsUseCase listTags() {
        return mocked(ListTagsUseCase.class);
    }

    @Produces
    @Singleton
    ListTemplatesUseCase listTemplates() {
        return mocked(ListTemplatesUseCase.class);
    }

    @Produces
    @Singleton
    ListUsersUseCase listUsers() {
        return mocked(ListUsersUseCase.class);
    }

    @Produces
    @Singleton
    ManageOAuthClientUseCase manageOAuthClient() {
        return mocked(ManageOAuthClientUseCase.class);
    }

    @Produces
    @Singleton
    ReadDataStreamsUseCase readDataStreams() {
        return mocked(ReadDataStreamsUseCase.class);
    }

    @Produces
    @Singleton
    RecentlyActivatedUseCase recentlyActivated() {
        return mocked(RecentlyActivatedUseCase.class);
    }

    @Produces
    @Singleton
    RemoveOwnerUseCase removeOwner() {
        return mocked(RemoveOwnerUseCase.class);
    }

    @Produces
    @Singleton
    RenameDeviceUseCase renameDevice() {
        return mocked(RenameDeviceUseCase.class);
    }

    @Produces
    @Singleton
    ResolveEventUseCase resolveEvent() {
        return mocked(ResolveEventUseCase.class);
    }

    @Produces
    @Singleton
    SearchDevicesUseCase searchDevices() {
        return mocked(SearchDevicesUseCase.class);
    }

    @Produces
    @Singleton
    SetDeviceTagsUseCase setDeviceTags() {
        return mocked(SetDeviceTagsUseCase.class);
    }

    @Produces
    @Singleton
    TransferDeviceToOrganizationUseCase transferDeviceToOrganization() {
        return mocked(TransferDeviceToOrganizationUseCase.class);
    }

    @Produces
    @Singleton
    TransferDeviceToOwnerUseCase transferDeviceToOwner() {
        return mocked(TransferDeviceToOwnerUseCase.class);
    }

    @Produces
    @Singleton
    TriggerEventUseCase triggerEvent() {
        return mocked(TriggerEventUseCase.class);
    }

    @Produces
    @Singleton
    UpdateMetaFieldUseCase updateMetaField() {
        return mocked(UpdateMetaFieldUseCase.class);
    }

    @Produces
    @Singleton
    WriteDataStreamsUseCase writeDataStreams() {
        return mocked(WriteDataStreamsUseCase.class);
    }

    @Produces
    @Singleton
    WriteDeviceIfMatchUseCase writeDeviceIfMatch() {
        return mocked(WriteDeviceIfMatchUseCase.class);
    }

    @Produces
    @Singleton
    RotateDeviceTokenUseCase rotateDeviceToken() {
        return mocked(RotateDeviceTokenUseCase.class);
    }

    @Produces
    @Singleton
    AnswerOnceUseCase answerOnce() {
        return mocked(AnswerOnceUseCase.class);
    }
}
