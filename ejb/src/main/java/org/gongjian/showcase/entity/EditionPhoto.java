package org.gongjian.showcase.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A photo a tenant published, copied from the story's draft photo ({@link #photoId}) by the first
 * edition that showed it (in the database, by the publishing boundary); never changed. Read only.
 */
@Entity
@Table(name = "showcase_edition_photo")
public class EditionPhoto {

    @Id
    private Long id;
    @Column(name = "edition_id", insertable = false, updatable = false)
    private Long editionId;
    @Column(name = "tenant_id", insertable = false, updatable = false)
    private Long tenantId;
    @Column(name = "photo_id", insertable = false, updatable = false)
    private Long photoId;
    @Column(name = "story_id", insertable = false, updatable = false)
    private Long storyId;
    @Enumerated(EnumType.STRING)
    @Column(insertable = false, updatable = false)
    private PhotoKind kind;
    @Column(name = "media_type", insertable = false, updatable = false)
    private String mediaType;
    @Column(insertable = false, updatable = false)
    private byte[] content;

    protected EditionPhoto() {
    }

    public Long getId() {
        return id;
    }

    public Long getEditionId() {
        return editionId;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public Long getPhotoId() {
        return photoId;
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
