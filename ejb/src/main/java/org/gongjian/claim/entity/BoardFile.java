package org.gongjian.claim.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjian.tenant.entity.TenantOwned;

/**
 * A photo of a claimable item (shown on the public board) or a file attached to a claim (seen by
 * the claimant and the admins only). The file itself lives in the attachment store; never changed.
 */
@Entity
@Table(name = "board_file")
@NamedQuery(name = BoardFile.OF_ITEM, query = "select f from BoardFile f where f.itemId = :item order by f.id")
@NamedQuery(name = BoardFile.OF_CLAIM, query = "select f from BoardFile f where f.claimId = :claim order by f.id")
public class BoardFile extends TenantOwned {

    public static final String OF_ITEM = "BoardFile.ofItem";
    public static final String OF_CLAIM = "BoardFile.ofClaim";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "item_id", updatable = false)
    private Long itemId;
    @Column(name = "claim_id", updatable = false)
    private Long claimId;
    @Column(name = "file_name", updatable = false)
    private String fileName;
    @Column(name = "content_type", updatable = false)
    private String contentType;
    @Column(updatable = false)
    private long size;
    @Column(name = "storage_key", updatable = false)
    private String storageKey;
    @Column(name = "uploaded_by", updatable = false)
    private String uploadedBy;
    @Column(name = "uploaded_at", insertable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    protected BoardFile() {
    }

    private BoardFile(Long itemId, Long claimId, String fileName, String contentType, long size, String storageKey, String by) {
        this.itemId = itemId;
        this.claimId = claimId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.storageKey = storageKey;
        this.uploadedBy = by;
    }

    public static BoardFile photo(long itemId, String fileName, String contentType, long size, String storageKey, String by) {
        return new BoardFile(itemId, null, fileName, contentType, size, storageKey, by);
    }

    public static BoardFile ofClaim(long claimId, String fileName, String contentType, long size, String storageKey, String by) {
        return new BoardFile(null, claimId, fileName, contentType, size, storageKey, by);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("fileName", fileName);
        state.put("contentType", contentType);
        state.put("size", size);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Long getItemId() {
        return itemId;
    }

    public Long getClaimId() {
        return claimId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }
}
