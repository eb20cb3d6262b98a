package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;

/** D23: sets one metafield; {@code newValue} as JSON parsed it (string, number, boolean, map or list). */
public interface UpdateMetaFieldUseCase {

    void updateMetaField(Caller caller, int deviceId, int metaFieldId, Object newValue);
}
