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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.platform.Text;
import org.gongjian.tenantconfig.AwardTier;
import org.gongjian.tenantconfig.Window;

/**
 * A year's award batch (表彰) of one organiser: a tenant ({@link #organiserTenantId}), with the window
 * and prize counts of its frozen round, or the host (null) over the tenants' nominations, with its
 * own. Takes applications while its window is open, by the database clock in {@link #timeZone};
 * OPEN → PUBLISHED, after which nothing changes. Not a tenant's own row: the database's policies
 * say who sees it (see the package description).
 */
@Entity
@Table(name = "award_batch")
@NamedQuery(name = AwardBatch.OF_ORGANISER, query = "select b from AwardBatch b where b.organiserTenantId = :tenant order by b.year desc")
@NamedQuery(name = AwardBatch.OF_HOST, query = "select b from AwardBatch b where b.organiserTenantId is null order by b.year desc")
@NamedQuery(name = AwardBatch.OF_TENANT_YEAR, query = "select b from AwardBatch b where b.organiserTenantId = :tenant and b.year = :year")
@NamedQuery(name = AwardBatch.OF_HOST_YEAR, query = "select b from AwardBatch b where b.organiserTenantId is null and b.year = :year")
public class AwardBatch {

    public static final String OF_ORGANISER = "AwardBatch.ofOrganiser";
    public static final String OF_HOST = "AwardBatch.ofHost";
    public static final String OF_TENANT_YEAR = "AwardBatch.ofTenantYear";
    public static final String OF_HOST_YEAR = "AwardBatch.ofHostYear";
    public static final int MAX_TITLE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "organiser_tenant_id", updatable = false)
    private Long organiserTenantId;
    @Column(updatable = false)
    private int year;
    private String title;
    @Column(name = "time_zone", updatable = false)
    private String timeZone;
    @Column(name = "opens_on")
    private LocalDate opensOn;
    @Column(name = "closes_on")
    private LocalDate closesOn;
    @Column(name = "first_prizes")
    private int firstPrizes;
    @Column(name = "second_prizes")
    private int secondPrizes;
    @Column(name = "third_prizes")
    private int thirdPrizes;
    @Enumerated(EnumType.STRING)
    private BatchStatus status;
    @Column(name = "created_by", updatable = false)
    private String createdBy;
    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "published_at")
    private OffsetDateTime publishedAt;
    @Version
    private long version;

    protected AwardBatch() {
    }

    private AwardBatch(Long organiserTenantId, int year, String title, ZoneId zone, LocalDate opensOn, LocalDate closesOn,
                       PrizeCounts counts, String by) {
        if (year < 2000 || year > 2100) {
            throw new BusinessException("award.year.range", year);
        }
        String given = Text.SINGLE_LINE.stripped(title, AwardField.TITLE, MAX_TITLE);
        if (given == null) {
            throw new BusinessException("award.field.required", AwardField.TITLE);
        }
        if (opensOn == null || closesOn == null) {
            throw new BusinessException("award.window.required");
        }
        if (closesOn.isBefore(opensOn)) {
            throw new BusinessException("award.window.reversed", opensOn, closesOn);
        }
        this.organiserTenantId = organiserTenantId;
        this.year = year;
        this.title = given;
        this.timeZone = zone.getId();
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.firstPrizes = counts.first();
        this.secondPrizes = counts.second();
        this.thirdPrizes = counts.third();
        this.status = BatchStatus.OPEN;
        this.createdBy = by;
    }

    /** A tenant's batch of the year: the window of its frozen calendar, the counts of its frozen rules. */
    public static AwardBatch ofTenant(long tenantId, int year, String title, ZoneId zone, Window window, PrizeCounts counts, String by) {
        return new AwardBatch(tenantId, year, title, zone, window.opens(), window.closes(), counts, by);
    }

    /** The host's city batch of the year, dated in China Standard Time. */
    public static AwardBatch ofHost(HostBatchTerms terms, ZoneId zone, String by) {
        if (terms == null || terms.year() == null) {
            throw new BusinessException("award.year.range", "");
        }
        if (terms.first() == null || terms.second() == null || terms.third() == null) {
            throw new BusinessException("award.counts.range", PrizeCounts.MAX);
        }
        return new AwardBatch(null, terms.year(), terms.title(), zone, terms.opensOn(), terms.closesOn(),
                new PrizeCounts(terms.first(), terms.second(), terms.third()), by);
    }

    /** Whether the window takes an application on this day of the batch's zone. */
    public boolean takesApplicationsOn(LocalDate day) {
        return status == BatchStatus.OPEN && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /** Refuses an application on a day outside the window, or once published. */
    public void requireTakingApplications(LocalDate day) {
        if (!takesApplicationsOn(day)) {
            throw new ConflictException("award.window.closed", opensOn, closesOn, day);
        }
    }

    /** Refuses a decision once the list is published. */
    public void requireOpen() {
        if (status != BatchStatus.OPEN) {
            throw new ConflictException("award.batch.published");
        }
    }

    public void publish(String by, OffsetDateTime at) {
        requireOpen();
        status = BatchStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    public PrizeCounts counts() {
        return new PrizeCounts(firstPrizes, secondPrizes, thirdPrizes);
    }

    public int countOf(AwardTier tier) {
        return counts().of(tier);
    }

    public boolean isHosts() {
        return organiserTenantId == null;
    }

    public boolean isPublished() {
        return status == BatchStatus.PUBLISHED;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", year);
        state.put("title", title);
        state.put("window", opensOn + "/" + closesOn + " " + timeZone);
        state.put("prizes", firstPrizes + "/" + secondPrizes + "/" + thirdPrizes);
        state.put("status", status);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganiserTenantId() {
        return organiserTenantId;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public int getFirstPrizes() {
        return firstPrizes;
    }

    public int getSecondPrizes() {
        return secondPrizes;
    }

    public int getThirdPrizes() {
        return thirdPrizes;
    }

    public BatchStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }
}
