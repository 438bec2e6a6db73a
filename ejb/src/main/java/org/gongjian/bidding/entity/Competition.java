package org.gongjian.bidding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.project.entity.Yuan;
import org.gongjian.tenantconfig.Criterion;
import org.gongjian.tenantconfig.EvaluationScheme;

/**
 * A bidding competition (竞标), organised by a tenant for its own units or by the host
 * ({@link #organiserTenantId} null) for the units of every or of chosen tenants. Moves DRAFT →
 * PUBLISHED (taking bids until the deadline; criteria frozen) → OPENED (only after the deadline)
 * → ANNOUNCED, or to CANCELLED before opening. Not a tenant's own row: the database's policies say
 * who sees it (see the package description).
 */
@Entity
@NamedQuery(name = Competition.OF_ORGANISER, query = "select c from Competition c where c.organiserTenantId = :tenant order by c.year desc, c.id desc")
@NamedQuery(name = Competition.OF_HOST, query = "select c from Competition c where c.organiserTenantId is null order by c.year desc, c.id desc")
@NamedQuery(name = Competition.TAKING_BIDS, query = "select c from Competition c where c.status = org.gongjian.bidding.entity.CompetitionStatus.PUBLISHED"
        + " and (c.organiserTenantId is null or c.organiserTenantId = :tenant) order by c.deadline, c.id")
@NamedQuery(name = Competition.ON_PANEL, query = "select c from Competition c where c.id in"
        + " (select r.competitionId from Reviewer r where r.accountId = :account) order by c.year desc, c.id desc")
public class Competition {

