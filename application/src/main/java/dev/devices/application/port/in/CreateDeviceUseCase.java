package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import dev.devices.domain.device.DeviceName;
import java.util.Objects;

/** D8: creates a device from a template, in an organization the caller reaches, optionally owned. */
public interface CreateDeviceUseCase {

    DeviceDetails createDevice(CreateDeviceCommand command);

    /** {@code orgId} null means the caller's organization; {@code ownerId} null means no owner. */
    record CreateDeviceCommand(Caller caller, TemplateRef template, Integer orgId, DeviceName name, Long ownerId,
                               DeviceDetails.Depth depth) {
        public CreateDeviceCommand {
            Objects.requireNonNull(caller);
            Objects.requireNonNull(template);
            Objects.requireNonNull(name);
            Objects.requireNonNull(depth);
        }
    }

    /** A template named by its numeric id or by one of its {@code TMPL…} string ids. */
    sealed interface TemplateRef {
        record ById(int id) implements TemplateRef {
        }

        record ByStringId(String stringId) implements TemplateRef {
        }
    }
}
