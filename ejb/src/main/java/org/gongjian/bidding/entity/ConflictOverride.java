package org.gongjian.bidding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The organiser lets a reviewer score a bid despite a conflict of interest, for a recorded reason. */
@Entity
@Table(name = "conflict_override")
@NamedQuery(name = ConflictOverride.OF_COMPETITION, query = "select o from ConflictOverride o where o.competitionId = :competition")
public class ConflictOverride {

    public static final String OF_COMPETITION = "ConflictOverride.ofCompetition";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "competition_id", updatable = false)
    private Long competitionId;
    @Column(name = "bid_id", updatable = false)
    private Long bidId;
    @Column(name = "account_id", updatable = false)
    private Long accountId;
    private String reason;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at", insertable = false, updatable = false)
    private OffsetDateTime decidedAt;

    protected ConflictOverride() {
    }

    public ConflictOverride(long competitionId, long bidId, long accountId, String reason, String by) {
        this.competitionId = competitionId;
        this.bidId = bidId;
        this.accountId = accountId;
        this.reason = CompetitionField.REASON.required(reason);
        this.decidedBy = by;
    }

    public Long getBidId() {
        return bidId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }
}
