package org.gongjian.project.entity;

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

/** A submitted declaration or closure report, numbered per project and kind. Never changed. */
@Entity
@Table(name = "project_document")
@NamedQuery(name = ProjectDocument.OF_PROJECT, query = "select d from ProjectDocument d "
        + "where d.projectId = :project and d.kind = :kind order by d.number")
@NamedQuery(name = ProjectDocument.BY_NUMBER, query = "select d from ProjectDocument d "
        + "where d.projectId = :project and d.kind = :kind and d.number = :number")
public class ProjectDocument extends TenantOwned {

    public static final String OF_PROJECT = "ProjectDocument.ofProject";
    public static final String BY_NUMBER = "ProjectDocument.byNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", updatable = false)
    private Long projectId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private DocumentKind kind;
    @Column(updatable = false)
    private int number;
    @Column(updatable = false)
    private String document;
    @Column(name = "submitted_by", updatable = false)
    private String submittedBy;
    @Column(name = "submitted_at", insertable = false, updatable = false)
    private OffsetDateTime submittedAt;

    protected ProjectDocument() {
    }

    public ProjectDocument(long projectId, DocumentKind kind, int number, String document, String submittedBy) {
        this.projectId = projectId;
        this.kind = kind;
        this.number = number;
        this.document = document;
        this.submittedBy = submittedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public int getNumber() {
        return number;
    }

    public String getDocument() {
        return document;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }
}
