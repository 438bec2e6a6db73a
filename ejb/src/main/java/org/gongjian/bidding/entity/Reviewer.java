package org.gongjian.bidding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.time.OffsetDateTime;

/** An account on a competition's review panel. */
@Entity
@NamedQuery(name = Reviewer.OF_COMPETITION, query = "select r from Reviewer r where r.competitionId = :competition order by r.id")
@NamedQuery(name = Reviewer.OF_ACCOUNT, query = "select r from Reviewer r where r.accountId = :account order by r.id desc")
public class Reviewer {

    public static final String OF_COMPETITION = "Reviewer.ofCompetition";
    public static final String OF_ACCOUNT = "Reviewer.ofAccount";
    public static final int MAX_PANEL = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "competition_id", updatable = false)
    private Long competitionId;
    @Column(name = "account_id", updatable = false)
    private Long accountId;
    @Column(name = "added_by", updatable = false)
    private String addedBy;
    @Column(name = "added_at", insertable = false, updatable = false)
    private OffsetDateTime addedAt;

    protected Reviewer() {
    }

    public Reviewer(long competitionId, long accountId, String by) {
        this.competitionId = competitionId;
        this.accountId = accountId;
        this.addedBy = by;
    }

    public Long getId() {
        return id;
    }

    public Long getCompetitionId() {
        return competitionId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public OffsetDateTime getAddedAt() {
        return addedAt;
    }
}
