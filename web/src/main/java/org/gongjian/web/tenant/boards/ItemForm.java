package org.gongjian.web.tenant.boards;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.gongjian.claim.entity.ClaimableItem;
import org.gongjian.claim.entity.ItemDetails;
import org.gongjian.web.faces.Messages;

/** A claimable item as its form edits it: the window as local date-times of the tenant's clock. */
public class ItemForm implements Serializable {

    /**
     * The zone the window is typed and shown in. Every tenant keeps China time (the tenant defaults),
     * which is also the zone the boundary reads local date-times in; the pages show every moment in it.
     */
    static final ZoneId ZONE = Messages.SHOWN_ZONE;

    private Long sectorId;
    private String title;
    private String need;
    private String expectedResults;
    private String offer;
    private BigDecimal offeredFunds;
    private String contact;
    private Integer capacity = 1;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;

    static ItemForm of(ClaimableItem item) {
        ItemForm form = new ItemForm();
        form.sectorId = item.getSectorId();
        form.title = item.getTitle();
        form.need = item.getNeed();
        form.expectedResults = item.getExpectedResults();
        form.offer = item.getOffer();
        form.offeredFunds = item.getOfferedFunds();
        form.contact = item.getContact();
        form.capacity = item.getCapacity();
        form.opensAt = local(item.getOpensAt());
        form.closesAt = local(item.getClosesAt());
        return form;
    }

    ItemDetails details() {
        return new ItemDetails(sectorId, title, need, expectedResults, offer, offeredFunds, contact, capacity, opensAt, closesAt);
    }

    private static LocalDateTime local(OffsetDateTime moment) {
        return moment == null ? null : moment.atZoneSameInstant(ZONE).toLocalDateTime();
    }

    public Long getSectorId() {
        return sectorId;
    }

    public void setSectorId(Long sectorId) {
        this.sectorId = sectorId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getNeed() {
        return need;
    }

    public void setNeed(String need) {
        this.need = need;
    }

    public String getExpectedResults() {
        return expectedResults;
    }

    public void setExpectedResults(String expectedResults) {
        this.expectedResults = expectedResults;
    }

    public String getOffer() {
        return offer;
    }

    public void setOffer(String offer) {
        this.offer = offer;
    }

    public BigDecimal getOfferedFunds() {
        return offeredFunds;
    }

    public void setOfferedFunds(BigDecimal offeredFunds) {
        this.offeredFunds = offeredFunds;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }
}
