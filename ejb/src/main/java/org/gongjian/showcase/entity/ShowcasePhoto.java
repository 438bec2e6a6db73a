package org.gongjian.showcase.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjian.tenant.entity.TenantOwned;

/** A before or after photo of a story, as uploaded (a JPEG or PNG by its bytes); a draft like its story. */
@Entity
@Table(name = "showcase_photo")
public class ShowcasePhoto extends TenantOwned {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "story_id", updatable = false)
    private Long storyId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private PhotoKind kind;
    @Column(name = "media_type", updatable = false)
    private String mediaType;
    @Column(updatable = false)
    private byte[] content;
    @Column(name = "uploaded_by", updatable = false)
    private String uploadedBy;
    @Column(name = "uploaded_at", insertable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    protected ShowcasePhoto() {
    }

    public ShowcasePhoto(long storyId, PhotoKind kind, String mediaType, byte[] content, String by) {
        this.storyId = storyId;
        this.kind = kind;
        this.mediaType = mediaType;
        this.content = content.clone();
        this.uploadedBy = by;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("story", storyId);
        state.put("kind", kind);
        state.put("mediaType", mediaType);
        state.put("bytes", content.length);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Long getStoryId() {
        return storyId;
    }

    public PhotoKind getKind() {
        return kind;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] content() {
        return content.clone();
    }
}
