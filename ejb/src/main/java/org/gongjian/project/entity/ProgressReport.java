package org.gongjian.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.gongjian.tenant.entity.TenantOwned;

/**
 * The owner's progress report, numbered per project: text and figures against the declared
 * goals. Never changed; a correction is the next report.
 */
@Entity
@Table(name = "progress_report")
@NamedQuery(name = ProgressReport.OF_PROJECT, query = "select r from ProgressReport r where r.projectId = :project order by r.number")
@NamedQuery(name = ProgressReport.LAST_NUMBER, query = "select coalesce(max(r.number), 0) from ProgressReport r where r.projectId = :project")
public class ProgressReport extends TenantOwned {

    public static final String OF_PROJECT = "ProgressReport.ofProject";
    public static final String LAST_NUMBER = "ProgressReport.lastNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", updatable = false)
    private Long projectId;
    @Column(updatable = false)
    private int number;
    @Column(updatable = false)
    private String body;
    @Column(updatable = false)
    @Convert(converter = FiguresConverter.class)
    private Figures figures;
    @Column(name = "submitted_by", updatable = false)
    private String submittedBy;
    @Column(name = "submitted_at", insertable = false, updatable = false)
    private OffsetDateTime submittedAt;

    protected ProgressReport() {
    }

    public ProgressReport(long projectId, int number, String body, Figures figures, String submittedBy) {
        this.projectId = projectId;
        this.number = number;
        this.body = Field.REPORT.required(body);
        this.figures = figures;
        this.submittedBy = submittedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public int getNumber() {
        return number;
    }

    public String getBody() {
        return body;
    }

    public Figures getFigures() {
        return figures;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }
}
