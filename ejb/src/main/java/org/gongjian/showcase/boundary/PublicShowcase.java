package org.gongjian.showcase.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongjian.showcase.control.ShowcaseScope;
import org.gongjian.showcase.entity.Edition;
import org.gongjian.showcase.entity.EditionPhoto;
import org.gongjian.showcase.entity.ShowcaseEdition;
import org.gongjian.tenant.entity.Tenant;

/**
 * What anyone may read of the showcase without signing in: published editions and their photos,
 * in a read-only transaction whose policies open nothing else. Every read is of one tenant's (or
 * the city's) latest edition of a year; an inactive tenant shows nothing.
 */
@Stateless
public class PublicShowcase {

    @PersistenceContext
    EntityManager em;

    @Inject
    ShowcaseScope scope;

    /** Every published year, newest first, the city's before the tenants' of a year. */
    public List<ShowcaseListing> published() {
        scope.publicReader();
        Map<Long, Tenant> tenants = em.createQuery("select t from Tenant t where t.active = true", Tenant.class).getResultStream()
                .collect(Collectors.toMap(Tenant::getId, Function.identity()));
        return em.createNamedQuery(ShowcaseEdition.PUBLISHED, Object[].class).getResultList().stream()
                .filter(row -> row[0] == null || tenants.containsKey((Long) row[0]))
                .map(row -> row[0] == null ? new ShowcaseListing(null, null, null, (Integer) row[1])
                        : new ShowcaseListing(tenants.get((Long) row[0]).getCode(), tenants.get((Long) row[0]).getNameZh(),
                                tenants.get((Long) row[0]).getNameEn(), (Integer) row[1]))
                .sorted(Comparator.comparing(ShowcaseListing::year).reversed().thenComparing(l -> !l.isCity())
                        .thenComparing(l -> l.isCity() ? "" : l.tenantCode()))
                .toList();
    }

    public Optional<PublishedShowcase> ofTenant(String tenantCode, int year) {
        scope.publicReader();
        return tenant(tenantCode).flatMap(t -> em.createNamedQuery(ShowcaseEdition.LATEST_OF_TENANT, ShowcaseEdition.class)
                .setParameter("tenant", t.getId()).setParameter("year", year).setMaxResults(1).getResultStream().findFirst())
                .map(PublicShowcase::shown);
    }

    public Optional<PublishedShowcase> ofCity(int year) {
        scope.publicReader();
        return em.createNamedQuery(ShowcaseEdition.LATEST_OF_CITY, ShowcaseEdition.class).setParameter("year", year).setMaxResults(1)
                .getResultStream().findFirst().map(PublicShowcase::shown);
    }

    /** A photo the tenant published with a story of the year, by the id of the story's photo it was copied from. */
    public Optional<EditionPhoto> photo(String tenantCode, int year, long photoId) {
        scope.publicReader();
        return tenant(tenantCode).flatMap(t -> em.createQuery("select p from EditionPhoto p, ShowcaseEdition e where p.editionId = e.id"
                        + " and e.year = :year and p.tenantId = :tenant and p.photoId = :id", EditionPhoto.class)
                .setParameter("year", year).setParameter("tenant", t.getId()).setParameter("id", photoId).getResultStream().findFirst());
    }

    /** A tenant's published year for the printed booklet. */
    public Optional<Booklet> year(String tenantCode, int year) {
        return ofTenant(tenantCode, year).map(this::booklet);
    }

    /** The city's published year for the printed booklet. */
    public Optional<Booklet> city(int year) {
        return ofCity(year).map(this::booklet);
    }

    private Booklet booklet(PublishedShowcase shown) {
        Edition edition = shown.edition();
        List<Booklet.Page> pages = edition.stories().stream().map(story -> {
            Map<Long, EditionPhoto> photos = story.photos().isEmpty() ? Map.of()
                    : tenant(story.tenantCode()).map(t -> photos(t.getId(), story.photos().stream().map(Edition.PhotoLine::id).toList()))
                            .orElse(List.of()).stream().collect(Collectors.toMap(EditionPhoto::getPhotoId, Function.identity()));
            return new Booklet.Page(story, story.photos().stream().filter(p -> photos.containsKey(p.id()))
                    .map(p -> new Booklet.Photo(p.kind(), photos.get(p.id()).getMediaType(), photos.get(p.id()).content())).toList());
        }).toList();
        return new Booklet(edition.title(), edition.tenantNameZh(), edition.tenantNameEn(), edition.year(), edition.asOf(),
                edition.figures(), pages);
    }

    private List<EditionPhoto> photos(long tenantId, List<Long> photoIds) {
        return em.createQuery("select p from EditionPhoto p where p.tenantId = :tenant and p.photoId in :ids", EditionPhoto.class)
                .setParameter("tenant", tenantId).setParameter("ids", photoIds).getResultList();
    }

    private Optional<Tenant> tenant(String code) {
        return em.createNamedQuery(Tenant.BY_CODE, Tenant.class).setParameter("code", code).getResultStream().filter(Tenant::isActive).findFirst();
    }

    private static PublishedShowcase shown(ShowcaseEdition edition) {
        return new PublishedShowcase(edition.content(), edition.getNumber(), edition.getPublishedAt());
    }
}
