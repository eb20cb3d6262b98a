package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import java.util.Objects;

/** D23: sets one metafield. */
public interface UpdateMetaFieldUseCase {

    void updateMetaField(UpdateMetaFieldCommand command);

    /**
     * {@code newValue} as JSON parsed it (string, number, boolean, map or list): only the metafield's
     * type, known once the device's template is, says whether it fits.
     */
    record UpdateMetaFieldCommand(Caller caller, int deviceId, int metaFieldId, Object newValue) {
        public UpdateMetaFieldCommand {
            Objects.requireNonNull(caller);
        }
    }
}
