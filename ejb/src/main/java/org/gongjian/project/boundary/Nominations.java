package org.gongjian.project.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.gongjian.account.entity.Role;
import org.gongjian.project.control.NominationRollup;
import org.gongjian.project.control.NominationRow;

/** The host's read-only view of the projects every tenant nominated upward. */
@Stateless
@RolesAllowed(Role.Names.HOST_ADMIN)
public class Nominations {

    @Inject
    NominationRollup rollup;

    /** Newest year first, then by tenant. */
    public List<NominationRow> acrossTenants() {
        return rollup.all();
    }
}
