package org.gongjian.showcase.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gongjian.audit.control.Audit;
import org.gongjian.config.entity.Round;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.platform.DatabaseClock;
import org.gongjian.platform.Refusals;
import org.gongjian.platform.Text;
import org.gongjian.project.control.CategoryNames;
import org.gongjian.project.entity.Project;
import org.gongjian.showcase.entity.Edition;
import org.gongjian.showcase.entity.PhotoKind;
import org.gongjian.showcase.entity.ShowcaseEdition;
import org.gongjian.showcase.entity.ShowcaseStory;
import org.gongjian.showcase.entity.StoryField;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenant.control.TenantSession;
import org.gongjian.tenant.entity.Tenant;

/**
 * Makes and keeps the bound tenant's editions of a year: the stories as written with their photos,
 * the featured projects' facts and the year's figures as the data stands now. The caller checked
 * who may publish; whoever that is, the audit trail names them.
 */
@Dependent
public class EditionPress {

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
    DatabaseClock clock;

    @Inject
    Audit audit;

    @Inject
    Event<ShowcaseNews> news;

    /** What publishing the year now would show, kept nowhere. */
    public Edition edition(int year, String title) {
        String given = Text.SINGLE_LINE.stripped(title, StoryField.TITLE, MAX_TITLE);
        if (given == null) {
            throw new BusinessException("showcase.field.required", StoryField.TITLE);
        }
        Tenant own = em.find(Tenant.class, tenant.id());
        CategoryNames categories = CategoryNames.of(em.createNamedQuery(Round.ALL, Round.class).getResultList());
        List<Candidate> candidates = facts.candidates(year);
        List<Edition.Story> stories = new ArrayList<>();
        for (ShowcaseStory story : em.createNamedQuery(ShowcaseStory.OF_YEAR, ShowcaseStory.class).setParameter("year", year)
                .getResultList()) {
            Candidate candidate = candidates.stream().filter(c -> c.projectId() == story.getProjectId()).findFirst()
                    .orElseThrow(() -> new BusinessException("showcase.featured.notAccepted", story.getTitle()));
            Edition.Story s = facts.story(em.find(Project.class, story.getProjectId()), candidate, categories, own.getCode(),
                    own.getNameZh(), own.getNameEn(), story.getTitle(), story.getBody(), photos(story.getId()));
            stories.add(new Edition.Story(story.getId(), s.tenantCode(), s.tenantNameZh(), s.tenantNameEn(), s.title(), s.body(),
                    s.projectTitle(), s.categoryZh(), s.categoryEn(), s.ownerName(), s.ownerKind(), s.gradeZh(), s.gradeEn(), s.total(),
                    s.prizes(), s.goals(), s.photos()));
        }
        ZoneId zone = ZoneId.of(own.getTimeZone());
        return new Edition(given, own.getCode(), own.getNameZh(), own.getNameEn(), year,
                clock.now().atZoneSameInstant(zone).toLocalDate(), facts.figures(year, categories), stories);
    }

    /** Publishes the year as a new edition; the public pages show it once the transaction is in. */
    public ShowcaseEdition publish(int year, String title) {
        Edition content = edition(year, title);
        int number = em.createNamedQuery(ShowcaseEdition.LATEST_OF_TENANT, ShowcaseEdition.class).setParameter("tenant", tenant.id())
                .setParameter("year", year).setMaxResults(1).getResultStream().findFirst().map(ShowcaseEdition::getNumber).orElse(0) + 1;
        ShowcaseEdition edition = new ShowcaseEdition(tenant.id(), year, number, content, audit.actor());
        em.persist(edition);
        flush(em);
        copyPhotos(edition.getId(), year);
        audit.record("showcase.published", "showcase_edition", edition.getId(), null, edition.snapshot());
        news.fire(new ShowcaseNews(tenant.code(), year));
        return edition;
    }

    /** The default title of a year's showcase, in Chinese. */
    public String suggestedTitle(int year) {
        return em.find(Tenant.class, tenant.id()).getNameZh() + " " + year + " 年度项目展评";
    }

    private List<Edition.PhotoLine> photos(long storyId) {
        return em.createQuery("select p.id, p.kind from ShowcasePhoto p where p.storyId = :story order by p.id", Object[].class)
                .setParameter("story", storyId).getResultList().stream()
                .map(row -> new Edition.PhotoLine((Long) row[0], (PhotoKind) row[1])).toList();
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

    /** Writes now, so that a row someone else wrote at the same moment is refused as a conflict, not as a failure. */
    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Refusals.unique(e)) {
                throw new ConflictException("showcase.changed");
            }
            throw e;
        }
    }
}
