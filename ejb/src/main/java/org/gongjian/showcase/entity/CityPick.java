package org.gongjian.showcase.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;

/** A story a tenant published, picked by the host for the city's showcase of the year, in its place. The host's row. */
@Entity
@Table(name = "city_showcase_pick")
@NamedQuery(name = CityPick.OF_YEAR, query = "select p from CityPick p where p.year = :year order by p.position, p.id")
public class CityPick {

    public static final String OF_YEAR = "CityPick.ofYear";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private int year;
    @Column(name = "tenant_id", updatable = false)
    private Long tenantId;
    @Column(name = "story_id", updatable = false)
    private Long storyId;
    private int position;
    @Column(name = "picked_by", updatable = false)
    private String pickedBy;
    @Version
    private long version;

    protected CityPick() {
    }

    public CityPick(int year, long tenantId, long storyId, int position, String by) {
        this.year = year;
        this.tenantId = tenantId;
        this.storyId = storyId;
        this.position = position;
        this.pickedBy = by;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", year);
        state.put("tenant", tenantId);
        state.put("story", storyId);
        state.put("position", position);
        return state;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public Long getStoryId() {
        return storyId;
    }

    public int getPosition() {
        return position;
    }
}
