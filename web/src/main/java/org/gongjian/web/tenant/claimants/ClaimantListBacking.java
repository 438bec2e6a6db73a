package org.gongjian.web.tenant.claimants;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gongjian.claimant.boundary.Claimants;
import org.gongjian.claimant.entity.Claimant;
import org.gongjian.claimant.entity.ClaimantKind;
import org.gongjian.web.faces.Messages;

/** The tenant admin lists and registers claimant organisations. */
@Named
@ViewScoped
public class ClaimantListBacking implements Serializable {

    @Inject
    Claimants claimants;

    private List<Claimant> all;
    private String name;
    private ClaimantKind kind = ClaimantKind.RESIDENT_UNIT;
    private String contactPerson;
    private String contactPhone;

    public List<Claimant> getClaimants() {
        if (all == null) {
            all = claimants.all();
        }
        return all;
    }

    public void register() {
        Claimant claimant = claimants.register(name, kind, contactPerson, contactPhone);
        Messages.info("tenant.claimants.created", claimant.getName());
        name = null;
        contactPerson = null;
        contactPhone = null;
        all = null;
    }

    public ClaimantKind[] getKinds() {
        return ClaimantKind.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ClaimantKind getKind() {
        return kind;
    }

    public void setKind(ClaimantKind kind) {
        this.kind = kind;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }
}
