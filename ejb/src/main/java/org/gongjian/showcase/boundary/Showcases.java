package org.gongjian.showcase.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.platform.DatabaseClock;
import org.gongjian.platform.NotFoundException;
import org.gongjian.platform.Refusals;
import org.gongjian.platform.Text;
import org.gongjian.project.boundary.ProjectLists;
import org.gongjian.project.control.AcceptedProjects;
import org.gongjian.project.control.CategoryNames;
import org.gongjian.project.control.ContentSniffer;
import org.gongjian.project.entity.FileType;
import org.gongjian.project.entity.Project;
import org.gongjian.showcase.control.Candidate;
import org.gongjian.showcase.control.ShowcaseNews;
import org.gongjian.showcase.control.YearFacts;
import org.gongjian.showcase.entity.Edition;
import org.gongjian.showcase.entity.PhotoKind;
import org.gongjian.showcase.entity.ShowcaseEdition;
import org.gongjian.showcase.entity.ShowcasePhoto;
import org.gongjian.showcase.entity.ShowcaseStory;
import org.gongjian.showcase.entity.StoryField;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenant.control.TenantRoles;
import org.gongjian.tenant.control.TenantSession;
import org.gongjian.tenant.entity.Tenant;

/**
 * A tenant's admins' work on its showcase of a year: featuring accepted projects of the year, their
 * order, their stories and photos (drafts, the tenant's own), and publishing the year: an edition
 * that keeps the stories as written, their photos, and what the data says at that moment. Every
 * change is audited with its state before and after.
 */
@Stateless
@TenantBound
@TenantRoles(Role.Names.TENANT_ADMIN)
public class Showcases {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final int MAX_TITLE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    TenantSession session;

    @Inject
    YearFacts facts;

    @Inject
    ProjectLists lists;

    @Inject
    DatabaseClock clock;

    @Inject
    Audit audit;

    @Inject
    Event<ShowcaseNews> news;

    public ShowcaseYear year(int year) {
        checkYear(year);
        List<ShowcaseStory> stories = stories(year);
        List<ShowcaseYear.PhotoRef> photos = photoRefs(stories.stream().map(ShowcaseStory::getId).toList());
        Optional<ShowcaseEdition> latest = latest(year);
        return new ShowcaseYear(year, facts.candidates(year), stories, photos, latest.map(ShowcaseEdition::getNumber).orElse(0),
                latest.map(ShowcaseEdition::getPublishedAt).orElse(null));
    }

    /** Features an accepted project of the year, last in order; its story starts with the project's title. */
    public ShowcaseStory feature(int year, long projectId) {
        checkYear(year);
        Project project = em.find(Project.class, projectId);
        if (project == null || !AcceptedProjects.gradedIn(project, year)) {
            throw new NotFoundException();
        }
        List<ShowcaseStory> stories = stories(year);
        if (stories.stream().anyMatch(s -> s.getProjectId() == projectId)) {
            throw new ConflictException("showcase.featured.already", project.getTitle());
        }
        int position = stories.stream().mapToInt(ShowcaseStory::getPosition).max().orElse(-1) + 1;
        ShowcaseStory story = new ShowcaseStory(year, projectId, position, project.getTitle(), audit.actor(), clock.now());
        em.persist(story);
        flush();
        audit.record("showcase.featured", "showcase_story", story.getId(), null, story.snapshot());
        return story;
    }

    /** Takes a project out of the showcase with its story and photos; what was published stays until the next edition. */
    public void unfeature(long storyId) {
        ShowcaseStory story = story(storyId);
        var before = story.snapshot();
        em.createQuery("select p from ShowcasePhoto p where p.storyId = :story", ShowcasePhoto.class).setParameter("story", storyId)
                .getResultList().forEach(em::remove);
        em.remove(story);
        em.flush();
        audit.record("showcase.unfeatured", "showcase_story", storyId, before, null);
    }

