package org.gongjian.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenant.entity.TenantOwned;

/**
 * An account's role in one tenant. A unit member belongs to one of the tenant's units, a claimant
 * account speaks for one of its claimant organisations.
 */
@Entity
@NamedQuery(name = Membership.OF_ACCOUNT, query = "select m from Membership m where m.account.id = :account")
@NamedQuery(name = Membership.ALL, query = "select m from Membership m join fetch m.account order by m.account.login, m.role")
public class Membership extends TenantOwned {

    public static final String OF_ACCOUNT = "Membership.ofAccount";
    public static final String ALL = "Membership.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "claimant_id")
    private Long claimantId;
    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Membership() {
    }

    public Membership(Account account, Role role, Long unitId, Long claimantId) {
        if (role == null || role == Role.HOST_ADMIN) {
            throw new BusinessException("account.role.invalid");
        }
        if (role == Role.UNIT_MEMBER && unitId == null) {
            throw new BusinessException("account.unit.required");
        }
        if (role == Role.CLAIMANT && claimantId == null) {
            throw new BusinessException("account.claimant.required");
        }
        this.account = account;
        this.role = role;
        this.unitId = role == Role.UNIT_MEMBER ? unitId : null;
        this.claimantId = role == Role.CLAIMANT ? claimantId : null;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("login", account.getLogin());
        state.put("role", role);
        state.put("unitId", unitId);
        state.put("claimantId", claimantId);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Role getRole() {
        return role;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getClaimantId() {
        return claimantId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
