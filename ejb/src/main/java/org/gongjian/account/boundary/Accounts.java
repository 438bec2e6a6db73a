package org.gongjian.account.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongjian.account.control.AccountSheet;
import org.gongjian.account.control.AccountSheet.SheetRow;
import org.gongjian.account.control.Enrolment;
import org.gongjian.account.control.IssuedPassword;
import org.gongjian.account.control.NewAccount;
import org.gongjian.account.entity.Membership;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.claimant.boundary.Claimants;
import org.gongjian.claimant.entity.Claimant;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenant.control.TenantRoles;
import org.gongjian.unit.boundary.Units;
import org.gongjian.unit.entity.Unit;

/** The current tenant's accounts, managed by its admin: list, create one, import a sheet. */
@Stateless
@TenantBound
@TenantRoles(Role.Names.TENANT_ADMIN)
public class Accounts {

    /** Role names an admin may write in a sheet, in Chinese or English. */
    static final Map<String, Role> ROLE_WORDS = Map.ofEntries(
            Map.entry("租户管理员", Role.TENANT_ADMIN), Map.entry("管理员", Role.TENANT_ADMIN),
            Map.entry("单位成员", Role.UNIT_MEMBER), Map.entry("支部成员", Role.UNIT_MEMBER),
            Map.entry("认领单位", Role.CLAIMANT), Map.entry("共建单位", Role.CLAIMANT),
            Map.entry("考评人员", Role.EVALUATOR), Map.entry("评审专家", Role.EVALUATOR),
            Map.entry("tenant_admin", Role.TENANT_ADMIN), Map.entry("unit_member", Role.UNIT_MEMBER),
            Map.entry("claimant", Role.CLAIMANT), Map.entry("evaluator", Role.EVALUATOR));

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    Enrolment enrolment;

    @Inject
    Audit audit;

    @Inject
    Units units;

    @Inject
    Claimants claimants;

    @Resource
    SessionContext context;

    public List<Membership> memberships() {
        return em.createNamedQuery(Membership.ALL, Membership.class).getResultList();
    }

    public IssuedPassword create(NewAccount request) {
        requireOwnOrganisation(request);
        return enrolment.enrol(tenant.id(), request);
    }

    /**
     * Creates every acceptable row of the sheet and reports every other row with its reason.
     * A sheet that cannot be read at all creates nothing.
     */
    public ImportReport importSheet(String fileName, byte[] content) {
        List<SheetRow> rows = AccountSheet.read(fileName, content);
        Map<String, Long> unitIds = units.all().stream().collect(Collectors.toMap(Unit::getName, Unit::getId));
        Map<String, Long> claimantIds = claimants.all().stream().collect(Collectors.toMap(Claimant::getName, Claimant::getId));
        List<IssuedPassword> created = new ArrayList<>();
        List<RefusedRow> refused = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SheetRow row : rows) {
            try {
                if (!seen.add(row.login().toLowerCase(Locale.ROOT))) {
                    throw new BusinessException("import.duplicateLogin", row.login());
                }
                created.add(enrolment.enrol(tenant.id(), toRequest(row, unitIds::get, claimantIds::get)));
            } catch (BusinessException refusal) {
                if (context.getRollbackOnly()) {
                    // the database refused a row: nothing more can be written in this transaction
                    throw refusal;
                }
                refused.add(new RefusedRow(row.number(), row.login(), refusal.key(), refusal.arguments()));
            }
        }
        audit.record("account.import", "account-sheet", null, null,
                Map.of("rows", rows.size(), "created", created.size(), "refused", refused.size()));
        return new ImportReport(created, refused);
    }

    private static NewAccount toRequest(SheetRow row, Function<String, Long> units, Function<String, Long> claimants) {
        Role role = ROLE_WORDS.get(row.role().toLowerCase(Locale.ROOT));
        if (role == null) {
            throw new BusinessException("import.unknownRole", row.role());
        }
        Long unitId = null;
        Long claimantId = null;
        if (role == Role.UNIT_MEMBER) {
            unitId = units.apply(row.organisation());
            if (unitId == null) {
                throw new BusinessException("import.unknownUnit", row.organisation());
            }
        }
        if (role == Role.CLAIMANT) {
            claimantId = claimants.apply(row.organisation());
            if (claimantId == null) {
                throw new BusinessException("import.unknownClaimant", row.organisation());
            }
        }
        return new NewAccount(row.login(), row.displayName(), row.email(), role, unitId, claimantId);
    }

    private void requireOwnOrganisation(NewAccount request) {
        if (request.unitId() != null && units.find(request.unitId()).isEmpty()) {
            throw new BusinessException("account.unit.required");
        }
        if (request.claimantId() != null && claimants.find(request.claimantId()).isEmpty()) {
            throw new BusinessException("account.claimant.required");
        }
    }

    /** What an import did: the accounts made (with their first passwords) and the rows refused. */
    public record ImportReport(List<IssuedPassword> created, List<RefusedRow> refused) {
    }

    /** A refused row: its number in the sheet, its login, and the reason as a message key with arguments. */
    public record RefusedRow(int number, String login, String reasonKey, Object[] arguments) {
    }
}