    /** Puts the year's featured stories in the order given: each of them once, no other. */
    public List<ShowcaseStory> order(int year, List<Long> storyIds) {
        checkYear(year);
        List<ShowcaseStory> stories = stories(year);
        List<Long> given = storyIds == null ? List.of() : storyIds;
        if (given.size() != stories.size() || !new HashSet<>(given).equals(new HashSet<>(stories.stream().map(ShowcaseStory::getId).toList()))) {
            throw new BusinessException("showcase.order.mismatch");
        }
        List<Long> before = stories.stream().map(ShowcaseStory::getId).toList();
        for (ShowcaseStory story : stories) {
            story.moveTo(given.indexOf(story.getId()));
        }
        em.flush();
        audit.record("showcase.ordered", "showcase_year", (long) year, Map.of("stories", before), Map.of("stories", given));
        return stories(year);
    }

    /** Rewrites a story's title and text. */
    public ShowcaseStory write(long storyId, String title, String body) {
        ShowcaseStory story = story(storyId);
        var before = story.snapshot();
        story.write(title, body, audit.actor(), clock.now());
        flush();
        audit.record("showcase.written", "showcase_story", storyId, before, story.snapshot());
        return story;
    }

    /** Adds a before or after photo to a story: a JPEG or PNG by its bytes, whatever its name says, up to 5 MB. */
    public ShowcasePhoto addPhoto(long storyId, PhotoKind kind, byte[] content) {
        ShowcaseStory story = story(storyId);
        if (kind == null) {
            throw new BusinessException("showcase.photo.kind");
        }
        if (content == null || content.length == 0 || content.length > ShowcasePhoto.MAX_BYTES) {
            throw new BusinessException("showcase.photo.size", ShowcasePhoto.MAX_BYTES / (1024 * 1024));
        }
        FileType type = ContentSniffer.detect(content).filter(t -> t == FileType.JPEG || t == FileType.PNG)
                .orElseThrow(() -> new BusinessException("showcase.photo.type"));
        ShowcasePhoto photo = new ShowcasePhoto(story.getId(), kind, type.mediaType(), content, audit.actor());
        em.persist(photo);
        em.flush();
        audit.record("showcase.photo.added", "showcase_photo", photo.getId(), null, photo.snapshot());
        return photo;
    }

    public void removePhoto(long photoId) {
        ShowcasePhoto photo = photo(photoId);
        var before = photo.snapshot();
        em.remove(photo);
        em.flush();
        audit.record("showcase.photo.removed", "showcase_photo", photoId, before, null);
    }

    /** A story's photos, without their bytes. */
    public List<ShowcaseYear.PhotoRef> photos(long storyId) {
        return photoRefs(List.of(story(storyId).getId()));
    }

    /** A draft photo of the tenant's, for the organiser's preview. */
    public ShowcasePhoto photo(long photoId) {
        ShowcasePhoto photo = em.find(ShowcasePhoto.class, photoId);
        if (photo == null) {
            throw new NotFoundException();
        }
        return photo;
    }

    /** What publishing the year now would show, kept nowhere. */
    public Edition preview(int year, String title) {
        checkYear(year);
        return edition(year, title);
    }

    /**
     * Publishes the year: a new edition with the stories as written, their photos, the featured
     * projects' facts and the year's figures as the data stands now. The public pages show it at once.
     */
    public ShowcaseEdition publish(int year, String title) {
        checkYear(year);
        Edition content = edition(year, title);
        int number = latest(year).map(ShowcaseEdition::getNumber).orElse(0) + 1;
        ShowcaseEdition edition = new ShowcaseEdition(tenant.id(), year, number, content, audit.actor());
        em.persist(edition);
        flush();
        copyPhotos(edition.getId(), year);
        audit.record("showcase.published", "showcase_edition", edition.getId(), null, edition.snapshot());
        news.fire(new ShowcaseNews(tenant.code(), year));
        return edition;
    }

    /** The default title of a year's showcase, in Chinese. */
    public String suggestedTitle(int year) {
        return em.find(Tenant.class, tenant.id()).getNameZh() + " " + year + " 年度项目展评";
    }

