package org.gongjian.showcase.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjian.audit.control.Audit;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.platform.DatabaseClock;
import org.gongjian.platform.NotFoundException;
import org.gongjian.platform.Refusals;
import org.gongjian.platform.Text;
import org.gongjian.showcase.control.CityFigures;
import org.gongjian.showcase.control.ShowcaseNews;
import org.gongjian.showcase.control.ShowcaseScope;
import org.gongjian.showcase.entity.CityPick;
import org.gongjian.showcase.entity.Edition;
import org.gongjian.showcase.entity.ShowcaseEdition;
import org.gongjian.showcase.entity.StoryField;

/**
 * The host's city showcase of a year (its admins only, outside any tenant): it picks and orders
 * stories the tenants published, and publishes the city's edition, whose figures are the sum of the
 * tenants' latest published figures of the year. It never reads a tenant's drafts.
 */
@Stateless
public class CityShowcases {

    /** The host's days are China Standard Time's. */
    static final ZoneId HOST_ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    EntityManager em;

    @Inject
    ShowcaseScope scope;

    @Inject
    DatabaseClock clock;

    @Inject
    Audit audit;

    @Inject
    Event<ShowcaseNews> news;

    public CityYear year(int year) {
        scope.host();
        return read(year);
    }

    /** Picks a story a tenant published this year, last in order. */
    public CityPick pick(int year, long storyId) {
        scope.host();
        CityYear city = read(year);
        Edition.Story story = city.published().stream().filter(s -> s.id() == storyId).findFirst().orElseThrow(NotFoundException::new);
        if (city.pickOf(story) != null) {
            throw new ConflictException("showcase.featured.already", story.title());
        }
        long tenantId = latestOfTenants(year).values().stream().filter(e -> e.content().stories().stream().anyMatch(s -> s.id() == storyId)).findFirst()
                .map(ShowcaseEdition::getTenantId).orElseThrow(NotFoundException::new);
        int position = city.picks().stream().mapToInt(CityPick::getPosition).max().orElse(-1) + 1;
        CityPick pick = new CityPick(year, tenantId, storyId, position, audit.actor());
        em.persist(pick);
        flush();
        audit.recordFor(null, "showcase.city.picked", "city_showcase_pick", pick.getId(), null, pick.snapshot());
        return pick;
    }

    public void unpick(long pickId) {
        scope.host();
        CityPick pick = em.find(CityPick.class, pickId);
        if (pick == null) {
            throw new NotFoundException();
        }
        var before = pick.snapshot();
        em.remove(pick);
        em.flush();
        audit.recordFor(null, "showcase.city.unpicked", "city_showcase_pick", pickId, before, null);
    }

    /** Puts the year's picks in the order given: each of them once, no other. */
    public List<CityPick> order(int year, List<Long> pickIds) {
        scope.host();
        List<CityPick> picks = picks(year);
        List<Long> given = pickIds == null ? List.of() : pickIds;
        if (given.size() != picks.size() || !new HashSet<>(given).equals(new HashSet<>(picks.stream().map(CityPick::getId).toList()))) {
            throw new BusinessException("showcase.order.mismatch");
        }
        List<Long> before = picks.stream().map(CityPick::getId).toList();
        picks.forEach(p -> p.moveTo(given.indexOf(p.getId())));
        em.flush();
        audit.recordFor(null, "showcase.city.ordered", "city_showcase_year", (long) year, Map.of("picks", before), Map.of("picks", given));
        return picks(year);
    }

    /** What publishing the city's year now would show, kept nowhere. */
    public Edition preview(int year, String title) {
        scope.host();
        return edition(year, title);
    }

    /** Publishes the city's year: the picked stories as their tenants published them, and the sum of the tenants' figures. */
    public ShowcaseEdition publish(int year, String title) {
        scope.host();
        Edition content = edition(year, title);
        int number = latest(year).map(ShowcaseEdition::getNumber).orElse(0) + 1;
        ShowcaseEdition edition = new ShowcaseEdition(null, year, number, content, audit.actor());
        em.persist(edition);
        flush();
        audit.recordFor(null, "showcase.city.published", "showcase_edition", edition.getId(), null, edition.snapshot());
        news.fire(new ShowcaseNews(null, year));
        return edition;
    }

    private Edition edition(int year, String title) {
        String given = Text.SINGLE_LINE.stripped(title, StoryField.TITLE, Showcases.MAX_TITLE);
        if (given == null) {
            throw new BusinessException("showcase.field.required", StoryField.TITLE);
        }
        CityYear city = read(year);
        List<Edition.Story> stories = new ArrayList<>();
        for (CityPick pick : city.picks()) {
            Edition.Story story = city.storyOf(pick);
            if (story == null) {
                throw new BusinessException("showcase.city.gone", String.valueOf(pick.getStoryId()));
            }
            stories.add(story);
        }
        List<Edition.YearFigures> figures = latestOfTenants(year).values().stream().map(e -> e.content().figures()).toList();
        return new Edition(given, null, null, null, year, clock.now().atZoneSameInstant(HOST_ZONE).toLocalDate(), CityFigures.sum(figures),
                stories);
    }

    private CityYear read(int year) {
        if (year < Showcases.FIRST_YEAR || year > Showcases.LAST_YEAR) {
            throw new BusinessException("showcase.year.range", String.valueOf(year), String.valueOf(Showcases.FIRST_YEAR),
                    String.valueOf(Showcases.LAST_YEAR));
        }
        List<Edition.Story> published = latestOfTenants(year).values().stream().flatMap(e -> e.content().stories().stream()).toList();
        Optional<ShowcaseEdition> latest = latest(year);
        return new CityYear(year, published, picks(year), latest.map(ShowcaseEdition::getNumber).orElse(0),
                latest.map(ShowcaseEdition::getPublishedAt).orElse(null));
    }

    /** Each tenant's latest edition of the year, by tenant. */
    private Map<Long, ShowcaseEdition> latestOfTenants(int year) {
        Map<Long, ShowcaseEdition> editions = new LinkedHashMap<>();
        em.createNamedQuery(ShowcaseEdition.OF_TENANTS_YEAR, ShowcaseEdition.class).setParameter("year", year).getResultList()
                .forEach(e -> editions.putIfAbsent(e.getTenantId(), e));
        return editions;
    }

    private Optional<ShowcaseEdition> latest(int year) {
        return em.createNamedQuery(ShowcaseEdition.LATEST_OF_CITY, ShowcaseEdition.class).setParameter("year", year).setMaxResults(1)
                .getResultStream().findFirst();
    }

    private List<CityPick> picks(int year) {
        return em.createNamedQuery(CityPick.OF_YEAR, CityPick.class).setParameter("year", year).getResultList();
    }

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
}