    public static final String ON_PANEL = "Competition.onPanel";
    public static final String OF_ORGANISER = "Competition.ofOrganiser";
    public static final String OF_HOST = "Competition.ofHost";
    public static final String TAKING_BIDS = "Competition.takingBids";
    public static final int MAX_WINNERS = 50;
    public static final BigDecimal MAX_FUNDS = new BigDecimal("1000000000");
    public static final int MAX_CRITERIA = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "organiser_tenant_id", updatable = false)
    private Long organiserTenantId;
    private int year;
    private String topic;
    private String rules;
    @Enumerated(EnumType.STRING)
    private Eligibility eligibility;
    @Convert(converter = CriteriaConverter.class)
    private List<Criterion> criteria;
    private OffsetDateTime deadline;
    @Column(name = "time_zone", updatable = false)
    private String timeZone;
    private int winners;
    @Column(name = "funds_per_winner")
    private BigDecimal fundsPerWinner;
    @Enumerated(EnumType.STRING)
    private CompetitionStatus status;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "conditions_version")
    private int conditionsVersion;
    @Column(name = "data_key", updatable = false)
    private byte[] dataKey;
    @Column(name = "created_by", updatable = false)
    private String createdBy;
    @Column(name = "published_at")
    private OffsetDateTime publishedAt;
    @Column(name = "opened_by")
    private String openedBy;
    @Column(name = "opened_at")
    private OffsetDateTime openedAt;
    @Column(name = "announced_by")
    private String announcedBy;
    @Column(name = "announced_at")
    private OffsetDateTime announcedAt;
    @Version
    private long version;

    protected Competition() {
    }

    /**
     * A new draft competition of an organiser (null: the host), with its data key already wrapped
     * under the portal's sealing key.
     */
    public Competition(Long organiserTenantId, ZoneId zone, CompetitionTerms terms, byte[] dataKey, String by) {
        this.organiserTenantId = organiserTenantId;
        this.timeZone = zone.getId();
        this.dataKey = dataKey.clone();
        this.createdBy = by;
        this.status = CompetitionStatus.DRAFT;
        this.conditionsVersion = 1;
        apply(terms);
    }

    /**
     * Rewrites the conditions. A draft changes freely; a published competition changes its
     * conditions (not its criteria, which are frozen) and raises its conditions version, so every
     * bid already made has to be confirmed again. Returns whether the conditions version rose.
     */
    public boolean edit(CompetitionTerms terms, OffsetDateTime now) {
        require(status == CompetitionStatus.DRAFT || status == CompetitionStatus.PUBLISHED, "edit");
        if (status == CompetitionStatus.PUBLISHED) {
            if (!now.isBefore(deadline)) {
                throw new ConflictException("competition.deadline.passed", deadline);
            }
            if (terms.criteria() != null && !terms.criteria().isEmpty() && !terms.criteria().equals(criteria)) {
                throw new BusinessException("competition.criteria.frozen");
            }
            terms = new CompetitionTerms(terms.year(), terms.topic(), terms.rules(), terms.eligibility(), terms.tenantIds(),
                    criteria, terms.deadline(), terms.winners(), terms.fundsPerWinner());
        }
        Map<String, Object> before = conditions();
        apply(terms);
        if (status == CompetitionStatus.PUBLISHED && !now.isBefore(deadline)) {
            throw new BusinessException("competition.deadline.past");
        }
        if (status == CompetitionStatus.PUBLISHED && !before.equals(conditions())) {
            conditionsVersion++;
            return true;
        }
        return false;
    }

    private void apply(CompetitionTerms terms) {
        if (terms == null) {
            throw new BusinessException("competition.field.required", CompetitionField.TOPIC);
        }
        if (terms.year() == null || terms.year() < 2000 || terms.year() > 2100) {
            throw new BusinessException("competition.year.range", 2000, 2100);
        }
        Eligibility asked = terms.eligibility();
        if (organiserTenantId != null) {
            if (asked != null && asked != Eligibility.OWN_UNITS) {
                throw new BusinessException("competition.eligibility.tenant");
            }
            asked = Eligibility.OWN_UNITS;
        } else if (asked == null || asked == Eligibility.OWN_UNITS) {
            throw new BusinessException("competition.eligibility.host");
        } else if (asked == Eligibility.CHOSEN_TENANTS && terms.tenantIds().isEmpty()) {
            throw new BusinessException("competition.tenants.required");
        }
        if (terms.deadline() == null) {
            throw new BusinessException("competition.deadline.required");
        }
        if (terms.deadline().getYear() < 2000 || terms.deadline().getYear() > 2100) {
            throw new BusinessException("competition.year.range", 2000, 2100);
        }
        if (terms.winners() == null || terms.winners() < 1 || terms.winners() > MAX_WINNERS) {
            throw new BusinessException("competition.winners.range", 1, MAX_WINNERS);
        }
        BigDecimal funds = Yuan.of(terms.fundsPerWinner(), true);
        if (funds.compareTo(MAX_FUNDS) > 0) {
            throw new BusinessException("money.tooLarge", 9);
        }
        if (terms.criteria().size() > MAX_CRITERIA) {
            throw new BusinessException("competition.criteria.many", MAX_CRITERIA);
        }
        List<BusinessException.Reason> problems = EvaluationScheme.criteriaProblems(terms.criteria()).stream()
                .map(p -> new BusinessException.Reason(p.key(), p.arguments())).toList();
        if (!problems.isEmpty()) {
            throw new BusinessException(problems);
        }
        for (Criterion criterion : terms.criteria()) {
            CompetitionField.CRITERION.optional(criterion.name().zh());
            CompetitionField.CRITERION.optional(criterion.name().en());
        }
        this.year = terms.year();
        this.topic = CompetitionField.TOPIC.required(terms.topic());
        this.rules = CompetitionField.RULES.required(terms.rules());
        this.eligibility = asked;
        this.criteria = List.copyOf(terms.criteria());
        this.deadline = terms.deadline().atZone(ZoneId.of(timeZone)).toOffsetDateTime();
        this.winners = terms.winners();
        this.fundsPerWinner = funds;
    }

    /** Starts taking bids; its criteria are frozen from now on. The deadline must still be ahead. */
    public void publish(OffsetDateTime now) {
        require(status == CompetitionStatus.DRAFT, "publish");
        if (!now.isBefore(deadline)) {
            throw new BusinessException("competition.deadline.past");
        }
        status = CompetitionStatus.PUBLISHED;
        publishedAt = now;
    }

    public void cancel(String reason) {
        require(status == CompetitionStatus.DRAFT || status == CompetitionStatus.PUBLISHED, "cancel");
        cancelReason = CompetitionField.REASON.required(reason);
        status = CompetitionStatus.CANCELLED;
    }

    /** Unseals the bids: only after the deadline by the database clock, once. */
    public void openBids(String by, OffsetDateTime now) {
        require(status == CompetitionStatus.PUBLISHED, "open");
        if (now.isBefore(deadline)) {
            throw new ConflictException("competition.open.early", deadline);
        }
        status = CompetitionStatus.OPENED;
        openedBy = by;
        openedAt = now;
    }

    public void announce(String by, OffsetDateTime now) {
        require(status == CompetitionStatus.OPENED, "announce");
        status = CompetitionStatus.ANNOUNCED;
        announcedBy = by;
        announcedAt = now;
    }

    /** Refuses a bid unless the competition takes bids now, by the database clock. */
    public void requireTakingBids(OffsetDateTime now) {
        if (status != CompetitionStatus.PUBLISHED) {
            throw new ConflictException("competition.notTakingBids");
        }
        if (!now.isBefore(deadline)) {
            throw new ConflictException("competition.deadline.passed", deadline);
        }
    }

    /** Refuses unless the bids have been opened (which happens only after the deadline). */
    public void requireOpened() {
        if (!isOpened()) {
            throw new ConflictException("competition.sealed");
        }
    }

    public boolean isOpened() {
        return status == CompetitionStatus.OPENED || status == CompetitionStatus.ANNOUNCED;
    }

    public boolean isHosts() {
        return organiserTenantId == null;
    }

    private void require(boolean allowed, String move) {
        if (!allowed) {
            throw new BusinessException("competition.move.refused", move, status);
        }
    }

    /** What bidders accept when they bid: a change of any of these after publishing needs their confirmation. */
    private Map<String, Object> conditions() {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("year", year);
        terms.put("topic", topic);
        terms.put("rules", rules);
        terms.put("eligibility", eligibility);
        terms.put("deadline", deadline == null ? null : deadline.toInstant());
        terms.put("winners", winners);
        terms.put("fundsPerWinner", fundsPerWinner == null ? null : fundsPerWinner.toPlainString());
        return terms;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = conditions();
        state.put("status", status);
        state.put("conditionsVersion", conditionsVersion);
        state.put("criteria", criteria.stream().map(c -> c.key() + ":" + c.weight().toPlainString() + "/" + c.maxScore()).toList());
        if (cancelReason != null) {
            state.put("cancelReason", cancelReason);
        }
        return state;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganiserTenantId() {
        return organiserTenantId;
    }

    public int getYear() {
        return year;
    }

    public String getTopic() {
        return topic;
    }

    public String getRules() {
        return rules;
    }

    public Eligibility getEligibility() {
        return eligibility;
    }

    public List<Criterion> getCriteria() {
        return criteria;
    }

    public OffsetDateTime getDeadline() {
        return deadline;
    }

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    public int getWinners() {
        return winners;
    }

    public BigDecimal getFundsPerWinner() {
        return fundsPerWinner;
    }

    public CompetitionStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public int getConditionsVersion() {
        return conditionsVersion;
    }

    /** The data key, wrapped: only the sealer can unwrap it. */
    public byte[] getDataKey() {
        return dataKey.clone();
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public OffsetDateTime getOpenedAt() {
        return openedAt;
    }

    public String getAnnouncedBy() {
        return announcedBy;
    }

    public OffsetDateTime getAnnouncedAt() {
        return announcedAt;
    }
}