    private Edition edition(int year, String title) {
        String given = Text.SINGLE_LINE.stripped(title, StoryField.TITLE, MAX_TITLE);
        if (given == null) {
            throw new BusinessException("showcase.field.required", StoryField.TITLE);
        }
        Tenant own = em.find(Tenant.class, tenant.id());
        CategoryNames categories = lists.categoryNames();
        ShowcaseYear draft = year(year);
        List<Candidate> candidates = draft.candidates();
        List<Edition.Story> stories = new ArrayList<>();
        for (ShowcaseStory story : draft.stories()) {
            Candidate candidate = candidates.stream().filter(c -> c.projectId() == story.getProjectId()).findFirst()
                    .orElseThrow(() -> new BusinessException("showcase.featured.notAccepted", story.getTitle()));
            Edition.Story facts = this.facts.story(em.find(Project.class, story.getProjectId()), candidate, categories, own.getCode(),
                    own.getNameZh(), own.getNameEn(), story.getTitle(), story.getBody(),
                    draft.photosOf(story.getId()).stream().map(p -> new Edition.PhotoLine(p.id(), p.kind())).toList());
            stories.add(withId(facts, story.getId()));
        }
        ZoneId zone = ZoneId.of(own.getTimeZone());
        return new Edition(given, own.getCode(), own.getNameZh(), own.getNameEn(), year,
                clock.now().atZoneSameInstant(zone).toLocalDate(), facts.figures(year, categories), stories);
    }

    private static Edition.Story withId(Edition.Story s, long id) {
        return new Edition.Story(id, s.tenantCode(), s.tenantNameZh(), s.tenantNameEn(), s.title(), s.body(), s.projectTitle(),
                s.categoryZh(), s.categoryEn(), s.ownerName(), s.ownerKind(), s.gradeZh(), s.gradeEn(), s.total(), s.prizes(),
                s.goals(), s.photos());
    }

    private void copyPhotos(long editionId, int year) {
        try (PreparedStatement copy = session.connection().prepareStatement(
                "insert into showcase_edition_photo (edition_id, tenant_id, photo_id, story_id, kind, media_type, content)"
                        + " select ?, p.tenant_id, p.id, p.story_id, p.kind, p.media_type, p.content from showcase_photo p"
                        + " join showcase_story s on s.id = p.story_id and s.tenant_id = p.tenant_id"
                        + " where p.tenant_id = ? and s.year = ? on conflict (tenant_id, photo_id) do nothing")) {
            copy.setLong(1, editionId);
            copy.setLong(2, tenant.id());
            copy.setInt(3, year);
            copy.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot publish the photos", e);
        }
    }

    private Optional<ShowcaseEdition> latest(int year) {
        return em.createNamedQuery(ShowcaseEdition.LATEST_OF_TENANT, ShowcaseEdition.class).setParameter("tenant", tenant.id())
                .setParameter("year", year).setMaxResults(1).getResultStream().findFirst();
    }

    private List<ShowcaseYear.PhotoRef> photoRefs(List<Long> storyIds) {
        return storyIds.isEmpty() ? List.of()
                : em.createQuery("select p.id, p.storyId, p.kind, p.mediaType from ShowcasePhoto p where p.storyId in :stories order by p.id",
                        Object[].class).setParameter("stories", storyIds).getResultList().stream()
                .map(row -> new ShowcaseYear.PhotoRef((Long) row[0], (Long) row[1], (PhotoKind) row[2], (String) row[3])).toList();
    }

    private List<ShowcaseStory> stories(int year) {
        return em.createNamedQuery(ShowcaseStory.OF_YEAR, ShowcaseStory.class).setParameter("year", year).getResultList();
    }

    /** A featured story of the tenant's, any year. */
    public ShowcaseStory story(long storyId) {
        ShowcaseStory story = em.find(ShowcaseStory.class, storyId);
        if (story == null) {
            throw new NotFoundException();
        }
        return story;
    }

    /** Writes now, so that a row someone else wrote at the same moment is refused as a conflict, not as a failure. */
    private void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Refusals.unique(e)) {
                throw new ConflictException("showcase.changed");
            }
            throw e;
        }
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new BusinessException("showcase.year.range", String.valueOf(year), String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
    }
}
