package org.gongjian.platform;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongjian.account.control.PasswordHasher;
import org.gongjian.account.entity.Account;
import org.gongjian.account.entity.Membership;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.bidding.control.Sealer;
import org.gongjian.claimant.entity.Claimant;
import org.gongjian.config.control.CalendarGate;
import org.gongjian.config.control.ConfigHistory;
import org.gongjian.config.control.TemplateStart;
import org.gongjian.config.entity.Round;
import org.gongjian.platform.DemoData.DemoClaimant;
import org.gongjian.platform.DemoData.DemoTenant;
import org.gongjian.platform.DemoData.DemoUnit;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenant.control.TenantSession;
import org.gongjian.tenant.entity.Tenant;
import org.gongjian.tenantconfig.Category;
import org.gongjian.unit.entity.Unit;

/** Writes the demo data, one tenant a transaction, each change in the audit trail as "system". */
@Stateless
public class DemoDataWriter {

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    PasswordHasher passwords;

    @Inject
    Audit audit;

    @Inject
    TemplateStart templateStart;

    @Inject
    ConfigHistory history;

    @Inject
    CalendarGate gate;

    @Inject
    DemoProjects projects;

    @Inject
    DemoEvaluation evaluation;

    @Inject
    DemoBoard board;

    @Inject
    DemoCompetition competition;

    @Inject
    DemoShowcase showcase;

    @Inject
    Sealer sealer;

    public boolean isEmpty() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult() == 0;
    }

    public void host(String password) {
        Account host = Account.hostAdmin("host", "市委组织部管理员", passwords.hashIssued(password));
        host.changePassword(passwords.hashIssued(password));
        em.persist(host);
        em.flush();
        audit.recordFor(null, "account.create", "account", host.getId(), null, host.snapshot());
    }

    public void tenant(DemoTenant demo, String password) {
        Tenant tenant = new Tenant(demo.code(), demo.nameZh(), demo.nameEn(), demo.kind(), "Asia/Shanghai");
        em.persist(tenant);
        em.flush();
        session.enter(tenant.getId());
        currentTenant.enter(tenant.getId(), tenant.getCode(), Set.of(), null, null);
        audit.recordFor(tenant.getId(), "tenant.create", "tenant", tenant.getId(), null, tenant.snapshot());
        templateStart.start(demo.template(), null);
        Round round = Round.open(gate.today().getYear(), history.latestVersion().orElseThrow(), audit.actor());
        em.persist(round);
        em.flush();
        audit.recordFor(tenant.getId(), "round.open", "round", round.getId(), null, round.snapshot());
        Unit firstUnit = null;
        List<Unit> units = new ArrayList<>();
        for (DemoUnit demoUnit : demo.units()) {
            Unit unit = new Unit(demoUnit.name(), demoUnit.kind(), demoUnit.secretary());
            em.persist(unit);
            em.flush();
            audit.recordFor(tenant.getId(), "unit.create", "unit", unit.getId(), null, unit.snapshot());
            firstUnit = firstUnit == null ? unit : firstUnit;
            units.add(unit);
        }
        List<Claimant> claimants = new ArrayList<>();
        for (DemoClaimant demoClaimant : demo.claimants()) {
            Claimant claimant = new Claimant(demoClaimant.name(), demoClaimant.kind(), demoClaimant.contactPerson(),
                    demoClaimant.contactPhone());
            em.persist(claimant);
            em.flush();
            audit.recordFor(tenant.getId(), "claimant.register", "claimant", claimant.getId(), null, claimant.snapshot());
            claimants.add(claimant);
        }
        String prefix = demo.loginPrefix();
        account(tenant, prefix + "-admin", demo.nameZh() + "管理员", Role.TENANT_ADMIN, null, null, password);
        account(tenant, prefix + "-unit", firstUnit.getName() + "书记", Role.UNIT_MEMBER, firstUnit.getId(), null, password);
        account(tenant, prefix + "-claimant", claimants.get(0).getName() + "联络员", Role.CLAIMANT, null, claimants.get(0).getId(), password);
        long evaluator = account(tenant, prefix + "-evaluator", demo.nameZh() + "考评组", Role.EVALUATOR, null, null, password);
        List<String> categories = history.latest().orElseThrow().configuration().categories().stream().map(Category::key).toList();
        projects.write(tenant.getId(), units, categories, gate.today());
        evaluation.write(tenant.getId(), round, history.latest().orElseThrow().configuration().scheme(), evaluator);
        showcase.write(tenant.getId(), round.getYear());
        if (demo.board() != null) {
            board.write(tenant.getId(), demo.board().title(), categories.get(0), demo.board().mode(), claimants, gate.today(),
                    ZoneId.of(tenant.getTimeZone()));
        }
    }

    /** The city's showcase of the year over the stories the tenants published, in the host's transaction. */
    public void cityShowcase() {
        session.enterHost();
        showcase.city(gate.today().getYear());
    }

    /**
     * The host's demo competition with a bid from two tenants, when a sealing key is configured;
     * each part in a transaction of its own side.
     */
    public Long competition(List<String> reviewerLogins) {
        return sealer.ready() ? competition.host(reviewerLogins) : null;
    }

    public void bid(String tenantCode, long competitionId, String unitName, String title, boolean submitted) {
        Tenant tenant = em.createNamedQuery(Tenant.BY_CODE, Tenant.class).setParameter("code", tenantCode).getSingleResult();
        currentTenant.enter(tenant.getId(), tenant.getCode(), Set.of(), null, null);
        competition.bid(tenant.getId(), competitionId, unitName, title, submitted);
    }

    private long account(Tenant tenant, String login, String name, Role role, Long unitId, Long claimantId, String password) {
        Account account = new Account(login, name, null, tenant.getId(), passwords.hashIssued(password));
        account.changePassword(passwords.hashIssued(password));
        Membership membership = new Membership(account, role, unitId, claimantId);
        em.persist(account);
        em.persist(membership);
        em.flush();
        audit.recordFor(tenant.getId(), "account.create", "account", account.getId(), null, membership.snapshot());
        return account.getId();
    }
}
