package org.gongjian.web.tenant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gongjian.claimant.boundary.Claimants;
import org.gongjian.claimant.entity.Claimant;
import org.gongjian.config.boundary.Configurations;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.unit.boundary.Units;
import org.gongjian.tenantconfig.Window;
import org.gongjian.unit.entity.Unit;

/** A tenant's home: what is open today, its units and claimant organisations, and the viewer's roles there. */
@Named
@RequestScoped
public class TenantHomeBacking {

    @Inject
    Units units;

    @Inject
    Claimants claimants;

    @Inject
    CurrentTenant tenant;

    @Inject
    Configurations configurations;

    private List<Unit> unitList;
    private List<Claimant> claimantList;
    private List<Window> openNow;

    /** The calendar windows open today, in the tenant's time zone. */
    public List<Window> getOpenNow() {
        if (openNow == null) {
            openNow = configurations.openToday();
        }
        return openNow;
    }

    public List<Unit> getUnits() {
        if (unitList == null) {
            unitList = units.all();
        }
        return unitList;
    }

    public List<Claimant> getClaimants() {
        if (claimantList == null) {
            claimantList = claimants.all();
        }
        return claimantList;
    }

    public List<String> getRoles() {
        return tenant.roles().stream().sorted().toList();
    }
}
