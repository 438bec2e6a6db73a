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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenant.entity.TenantOwned;

/** Special funds granted to or spent by a project, in yuan. Never changed; a correction is a new entry. */
@Entity
@Table(name = "fund_entry")
@NamedQuery(name = FundEntry.OF_PROJECT, query = "select f from FundEntry f where f.projectId = :project order by f.entryDate, f.id")
public class FundEntry extends TenantOwned {

    public static final String OF_PROJECT = "FundEntry.ofProject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", updatable = false)
    private Long projectId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private FundKind kind;
    @Column(updatable = false, precision = 14, scale = 2)
    private BigDecimal amount;
    @Column(name = "entry_date", updatable = false)
    private LocalDate entryDate;
    @Column(updatable = false)
    private String purpose;
    @Column(name = "recorded_by", updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", insertable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected FundEntry() {
    }

    public FundEntry(long projectId, FundKind kind, BigDecimal amount, LocalDate entryDate, String purpose, String recordedBy) {
        if (kind == null) {
            throw new BusinessException("fund.kind.required");
        }
        if (entryDate == null) {
            throw new BusinessException("fund.date.required");
        }
        this.projectId = projectId;
        this.kind = kind;
        this.amount = Yuan.of(amount, false);
        this.entryDate = entryDate;
        this.purpose = Field.PURPOSE.required(purpose);
        this.recordedBy = recordedBy;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind);
        state.put("amount", amount.toPlainString());
        state.put("date", entryDate.toString());
        state.put("purpose", purpose);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public FundKind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
