package org.gongjian.bidding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.OffsetDateTime;

/** An attachment of a bid, its name and bytes sealed like its plan; the hash of its plain bytes enters every version's receipt. */
@Entity
@Table(name = "bid_file")
@NamedQuery(name = BidFile.OF_BID, query = "select f from BidFile f where f.bidId = :bid order by f.id")
public class BidFile {

    public static final String OF_BID = "BidFile.ofBid";
    public static final long MAX_SIZE = 20L * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "bid_id", updatable = false)
    private Long bidId;
    @Column(name = "tenant_id", updatable = false)
    private Long tenantId;
    @Column(name = "competition_id", updatable = false)
    private Long competitionId;
    @Column(name = "sealed_name")
    private byte[] sealedName;
    @Transient
    private String name;
    @Column(name = "content_type")
    private String contentType;
    private long size;
    private String sha256;
    private byte[] sealed;
    @Column(name = "added_by")
    private String addedBy;
    @Column(name = "added_at", insertable = false, updatable = false)
    private OffsetDateTime addedAt;

    protected BidFile() {
    }

    public BidFile(Bid bid, String name, String contentType, long size, String sha256, String by) {
        this.bidId = bid.getId();
        this.tenantId = bid.getTenantId();
        this.competitionId = bid.getCompetitionId();
        this.name = CompetitionField.FILE_NAME.required(name);
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.addedBy = by;
        this.sealed = new byte[0];
        this.sealedName = new byte[0];
    }

    /** The associated data the file's ciphertext is bound to. */
    public String context() {
        return "bid-file:" + bidId + ":" + id;
    }

    /** The associated data the file's sealed name is bound to. */
    public String nameContext() {
        return context() + ":name";
    }

    public void seal(byte[] sealedBytes, byte[] sealedFileName) {
        this.sealed = sealedBytes.clone();
        this.sealedName = sealedFileName.clone();
    }

    /** Gives the file the name its seal opened to. */
    public void opened(String openedName) {
        this.name = openedName;
    }

    public Long getId() {
        return id;
    }

    public Long getBidId() {
        return bidId;
    }

    public byte[] getSealedName() {
        return sealedName.clone();
    }

    /** The name, once the boundary has opened it; null before. */
    public String getName() {
        return name;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getSealed() {
        return sealed.clone();
    }

    public OffsetDateTime getAddedAt() {
        return addedAt;
    }
}
