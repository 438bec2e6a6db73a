package org.gongjian.web.competitions;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.gongjian.bidding.boundary.Competitions;
import org.gongjian.bidding.control.Organiser;
import org.gongjian.bidding.entity.Competition;
import org.gongjian.bidding.entity.CompetitionStatus;
import org.gongjian.bidding.entity.CompetitionTerms;
import org.gongjian.bidding.entity.Eligibility;
import org.gongjian.tenantconfig.Criterion;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;
import org.gongjian.web.tenant.settings.CriterionRow;

/**
 * The terms of a new competition, or of one of the organiser's ({@code ?id=N}): a draft's freely,
 * with its criteria pre-filled from the organiser's configuration; a published one's as a change of
 * conditions, its criteria frozen. The deadline is a local date and time in the organiser's zone.
 */
@Named
@ViewScoped
public class CompetitionFormBacking implements Serializable {

    @Inject
    Competitions competitions;

    @Inject
    OrganiserPages pages;

    @Inject
    Language language;

    private Long id;
    private boolean host;
    private boolean published;
    private String zone;
    private Integer year;
    private String topic;
    private String rules;
    private Eligibility eligibility = Eligibility.ALL_TENANTS;
    private Long[] tenantIds = new Long[0];
    private List<TenantOption> tenants = List.of();
    private LocalDateTime deadline;
    private Integer winners;
    private BigDecimal funds;
    private final List<CriterionRow> criteria = new ArrayList<>();
    private List<Criterion> frozenCriteria = List.of();

    /** A tenant a host competition may be opened to. */
    public record TenantOption(long id, String name) implements Serializable {
    }

    public void load() {
        host = pages.isHost();
        if (host) {
            boolean english = language.isEnglish();
            tenants = competitions.tenants().stream().map(t -> new TenantOption(t.getId(), t.name(english))).toList();
        }
        if (id == null) {
            year = Year.now(Organiser.HOST_ZONE).getValue();
            competitions.defaults().forEach(c -> criteria.add(CriterionRow.of(c)));
            zone = host ? Organiser.HOST_ZONE.getId() : null;
            return;
        }
        Competition competition = competitions.find(id);
        published = competition.getStatus() == CompetitionStatus.PUBLISHED;
        if (competition.getStatus() != CompetitionStatus.DRAFT && !published) {
            Messages.error("competition.move.refused", "edit", competition.getStatus());
        }
        ZoneId own = competition.getZone();
        zone = own.getId();
        year = competition.getYear();
        topic = competition.getTopic();
        rules = competition.getRules();
        eligibility = competition.getEligibility();
        if (eligibility == Eligibility.CHOSEN_TENANTS) {
            tenantIds = competitions.chosenTenants(id).toArray(Long[]::new);
        }
        deadline = competition.getDeadline().atZoneSameInstant(own).toLocalDateTime();
        winners = competition.getWinners();
        funds = competition.getFundsPerWinner();
        frozenCriteria = competition.getCriteria();
        frozenCriteria.forEach(c -> criteria.add(CriterionRow.of(c)));
    }

    public String save() {
        Set<Long> chosen = eligibility == Eligibility.CHOSEN_TENANTS ? new LinkedHashSet<>(Arrays.asList(tenantIds)) : Set.of();
        List<Criterion> given = published ? List.of() : criteria.stream().map(CriterionRow::toCriterion).toList();
        CompetitionTerms terms = new CompetitionTerms(year, topic, rules, host ? eligibility : null, chosen, given, deadline, winners, funds);
        Competition saved = id == null ? competitions.create(terms) : competitions.edit(id, terms);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(published ? "bidPages.form.changed" : "bidPages.form.saved", saved.getTopic());
        return pages.redirect("view", saved.getId());
    }

    public void addCriterion() {
        int next = criteria.size() + 1;
        while (keyTaken("c" + next)) {
            next++;
        }
        criteria.add(new CriterionRow("c" + next, CriterionRow.NEW_SCALE));
    }

    private boolean keyTaken(String key) {
        return criteria.stream().anyMatch(row -> Objects.equals(row.getKey(), key));
    }

    public void removeCriterion(CriterionRow row) {
        criteria.remove(row);
    }

    /** The weights so far, counting a weight not given yet as nothing. */
    public BigDecimal getWeightSum() {
        return criteria.stream().map(CriterionRow::getWeight).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isHundred() {
        return getWeightSum().compareTo(BigDecimal.valueOf(100)) == 0;
    }

    /** A criterion cell's label for messages and screen readers: the table, the row number and the column. */
    public String label(String columnKey, int index) {
        Locale locale = language.getLocale();
        return Messages.text(locale, "settings.row", Messages.text(locale, "bidPages.terms.criteria"), index + 1,
                Messages.text(locale, columnKey));
    }

    /** What a field says when its text is not a number. */
    public String invalid(String kind, String label) {
        return Messages.text(language.getLocale(), "settings." + kind + ".invalid", label);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isPublished() {
        return published;
    }

    /** The organiser's time zone the deadline is entered in, or null for a new tenant competition (the tenant's own). */
    public String getZone() {
        return zone == null ? Messages.text(language.getLocale(), "bidPages.form.ownZone") : zone;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getRules() {
        return rules;
    }

    public void setRules(String rules) {
        this.rules = rules;
    }

    public Eligibility getEligibility() {
        return eligibility;
    }

    public void setEligibility(Eligibility eligibility) {
        this.eligibility = eligibility;
    }

    public Long[] getTenantIds() {
        return tenantIds;
    }

    public void setTenantIds(Long[] tenantIds) {
        this.tenantIds = tenantIds == null ? new Long[0] : tenantIds;
    }

    public List<TenantOption> getTenants() {
        return tenants;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }

    public Integer getWinners() {
        return winners;
    }

    public void setWinners(Integer winners) {
        this.winners = winners;
    }

    public BigDecimal getFunds() {
        return funds;
    }

    public void setFunds(BigDecimal funds) {
        this.funds = funds;
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public List<Criterion> getFrozenCriteria() {
        return frozenCriteria;
    }
}
