package org.gongjian.config.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenant.entity.TenantOwned;

/**
 * A tenant's yearly cycle. It freezes the configuration version it opens with: whatever the
 * tenant edits later, this year is scored on the frozen version. Open, then finished; never back.
 */
@Entity
@NamedQuery(name = Round.ALL, query = "select r from Round r join fetch r.frozen order by r.year desc")
@NamedQuery(name = Round.BY_YEAR, query = "select r from Round r join fetch r.frozen where r.year = :year")
public class Round extends TenantOwned {

    public static final String ALL = "Round.all";
    public static final String BY_YEAR = "Round.byYear";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private int year;
    @Enumerated(EnumType.STRING)
    private RoundStatus status;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "config_version_id", updatable = false)
    private ConfigVersion frozen;
    @Column(name = "opened_by", updatable = false)
    private String openedBy;
    @Column(name = "opened_at", insertable = false, updatable = false)
    private OffsetDateTime openedAt;
    @Column(name = "finished_by")
    private String finishedBy;
    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;
    @Version
    private long version;

    protected Round() {
    }

    private Round(int year, ConfigVersion frozen, String openedBy) {
        this.year = year;
        this.frozen = frozen;
        this.openedBy = openedBy;
        this.status = RoundStatus.OPEN;
    }

    /** Opens the year's round on the given version, which it keeps from now on. */
    public static Round open(int year, ConfigVersion frozen, String openedBy) {
        if (frozen == null) {
            throw new BusinessException("round.open.noConfiguration");
        }
        return new Round(year, frozen, openedBy);
    }

    public void finish(String by, OffsetDateTime at) {
        if (status != RoundStatus.OPEN) {
            throw new BusinessException("round.finish.notOpen", String.valueOf(year));
        }
        status = RoundStatus.FINISHED;
        finishedBy = by;
        finishedAt = at;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", year);
        state.put("status", status);
        state.put("configVersion", frozen.getNumber());
        return state;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public ConfigVersion getFrozen() {
        return frozen;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public OffsetDateTime getOpenedAt() {
        return openedAt;
    }

    public String getFinishedBy() {
        return finishedBy;
    }

    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }
}
