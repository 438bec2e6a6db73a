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

    private ProjectDocument(long projectId, DocumentKind kind, int number, Object document, String submittedBy) {
        this.projectId = projectId;
        this.kind = kind;
        this.number = number;
        this.document = DocumentJson.write(document);
        this.submittedBy = submittedBy;
    }

    /** Declaration version {@code number} of the project, as submitted. */
    public static ProjectDocument declaration(long projectId, int number, Declaration declaration, String submittedBy) {
        return new ProjectDocument(projectId, DocumentKind.DECLARATION, number, declaration, submittedBy);
    }

    /** Closure report version {@code number} of the project, as submitted. */
    public static ProjectDocument closure(long projectId, int number, Closure closure, String submittedBy) {
        return new ProjectDocument(projectId, DocumentKind.CLOSURE, number, closure, submittedBy);
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

    /** The declaration this document holds; refuses a closure report. */
    public Declaration declaration() {
        requireKind(DocumentKind.DECLARATION);
        return DocumentJson.read(document, Declaration.class);
    }

    /** The closure report this document holds; refuses a declaration. */
    public Closure closure() {
        requireKind(DocumentKind.CLOSURE);
        return DocumentJson.read(document, Closure.class);
    }

    private void requireKind(DocumentKind expected) {
        if (kind != expected) {
            throw new IllegalStateException("a " + kind + " document read as a " + expected);
        }
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }
}
