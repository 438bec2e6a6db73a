package org.gongjian.showcase.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjian.audit.control.Audit;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.platform.DatabaseClock;
import org.gongjian.platform.NotFoundException;
import org.gongjian.platform.Text;
import org.gongjian.showcase.entity.CityPick;
import org.gongjian.showcase.entity.Edition;
import org.gongjian.showcase.entity.ShowcaseEdition;
import org.gongjian.showcase.entity.StoryField;

/**
 * The city's picks and editions of a year, in a transaction bound to the host: the caller checked
 * who may make them; the audit trail names whoever that is.
 */
@Dependent
public class CityPress {

    /** The host's days are China Standard Time's. */
    private static final ZoneId HOST_ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    EntityManager em;

    @Inject
    DatabaseClock clock;

    @Inject
    Audit audit;

    @Inject
    Event<ShowcaseNews> news;

    /** The stories of each tenant's latest edition of the year. */
    public List<Edition.Story> published(int year) {
        return latestOfTenants(year).values().stream().flatMap(e -> e.content().stories().stream()).toList();
    }

    /** Picks a story a tenant published this year, last in order. */
    public CityPick pick(int year, long storyId) {
        Map<Long, ShowcaseEdition> editions = latestOfTenants(year);
        ShowcaseEdition edition = editions.values().stream()
                .filter(e -> e.content().stories().stream().anyMatch(s -> s.id() == storyId)).findFirst()
                .orElseThrow(NotFoundException::new);
        List<CityPick> picks = picks(year);
        if (picks.stream().anyMatch(p -> p.getStoryId() == storyId)) {
            throw new ConflictException("showcase.featured.already", edition.content().stories().stream()
                    .filter(s -> s.id() == storyId).findFirst().orElseThrow().title());
        }
        int position = picks.stream().mapToInt(CityPick::getPosition).max().orElse(-1) + 1;
        CityPick pick = new CityPick(year, edition.getTenantId(), storyId, position, audit.actor());
        em.persist(pick);
        EditionPress.flush(em);
        audit.recordFor(null, "showcase.city.picked", "city_showcase_pick", pick.getId(), null, pick.snapshot());
        return pick;
    }

    /** What publishing the city's year now would show: the picked stories as their tenants published them, the sum of their figures. */
    public Edition edition(int year, String title) {
        String given = Text.SINGLE_LINE.stripped(title, StoryField.TITLE, EditionPress.MAX_TITLE);
        if (given == null) {
            throw new BusinessException("showcase.field.required", StoryField.TITLE);
        }
        Map<Long, ShowcaseEdition> editions = latestOfTenants(year);
        List<Edition.Story> published = editions.values().stream().flatMap(e -> e.content().stories().stream()).toList();
        List<Edition.Story> stories = new ArrayList<>();
        for (CityPick pick : picks(year)) {
            stories.add(published.stream().filter(s -> s.id() == pick.getStoryId()).findFirst()
                    .orElseThrow(() -> new BusinessException("showcase.city.gone", String.valueOf(pick.getStoryId()))));
        }
        List<Edition.YearFigures> figures = editions.values().stream().map(e -> e.content().figures()).toList();
        return new Edition(given, null, null, null, year, clock.now().atZoneSameInstant(HOST_ZONE).toLocalDate(), CityFigures.sum(figures),
                stories);
    }

    public ShowcaseEdition publish(int year, String title) {
        Edition content = edition(year, title);
        int number = latest(year).map(ShowcaseEdition::getNumber).orElse(0) + 1;
        ShowcaseEdition edition = new ShowcaseEdition(null, year, number, content, audit.actor());
        em.persist(edition);
        EditionPress.flush(em);
        audit.recordFor(null, "showcase.city.published", "showcase_edition", edition.getId(), null, edition.snapshot());
        news.fire(new ShowcaseNews(null, year));
        return edition;
    }

    public Optional<ShowcaseEdition> latest(int year) {
        return em.createNamedQuery(ShowcaseEdition.LATEST_OF_CITY, ShowcaseEdition.class).setParameter("year", year).setMaxResults(1)
                .getResultStream().findFirst();
    }

    public List<CityPick> picks(int year) {
        return em.createNamedQuery(CityPick.OF_YEAR, CityPick.class).setParameter("year", year).getResultList();
    }

    /** Each tenant's latest edition of the year, by tenant. */
    private Map<Long, ShowcaseEdition> latestOfTenants(int year) {
        Map<Long, ShowcaseEdition> editions = new LinkedHashMap<>();
        em.createNamedQuery(ShowcaseEdition.OF_TENANTS_YEAR, ShowcaseEdition.class).setParameter("year", year).getResultList()
                .forEach(e -> editions.putIfAbsent(e.getTenantId(), e));
        return editions;
    }

}
