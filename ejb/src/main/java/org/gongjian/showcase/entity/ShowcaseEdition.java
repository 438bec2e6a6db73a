package org.gongjian.showcase.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A published showcase of a year, numbered per publisher and year: a tenant's ({@link #tenantId})
 * or the city's (null). Never changed; publishing again adds the next number, and the latest is
 * the one shown. Not a tenant's own row: the database's policies say who sees it.
 */
@Entity
@Table(name = "showcase_edition")
@NamedQuery(name = ShowcaseEdition.LATEST_OF_TENANT, query = "select e from ShowcaseEdition e where e.tenantId = :tenant and e.year = :year order by e.number desc")
@NamedQuery(name = ShowcaseEdition.LATEST_OF_CITY, query = "select e from ShowcaseEdition e where e.tenantId is null and e.year = :year order by e.number desc")
@NamedQuery(name = ShowcaseEdition.OF_TENANTS_YEAR, query = "select e from ShowcaseEdition e where e.tenantId is not null and e.year = :year order by e.tenantId, e.number desc")
public class ShowcaseEdition {

    public static final String LATEST_OF_TENANT = "ShowcaseEdition.latestOfTenant";
    public static final String LATEST_OF_CITY = "ShowcaseEdition.latestOfCity";
    public static final String OF_TENANTS_YEAR = "ShowcaseEdition.ofTenantsYear";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "tenant_id", updatable = false)
    private Long tenantId;
    @Column(updatable = false)
    private int year;
    @Column(updatable = false)
    private int number;
    @Basic
    @Convert(converter = EditionConverter.class)
    @Column(updatable = false)
    private Edition content;
    @Column(name = "published_by", updatable = false)
    private String publishedBy;
    @Column(name = "published_at", insertable = false, updatable = false)
    private OffsetDateTime publishedAt;

    protected ShowcaseEdition() {
    }

    /** The {@code number}th edition of the publisher's year: a tenant's, or the city's with {@code tenantId} null. */
    public ShowcaseEdition(Long tenantId, int year, int number, Edition content, String by) {
        this.tenantId = tenantId;
        this.year = year;
        this.number = number;
        this.content = content;
        this.publishedBy = by;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", year);
        state.put("number", number);
        state.put("title", content.title());
        state.put("stories", content.stories().stream().map(Edition.Story::id).toList());
        state.put("projects", content.figures().projects());
        return state;
    }

    public Long getId() {
        return id;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public int getYear() {
        return year;
    }

    public int getNumber() {
        return number;
    }

    public Edition content() {
        return content;
    }

    /** When it was published, by the database clock; read back from the database only. */
    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
