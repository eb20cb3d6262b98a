package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import dev.devices.domain.device.Device;
import dev.devices.domain.error.InvalidInput;
import java.util.List;

/** D21: devices of one organization (not its descendants) activated in the last minutes, newest first. */
public interface RecentlyActivatedUseCase {

    int MAX_RESULTS = 1000;

    List<Device> recentlyActivated(Caller caller, Integer orgId, Minutes minutes);

    /** 1..60, default 5. */
    record Minutes(int value) {
        public Minutes {
            if (value < 1 || value > 60) {
                throw InvalidInput.of("minutes", "minutes must be between 1 and 60.");
            }
        }
    }
}
