package org.gongjian.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenant.entity.TenantOwned;

/** A reviewer's comment on a project. Never changed. */
@Entity
@Table(name = "project_comment")
@NamedQuery(name = ProjectComment.OF_PROJECT, query = "select c from ProjectComment c where c.projectId = :project order by c.id")
public class ProjectComment extends TenantOwned {

    public static final String OF_PROJECT = "ProjectComment.ofProject";
    public static final int MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", updatable = false)
    private Long projectId;
    @Column(updatable = false)
    private String author;
    @Column(updatable = false)
    private String body;
    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected ProjectComment() {
    }

    public ProjectComment(long projectId, String author, String body) {
        Field.COMMENT.text().checked(body, Field.COMMENT);
        if (body == null || body.isBlank()) {
            throw new BusinessException("project.comment.required");
        }
        if (body.strip().length() > MAX_LENGTH) {
            throw new BusinessException("project.comment.tooLong", MAX_LENGTH);
        }
        this.projectId = projectId;
        this.author = author;
        this.body = body.strip();
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
