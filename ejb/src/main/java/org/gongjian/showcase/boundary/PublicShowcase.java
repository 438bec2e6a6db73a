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
import org.gongjian.showcase.control.PublishedEditions;
import org.gongjian.showcase.control.ShowcaseScope;
import org.gongjian.showcase.entity.Edition;
import org.gongjian.showcase.entity.EditionPhoto;
import org.gongjian.tenant.entity.Tenant;

/**
 * What anyone may read of the showcase without signing in: published editions and their photos,
 * in a read-only transaction whose policies open nothing else; the editions from the read replica
 * when one is set and close enough behind ({@link PublishedEditions}), the photos from the primary. Every read is of one tenant's (or
 * the city's) latest edition of a year; an inactive tenant shows nothing.
 */
@Stateless
public class PublicShowcase {

    @PersistenceContext
    EntityManager em;

    @Inject
    ShowcaseScope scope;

    @Inject
    PublishedEditions editions;

    /** Every published year, newest first, the city's before the tenants' of a year. */
    public List<ShowcaseListing> published() {
        return editions.published().stream()
                .sorted(Comparator.comparing(ShowcaseListing::year).reversed().thenComparing(l -> !l.isCity())
                        .thenComparing(l -> l.isCity() ? "" : l.tenantCode()))
                .toList();
    }

    public Optional<PublishedShowcase> ofTenant(String tenantCode, int year) {
        return tenantCode == null ? Optional.empty() : editions.latest(tenantCode, year);
    }

    public Optional<PublishedShowcase> ofCity(int year) {
        return editions.latest(null, year);
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
        // the photos are read from the primary whichever server the edition came from
        scope.publicReader();
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
}
