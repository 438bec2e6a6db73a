package org.gongjian.platform;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.gongjian.account.entity.Account;
import org.gongjian.audit.control.Audit;
import org.gongjian.bidding.control.Organiser;
import org.gongjian.bidding.control.SealedPlans;
import org.gongjian.bidding.entity.Bid;
import org.gongjian.bidding.entity.BidVersion;
import org.gongjian.bidding.entity.Competition;
import org.gongjian.bidding.entity.CompetitionTerms;
import org.gongjian.bidding.entity.Eligibility;
import org.gongjian.bidding.entity.Reviewer;
import org.gongjian.config.control.ConfigHistory;
import org.gongjian.config.control.Templates;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.Declaration.BudgetLine;
import org.gongjian.project.entity.Declaration.Goal;
import org.gongjian.project.entity.Declaration.Step;
import org.gongjian.tenant.control.TenantSession;
import org.gongjian.tenant.entity.Tenant;
import org.gongjian.tenantconfig.ChannelKind;
import org.gongjian.unit.entity.Unit;

/**
 * A demo city-wide competition of the host, taking bids for a month from today, with the three
 * tenants' evaluators on its panel; one unit's bid waits for its committee's endorsement, another's
 * was submitted with its receipt. Each step audited as "system".
 */
@Dependent
class DemoCompetition {

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    Audit audit;

    @Inject
    Templates templates;

    @Inject
    ConfigHistory history;

    @Inject
    SealedPlans plans;

    @Inject
    DatabaseClock clock;

    /** In the host's transaction: the published competition; returns its id. */
    long host(List<String> reviewerLogins) {
        session.enterHost();
        LocalDate today = today();
        CompetitionTerms terms = new CompetitionTerms(today.getYear() + 1, "基层党建创新项目竞标",
                "各党（工）委组织所属基层党组织申报，以实施方案参与竞标。方案须写明项目重要性、时间步骤、投资概算、内容方法、组织措施和预期目标；"
                        + "由所属党（工）委审核后呈报。市委组织部组织专家评审，择优确定中标单位并通报全市，给予指导和经费支持。",
                Eligibility.ALL_TENANTS, Set.of(), templates.all().get(0).scheme().criteriaOf(ChannelKind.ORGANISATIONAL),
                LocalDateTime.of(today.plusMonths(1), LocalTime.of(17, 0)), 3, new BigDecimal("50000.00"));
        Competition competition = new Competition(null, Organiser.HOST_ZONE, terms, plans.newDataKey(), "system");
        em.persist(competition);
        em.flush();
        session.bind("app.competition_id", competition.getId());
        for (String login : reviewerLogins) {
            Account account = em.createQuery("select a from Account a where a.login = :login", Account.class)
                    .setParameter("login", login).getSingleResult();
            em.persist(new Reviewer(competition.getId(), account.getId(), "system"));
        }
        competition.publish(clock.now());
        em.flush();
        audit.recordFor(null, "competition.published", "competition", competition.getId(), null, competition.snapshot());
        return competition.getId();
    }

    /** In the bidder's tenant: a unit's bid, waiting for endorsement or submitted. */
    void bid(long tenantId, long competitionId, String unitName, String title, boolean submitted) {
        session.enter(tenantId);
        LocalDate today = today();
        Competition competition = em.find(Competition.class, competitionId);
        Tenant tenant = em.find(Tenant.class, tenantId);
        Unit unit = em.createNamedQuery(Unit.BY_NAME, Unit.class).setParameter("name", unitName).getSingleResult();
        Bid bid = new Bid(competition, tenantId, unit.getId(), unit.getName(), tenant.getNameZh(), "system");
        em.persist(bid);
        em.flush();
        String category = history.latest().orElseThrow().configuration().categories().get(0).key();
        Declaration plan = plan(title, category, today);
        bid.redraft(plans.sealDraft(competition, bid, plan));
        if (submitted) {
            int number = bid.submitted(competition.getConditionsVersion());
            var sealing = plans.sealVersion(competition, bid, number, plan, List.of());
            em.persist(new BidVersion(bid, number, sealing.sealed(), sealing.receipt(), "system"));
        } else {
            bid.handToCommittee();
        }
        em.flush();
        audit.recordFor(tenantId, submitted ? "bid.submitted" : "bid.handedToCommittee", "bid", bid.getId(), null, bid.snapshot());
    }

    private LocalDate today() {
        return clock.now().atZoneSameInstant(Organiser.HOST_ZONE).toLocalDate();
    }

    private static Declaration plan(String title, String category, LocalDate today) {
        int year = today.getYear() + 1;
        return new Declaration(title, category,
                "居民反映集中的急难愁盼问题需要党组织牵头协调解决，项目以党建引领凝聚驻区单位和居民力量。",
                "建立问题收集、分办、督办、反馈闭环；组建党员志愿服务队；每季度开展一次成效评估。",
                "“一线工作法”：党员干部下沉楼组，问需于民，按月公开办理进度。",
                List.of(new Step("调研摸底，形成问题清单", LocalDate.of(year, 5, 31)),
                        new Step("分类推进，集中攻坚", LocalDate.of(year, 10, 31)),
                        new Step("总结评估，形成制度", LocalDate.of(year, 12, 15))),
                List.of(new BudgetLine("志愿服务和培训", new BigDecimal("12000.00")), new BudgetLine("设施改造", new BigDecimal("30000.00"))),
                "书记牵头成立项目组，党员分片包干，每月例会调度。",
                List.of(new Goal("g1", "解决群众身边问题", new BigDecimal("40"), "个")));
    }
}
