package org.gongjian.showcase.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.platform.DatabaseClock;
import org.gongjian.platform.NotFoundException;
import org.gongjian.project.control.AcceptedProjects;
import org.gongjian.project.control.ContentSniffer;
import org.gongjian.project.entity.FileType;
import org.gongjian.project.entity.Project;
import org.gongjian.showcase.control.EditionPress;
import org.gongjian.showcase.control.ShowcaseOrder;
import org.gongjian.showcase.control.YearFacts;
import org.gongjian.showcase.entity.Edition;
import org.gongjian.showcase.entity.PhotoKind;
import org.gongjian.showcase.entity.ShowcaseEdition;
import org.gongjian.showcase.entity.ShowcasePhoto;
import org.gongjian.showcase.entity.ShowcaseStory;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenant.control.TenantRoles;

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
    public static final int MAX_TITLE = EditionPress.MAX_TITLE;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    YearFacts facts;

    @Inject
    DatabaseClock clock;

    @Inject
    Audit audit;

    @Inject
    EditionPress press;

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
        EditionPress.flush(em);
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
        List<Long> before = stories.stream().map(ShowcaseStory::getId).toList();
        List<Long> given = ShowcaseOrder.checked(before, storyIds);
        for (ShowcaseStory story : stories) {
            story.moveTo(given.indexOf(story.getId()));
        }
        em.flush();
        audit.record("showcase.ordered", "showcase_year", (long) year, Map.of("stories", before), Map.of("stories", given));
        return stories(year);
    }

    /** Moves a featured story one place up ({@code by} -1) or down (1) among its year's. */
    public List<ShowcaseStory> move(long storyId, int by) {
        int year = story(storyId).getYear();
        return order(year, ShowcaseOrder.moved(stories(year).stream().map(ShowcaseStory::getId).toList(), storyId, by));
    }

    /** Rewrites a story's title and text. */
    public ShowcaseStory write(long storyId, String title, String body) {
        ShowcaseStory story = story(storyId);
        var before = story.snapshot();
        story.write(title, body, audit.actor(), clock.now());
        EditionPress.flush(em);
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
        return press.edition(year, title);
    }

    /**
     * Publishes the year: a new edition with the stories as written, their photos, the featured
     * projects' facts and the year's figures as the data stands now. The public pages show it at once.
     */
    public ShowcaseEdition publish(int year, String title) {
        checkYear(year);
        return press.publish(year, title);
    }

    /** The default title of a year's showcase, in Chinese. */
    public String suggestedTitle(int year) {
        return press.suggestedTitle(year);
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

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new BusinessException("showcase.year.range", String.valueOf(year), String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
    }
}
