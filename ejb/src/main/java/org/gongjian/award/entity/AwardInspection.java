package org.gongjian.award.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.Text;

/** The organiser's inspection of an application (考察): a note, or a visit with its day. Kept with the organiser; never changed. */
@Entity
@Table(name = "award_inspection")
@NamedQuery(name = AwardInspection.OF_APPLICATION, query = "select i from AwardInspection i where i.applicationId = :application"
        + " order by i.writtenAt, i.id")
public class AwardInspection {

    public static final String OF_APPLICATION = "AwardInspection.ofApplication";
    public static final int MAX_NOTE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "batch_id", updatable = false)
    private Long batchId;
    @Column(name = "application_id", updatable = false)
    private Long applicationId;
    @Column(name = "organiser_tenant_id", updatable = false)
    private Long organiserTenantId;
    @Enumerated(EnumType.STRING)
    private InspectionKind kind;
    @Column(name = "visited_on")
    private LocalDate visitedOn;
    private String note;
    @Column(name = "written_by")
    private String writtenBy;
    @Column(name = "written_at", insertable = false, updatable = false)
    private OffsetDateTime writtenAt;

    protected AwardInspection() {
    }

    /** A note (visitedOn null) or a visit on a day not after today, on an application of the batch. */
    public AwardInspection(AwardBatch batch, AwardApplication application, LocalDate visitedOn, LocalDate today, String note, String by) {
        batch.requireOpen();
        String given = Text.MULTI_LINE.stripped(note, AwardField.NOTE, MAX_NOTE);
        if (given == null) {
            throw new BusinessException("award.field.required", AwardField.NOTE);
        }
        if (visitedOn != null && visitedOn.isAfter(today)) {
            throw new BusinessException("award.visit.future", visitedOn);
        }
        this.batchId = batch.getId();
        this.applicationId = application.getId();
        this.organiserTenantId = batch.getOrganiserTenantId();
        this.kind = visitedOn == null ? InspectionKind.NOTE : InspectionKind.VISIT;
        this.visitedOn = visitedOn;
        this.note = given;
        this.writtenBy = by;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("application", applicationId);
        state.put("kind", kind);
        state.put("visitedOn", visitedOn == null ? null : visitedOn.toString());
        state.put("note", note);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public InspectionKind getKind() {
        return kind;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public String getNote() {
        return note;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public OffsetDateTime getWrittenAt() {
        return writtenAt;
    }
}
