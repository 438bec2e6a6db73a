package org.gongjian.web.tenant.accounts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gongjian.account.boundary.Accounts;
import org.gongjian.account.control.IssuedPassword;
import org.gongjian.account.control.NewAccount;
import org.gongjian.account.entity.Membership;
import org.gongjian.account.entity.Role;
import org.gongjian.claimant.boundary.Claimants;
import org.gongjian.claimant.entity.Claimant;
import org.gongjian.unit.boundary.Units;
import org.gongjian.unit.entity.Unit;
import org.gongjian.web.faces.Messages;

/** The tenant admin lists the tenant's accounts and creates one, seeing its first password once. */
@Named
@ViewScoped
public class AccountListBacking implements Serializable {

    private static final List<Role> TENANT_ROLES = List.of(Role.UNIT_MEMBER, Role.CLAIMANT, Role.EVALUATOR, Role.TENANT_ADMIN);

    @Inject
    Accounts accounts;

    @Inject
    Units units;

    @Inject
    Claimants claimants;

    private List<Membership> memberships;
    private List<Unit> unitList;
    private List<Claimant> claimantList;
    private String login;
    private String displayName;
    private String email;
    private Role role = Role.UNIT_MEMBER;
    private Long unitId;
    private Long claimantId;
    private IssuedPassword issued;

    public List<Membership> getMemberships() {
        if (memberships == null) {
            memberships = accounts.memberships();
        }
        return memberships;
    }

    public void create() {
        issued = accounts.create(new NewAccount(login, displayName, email, role, unitId, claimantId));
        Messages.info("tenant.accounts.created", issued.login());
        login = null;
        displayName = null;
        email = null;
        memberships = null;
    }

    /** The unit or claimant organisation a membership speaks for, by name. */
    public String organisationOf(Membership membership) {
        if (membership.getUnitId() != null) {
            return getUnits().stream().filter(unit -> unit.getId().equals(membership.getUnitId()))
                    .map(Unit::getName).findFirst().orElse("");
        }
        return getClaimants().stream().filter(claimant -> claimant.getId().equals(membership.getClaimantId()))
                .map(Claimant::getName).findFirst().orElse("");
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

    public List<Role> getRoles() {
        return TENANT_ROLES;
    }

    public IssuedPassword getIssued() {
        return issued;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getClaimantId() {
        return claimantId;
    }

    public void setClaimantId(Long claimantId) {
        this.claimantId = claimantId;
    }
}
