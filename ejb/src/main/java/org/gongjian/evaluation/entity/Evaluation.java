package org.gongjian.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjian.platform.ConflictException;
import org.gongjian.tenant.entity.TenantOwned;
import org.gongjian.tenantconfig.EvaluationScheme;

/**
 * A tenant's evaluation of one year's accepted projects. It keeps the scheme of the year's frozen
 * round from the moment it opens, so later edits of the configuration never change its results.
 * Open, then closed; never back.
 */
@Entity
@NamedQuery(name = Evaluation.ALL, query = "select e from Evaluation e order by e.year desc")
@NamedQuery(name = Evaluation.BY_YEAR, query = "select e from Evaluation e where e.year = :year")
public class Evaluation extends TenantOwned {

    public static final String ALL = "Evaluation.all";
    public static final String BY_YEAR = "Evaluation.byYear";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private int year;
    @Column(name = "round_id", updatable = false)
    private long roundId;
    @Convert(converter = SchemeConverter.class)
    @Column(updatable = false)
    private EvaluationScheme scheme;
    @Enumerated(EnumType.STRING)
    private EvaluationStatus status;
    @Column(name = "opened_by", updatable = false)
    private String openedBy;
    @Column(name = "opened_at", insertable = false, updatable = false)
    private OffsetDateTime openedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "closed_at")
    private OffsetDateTime closedAt;
    @Version
    private long version;

    protected Evaluation() {
    }

    public Evaluation(int year, long roundId, EvaluationScheme scheme, String openedBy) {
        this.year = year;
        this.roundId = roundId;
        this.scheme = scheme;
        this.openedBy = openedBy;
        this.status = EvaluationStatus.OPEN;
    }

    /** Refuses unless the channels may still score. */
    public void requireOpen() {
        if (status != EvaluationStatus.OPEN) {
            throw new ConflictException("evaluation.closed", String.valueOf(year));
        }
    }

    /** Refuses unless the results are frozen. */
    public void requireClosed() {
        if (status != EvaluationStatus.CLOSED) {
            throw new ConflictException("evaluation.notClosed", String.valueOf(year));
        }
    }

    public void close(String by, OffsetDateTime at) {
        requireOpen();
        status = EvaluationStatus.CLOSED;
        closedBy = by;
        closedAt = at;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", year);
        state.put("status", status);
        state.put("roundId", roundId);
        return state;
    }

    public boolean isOpen() {
        return status == EvaluationStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public long getRoundId() {
        return roundId;
    }

    public EvaluationScheme getScheme() {
        return scheme;
    }

    public EvaluationStatus getStatus() {
        return status;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public OffsetDateTime getOpenedAt() {
        return openedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }
}
