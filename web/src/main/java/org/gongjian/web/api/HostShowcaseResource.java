package org.gongjian.web.api;

import static org.gongjian.web.api.JsonBodies.required;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.platform.BusinessException;
import org.gongjian.showcase.boundary.CityShowcases;
import org.gongjian.showcase.boundary.CityYear;
import org.gongjian.showcase.entity.CityPick;
import org.gongjian.showcase.entity.Edition;
import org.gongjian.web.api.ShowcaseResource.EditionView;
import org.gongjian.web.api.ShowcaseResource.PublishForm;

/** The host's city showcase of a year: picking and ordering stories the tenants published, and publishing it. */
@Path("host/showcase")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HostShowcaseResource {

    @Inject
    CityShowcases city;

    @GET
    @Path("{year}")
    @Operation(summary = "The stories tenants published this year, the host's picks in order, and the city's latest edition")
    public CityView year(@PathParam("year") int year) {
        return CityView.of(city.year(year));
    }

    @POST
    @Path("{year}/picks")
    @Operation(summary = "Pick a story a tenant published this year")
    public Response pick(@PathParam("year") int year, PickForm form) {
        PickForm given = required(form);
        if (given.storyId() == null) {
            throw new BusinessException("showcase.story.required");
        }
        return Response.status(Response.Status.CREATED).entity(PickView.of(city.pick(year, given.storyId()))).build();
    }

    @PUT
    @Path("{year}/order")
    @Operation(summary = "Order the year's picks: every one of them once")
    public List<PickView> order(@PathParam("year") int year, OrderForm form) {
        return city.order(year, required(form).pickIds()).stream().map(PickView::of).toList();
    }

    @DELETE
    @Path("picks/{id}")
    public Response unpick(@PathParam("id") long id) {
        city.unpick(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{year}/publish")
    @Operation(summary = "Publish the city's year: the picked stories as their tenants published them, and the sum of the tenants' figures")
    public EditionView publish(@PathParam("year") int year, PublishForm form) {
        return EditionView.of(city.publish(year, required(form).title()));
    }

    public record PickForm(Long storyId) {
    }

    public record OrderForm(List<Long> pickIds) {
    }

    public record PickView(long id, int year, long tenantId, long storyId, int position) {

        static PickView of(CityPick p) {
            return new PickView(p.getId(), p.getYear(), p.getTenantId(), p.getStoryId(), p.getPosition());
        }
    }

    public record PublishedStoryView(long id, String tenantCode, String title, String ownerName) {

        static PublishedStoryView of(Edition.Story s) {
            return new PublishedStoryView(s.id(), s.tenantCode(), s.title(), s.ownerName());
        }
    }

    public record CityView(int year, List<PublishedStoryView> published, List<PickView> picks, int editionNumber, OffsetDateTime publishedAt) {

        static CityView of(CityYear y) {
            return new CityView(y.year(), y.published().stream().map(PublishedStoryView::of).toList(),
                    y.picks().stream().map(PickView::of).toList(), y.editionNumber(), y.publishedAt());
        }
    }
}
