package org.gongjian.showcase.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjian.audit.control.Audit;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.NotFoundException;
import org.gongjian.showcase.control.CityPress;
import org.gongjian.showcase.control.ShowcaseOrder;
import org.gongjian.showcase.control.ShowcaseScope;
import org.gongjian.showcase.entity.CityPick;
import org.gongjian.showcase.entity.Edition;
import org.gongjian.showcase.entity.ShowcaseEdition;

/**
 * The host's city showcase of a year (its admins only, outside any tenant): it picks and orders
 * stories the tenants published, and publishes the city's edition, whose figures are the sum of the
 * tenants' latest published figures of the year. It never reads a tenant's drafts.
 */
@Stateless
public class CityShowcases {

    @PersistenceContext
    EntityManager em;

    @Inject
    ShowcaseScope scope;

    @Inject
    Audit audit;

    @Inject
    CityPress press;

    public CityYear year(int year) {
        scope.host();
        return read(year);
    }

    /** Picks a story a tenant published this year, last in order. */
    public CityPick pick(int year, long storyId) {
        scope.host();
        checkYear(year);
        return press.pick(year, storyId);
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
        List<CityPick> picks = press.picks(year);
        List<Long> before = picks.stream().map(CityPick::getId).toList();
        List<Long> given = ShowcaseOrder.checked(before, pickIds);
        picks.forEach(p -> p.moveTo(given.indexOf(p.getId())));
        em.flush();
        audit.recordFor(null, "showcase.city.ordered", "city_showcase_year", (long) year, Map.of("picks", before), Map.of("picks", given));
        return press.picks(year);
    }

    /** Moves a pick one place up ({@code by} -1) or down (1) among its year's. */
    public List<CityPick> move(long pickId, int by) {
        scope.host();
        CityPick pick = em.find(CityPick.class, pickId);
        if (pick == null) {
            throw new NotFoundException();
        }
        return order(pick.getYear(), ShowcaseOrder.moved(press.picks(pick.getYear()).stream().map(CityPick::getId).toList(), pickId, by));
    }

    /** What publishing the city's year now would show, kept nowhere. */
    public Edition preview(int year, String title) {
        scope.host();
        checkYear(year);
        return press.edition(year, title);
    }

    /** Publishes the city's year: the picked stories as their tenants published them, and the sum of the tenants' figures. */
    public ShowcaseEdition publish(int year, String title) {
        scope.host();
        checkYear(year);
        return press.publish(year, title);
    }

    private CityYear read(int year) {
        checkYear(year);
        Optional<ShowcaseEdition> latest = press.latest(year);
        return new CityYear(year, press.published(year), press.picks(year), latest.map(ShowcaseEdition::getNumber).orElse(0),
                latest.map(ShowcaseEdition::getPublishedAt).orElse(null));
    }

    private static void checkYear(int year) {
        if (year < Showcases.FIRST_YEAR || year > Showcases.LAST_YEAR) {
            throw new BusinessException("showcase.year.range", String.valueOf(year), String.valueOf(Showcases.FIRST_YEAR),
                    String.valueOf(Showcases.LAST_YEAR));
        }
    }
}
