package org.gongjian.showcase.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.Text;
import org.gongjian.tenant.entity.TenantOwned;

/**
 * A featured project of a tenant's showcase of a year, with the story the organiser writes about it:
 * a draft, private to the tenant, until an edition of the year is published.
 */
@Entity
@Table(name = "showcase_story")
@NamedQuery(name = ShowcaseStory.OF_YEAR, query = "select s from ShowcaseStory s where s.year = :year order by s.position, s.id")
public class ShowcaseStory extends TenantOwned {

    public static final String OF_YEAR = "ShowcaseStory.ofYear";
    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private int year;
    @Column(name = "project_id", updatable = false)
    private Long projectId;
    private int position;
    private String title;
    private String body;
    @Column(name = "created_by", updatable = false)
    private String createdBy;
    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Version
    private long version;

    protected ShowcaseStory() {
    }

    /** Features a project: its story starts with the project's title and no text. */
    public ShowcaseStory(int year, long projectId, int position, String projectTitle, String by, OffsetDateTime at) {
        this.year = year;
        this.projectId = projectId;
        this.position = position;
        this.title = projectTitle;
        this.body = "";
        this.createdBy = by;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Rewrites the story; a title is required, neither is ever shortened. */
    public void write(String title, String body, String by, OffsetDateTime at) {
        String givenTitle = Text.SINGLE_LINE.stripped(title, StoryField.TITLE, MAX_TITLE);
        if (givenTitle == null) {
            throw new BusinessException("showcase.field.required", StoryField.TITLE);
        }
        String givenBody = Text.MULTI_LINE.stripped(body, StoryField.BODY, MAX_BODY);
        this.title = givenTitle;
        this.body = givenBody == null ? "" : givenBody;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", year);
        state.put("project", projectId);
        state.put("position", position);
        state.put("title", title);
        state.put("body", body);
        return state;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public Long getProjectId() {
        return projectId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
