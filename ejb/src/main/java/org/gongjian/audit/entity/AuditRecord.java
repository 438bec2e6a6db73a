package org.gongjian.audit.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One change, as it happened. Immutable: no setters, and the database refuses updates. Not an
 * EclipseLink multitenant entity because host actions have no tenant; every query names the
 * tenant explicitly and row-level security checks it again.
 */
@Entity
@Table(name = "audit_record")
@Cacheable(false)
@NamedQuery(name = AuditRecord.OF_SUBJECT, query = "select r from AuditRecord r where r.tenantId = :tenant "
        + "and r.subjectType = :type and r.subjectId = :subject order by r.at, r.id")
public class AuditRecord implements Serializable {

    public static final String OF_SUBJECT = "AuditRecord.ofSubject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "tenant_id", updatable = false)
    private Long tenantId;
    @Column(insertable = false, updatable = false)
    private OffsetDateTime at;
    @Column(updatable = false)
    private String actor;
    @Column(updatable = false)
    private String action;
    @Column(name = "subject_type", updatable = false)
    private String subjectType;
    @Column(name = "subject_id", updatable = false)
    private Long subjectId;
    @Column(name = "before_state", updatable = false)
    private String before;
    @Column(name = "after_state", updatable = false)
    private String after;

    protected AuditRecord() {
    }

    public AuditRecord(Long tenantId, String actor, String action, String subjectType, Long subjectId,
                       String before, String after) {
        this.tenantId = tenantId;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.before = before;
        this.after = after;
    }

    public Long getId() {
        return id;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
