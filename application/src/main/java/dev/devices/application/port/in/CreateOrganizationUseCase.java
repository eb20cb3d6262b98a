package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.organization.OrganizationName;
import dev.devices.domain.organization.TimeZoneId;
import dev.devices.domain.text.Text;
import java.util.Objects;

/** Creates a sub-organization under one the caller reaches. */
public interface CreateOrganizationUseCase {

    Organization createOrganization(CreateOrganizationCommand command);

    /** {@code parentOrganizationId} null means the caller's organization. */
    record CreateOrganizationCommand(Caller caller, OrganizationName name, String description, TimeZoneId tz,
                                     Integer parentOrganizationId) {
        public static final int MAX_DESCRIPTION_LENGTH = 1000;

        public CreateOrganizationCommand {
            Objects.requireNonNull(caller);
            Objects.requireNonNull(name);
            Objects.requireNonNull(tz);
            Text.optionalDescription("description", description, MAX_DESCRIPTION_LENGTH);
        }
    }
}
