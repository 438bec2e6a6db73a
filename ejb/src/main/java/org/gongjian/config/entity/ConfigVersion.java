package org.gongjian.config.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.gongjian.tenant.entity.TenantOwned;

/**
 * One saved state of a tenant's whole configuration, as a JSON document. Never changed once
 * written (the database refuses updates and deletes); numbers count up from 1 per tenant.
 */
@Entity
@Table(name = "config_version")
@NamedQuery(name = ConfigVersion.LATEST, query = "select v from ConfigVersion v order by v.number desc")
@NamedQuery(name = ConfigVersion.BY_NUMBER, query = "select v from ConfigVersion v where v.number = :number")
public class ConfigVersion extends TenantOwned {

    public static final String LATEST = "ConfigVersion.latest";
    public static final String BY_NUMBER = "ConfigVersion.byNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private int number;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ConfigPart part;
    @Column(updatable = false)
    private String document;
    @Column(name = "saved_by", updatable = false)
    private String savedBy;
    @Column(name = "saved_at", insertable = false, updatable = false)
    private OffsetDateTime savedAt;

    protected ConfigVersion() {
    }

    public ConfigVersion(int number, ConfigPart part, String document, String savedBy) {
        this.number = number;
        this.part = part;
        this.document = document;
        this.savedBy = savedBy;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public ConfigPart getPart() {
        return part;
    }

    public String getDocument() {
        return document;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public OffsetDateTime getSavedAt() {
        return savedAt;
    }
}
