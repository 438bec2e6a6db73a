package org.gongjian.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.Text;
import org.gongjian.tenant.entity.TenantOwned;

/**
 * A file attached to a project. Its type was found in its content and its bytes are stored under
 * a random key, never under the name the user gave; the name is kept only to be shown and offered
 * on download. Never changed.
 */
@Entity
@NamedQuery(name = Attachment.OF_PROJECT, query = "select a from Attachment a where a.projectId = :project "
        + "order by a.uploadedAt desc, a.id desc")
public class Attachment extends TenantOwned {

    public static final String OF_PROJECT = "Attachment.ofProject";
    /** Per file; the pages and the API say so in megabytes. */
    public static final int MAX_MEGABYTES = 10;
    public static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;
    static final int NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", updatable = false)
    private Long projectId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private AttachmentPurpose purpose;
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

    protected Attachment() {
    }

    public Attachment(long projectId, AttachmentPurpose purpose, String fileName, FileType type, long size,
                      String storageKey, String uploadedBy) {
        this.projectId = projectId;
        this.purpose = purpose;
        this.fileName = shownName(fileName);
        this.contentType = type.mediaType();
        this.size = size;
        this.storageKey = storageKey;
        this.uploadedBy = uploadedBy;
    }

    /**
     * The name as it is shown and offered on download: the last part of whatever path a browser
     * sent; a name with control characters is refused.
     */
    public static String shownName(String fileName) {
        String name = fileName == null ? "" : Text.SINGLE_LINE.checked(fileName, null);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new BusinessException("attachment.name.required");
        }
        if (name.length() > NAME_LENGTH) {
            throw new BusinessException("attachment.name.tooLong", NAME_LENGTH);
        }
        return name;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("attachment", id);
        state.put("purpose", purpose);
        state.put("fileName", fileName);
        state.put("contentType", contentType);
        state.put("size", size);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public AttachmentPurpose getPurpose() {
        return purpose;
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

    public String getUploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }
}
