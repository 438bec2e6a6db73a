package org.gongjian.bidding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One submission of a bid, sealed, never changed. Its receipt is the SHA-256 of the plain content;
 * the database stamps its time and refuses it once the competition stops taking bids.
 */
@Entity
@Table(name = "bid_version")
@NamedQuery(name = BidVersion.OF_BID, query = "select v from BidVersion v where v.bidId = :bid order by v.number desc")
@NamedQuery(name = BidVersion.COUNTED, query = "select v from BidVersion v where v.competitionId = :competition"
        + " and v.number = (select max(w.number) from BidVersion w where w.bidId = v.bidId) order by v.submittedAt, v.id")
public class BidVersion {

    public static final String OF_BID = "BidVersion.ofBid";
    public static final String COUNTED = "BidVersion.counted";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "bid_id", updatable = false)
    private Long bidId;
    @Column(name = "tenant_id", updatable = false)
    private Long tenantId;
    @Column(name = "competition_id", updatable = false)
    private Long competitionId;
    @Column(updatable = false)
    private int number;
    @Column(updatable = false)
    private byte[] sealed;
    @Column(updatable = false)
    private String receipt;
    @Column(name = "submitted_by", updatable = false)
    private String submittedBy;
    @Column(name = "submitted_at", insertable = false, updatable = false)
    private OffsetDateTime submittedAt;
    private Boolean intact;

    protected BidVersion() {
    }

    public BidVersion(Bid bid, int number, byte[] sealed, String receipt, String by) {
        this.bidId = bid.getId();
        this.tenantId = bid.getTenantId();
        this.competitionId = bid.getCompetitionId();
        this.number = number;
        this.sealed = sealed.clone();
        this.receipt = receipt;
        this.submittedBy = by;
    }

    /** The associated data a version's ciphertext is bound to. */
    public static String context(long bidId, int number) {
        return "bid-version:" + bidId + ":" + number;
    }

    public void checked(boolean intact) {
        this.intact = intact;
    }

    public Long getId() {
        return id;
    }

    public Long getBidId() {
        return bidId;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public Long getCompetitionId() {
        return competitionId;
    }

    public int getNumber() {
        return number;
    }

    public byte[] getSealed() {
        return sealed.clone();
    }

    public String getReceipt() {
        return receipt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public Boolean getIntact() {
        return intact;
    }
}
