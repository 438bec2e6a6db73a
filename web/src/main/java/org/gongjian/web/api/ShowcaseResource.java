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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.gongjian.award.control.Prize;
import org.gongjian.platform.BusinessException;
import org.gongjian.showcase.boundary.ShowcaseYear;
import org.gongjian.showcase.boundary.Showcases;
import org.gongjian.showcase.control.Candidate;
import org.gongjian.showcase.entity.Edition;
import org.gongjian.showcase.entity.PhotoKind;
import org.gongjian.showcase.entity.ShowcaseEdition;
import org.gongjian.showcase.entity.ShowcasePhoto;
import org.gongjian.showcase.entity.ShowcaseStory;

/** A tenant's showcase of a year as its admins prepare and publish it, through the same boundary as the pages. */
@Path("t/{code}/showcase")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShowcaseResource {

    @Inject
    Showcases showcases;

    @GET
    @Path("{year}")
    @Operation(summary = "The year's candidates (accepted projects, prized and highly graded first), featured stories in order, photos and latest edition")
    public YearView year(@PathParam("year") int year) {
        return YearView.of(showcases.year(year));
    }

    @POST
    @Path("{year}/stories")
    @Operation(summary = "Feature an accepted project of the year; its story starts with the project's title")
    public Response feature(@PathParam("year") int year, FeatureForm form) {
        FeatureForm given = required(form);
        if (given.projectId() == null) {
            throw new BusinessException("showcase.project.required");
        }
        return Response.status(Response.Status.CREATED).entity(StoryView.of(showcases.feature(year, given.projectId()))).build();
    }

    @PUT
    @Path("{year}/order")
    @Operation(summary = "Order the year's featured stories: every one of them once")
    public List<StoryView> order(@PathParam("year") int year, OrderForm form) {
        return showcases.order(year, required(form).storyIds()).stream().map(StoryView::of).toList();
    }

    @PUT
    @Path("stories/{id}")
    @Operation(summary = "Rewrite a story's title and text")
    public StoryView write(@PathParam("id") long id, StoryForm form) {
        StoryForm given = required(form);
        return StoryView.of(showcases.write(id, given.title(), given.body()));
    }

    @DELETE
    @Path("stories/{id}")
    @Operation(summary = "Take the project out of the showcase, with its story and photos")
    public Response unfeature(@PathParam("id") long id) {
        showcases.unfeature(id);
        return Response.noContent().build();
    }

    @POST
    @Path("stories/{id}/photos")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Add a before or after photo: a JPEG or PNG by its content, at most 5 MB")
    public Response addPhoto(@PathParam("id") long id, @QueryParam("kind") String kind,
                             @RequestBody(description = "the photo's bytes") InputStream body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes(ShowcasePhoto.MAX_BYTES + 1);
        ShowcasePhoto photo = showcases.addPhoto(id, kind(kind), content);
        return Response.status(Response.Status.CREATED).entity(new PhotoView(photo.getId(), photo.getStoryId(), photo.getKind(),
                photo.getMediaType())).build();
    }

    @GET
    @Path("photos/{id}")
    @Produces({"image/jpeg", "image/png"})
    @Operation(summary = "A draft photo, for the organiser's preview")
    public Response photo(@PathParam("id") long id) {
        ShowcasePhoto photo = showcases.photo(id);
        return Response.ok(photo.content(), photo.getMediaType()).header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store").build();
    }

    @DELETE
    @Path("photos/{id}")
    public Response removePhoto(@PathParam("id") long id) {
        showcases.removePhoto(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{year}/preview")
    @Operation(summary = "What publishing the year now would show, kept nowhere")
    public Edition preview(@PathParam("year") int year, PublishForm form) {
        return showcases.preview(year, required(form).title());
    }

    @POST
    @Path("{year}/publish")
    @Operation(summary = "Publish the year: a new edition the public pages show at once")
    public EditionView publish(@PathParam("year") int year, PublishForm form) {
        return EditionView.of(showcases.publish(year, required(form).title()));
    }

    private static PhotoKind kind(String kind) {
        try {
            return kind == null ? null : PhotoKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("showcase.photo.kind");
        }
    }

    public record FeatureForm(Long projectId) {
    }

    public record OrderForm(List<Long> storyIds) {
    }

    public record StoryForm(String title, String body) {
    }

    public record PublishForm(String title) {
    }

    public record CandidateView(long projectId, String title, String ownerName, String gradeKey, BigDecimal total, List<String> prizes,
                                Long storyId) {

        static CandidateView of(Candidate c, ShowcaseStory story) {
            return new CandidateView(c.projectId(), c.title(), c.ownerName(), c.grade() == null ? null : c.grade().gradeKey(),
                    c.grade() == null ? null : c.grade().total(), c.prizes().stream().map(Prize::tier).map(Enum::name).toList(),
                    story == null ? null : story.getId());
        }
    }

    public record StoryView(long id, long projectId, int position, String title, String body) {

        static StoryView of(ShowcaseStory s) {
            return new StoryView(s.getId(), s.getProjectId(), s.getPosition(), s.getTitle(), s.getBody());
        }
    }

    public record PhotoView(long id, long storyId, PhotoKind kind, String mediaType) {
    }

    public record YearView(int year, List<CandidateView> candidates, List<StoryView> stories, List<PhotoView> photos, int editionNumber,
                           OffsetDateTime publishedAt) {

        static YearView of(ShowcaseYear y) {
            return new YearView(y.year(), y.candidates().stream().map(c -> CandidateView.of(c, y.storyOf(c.projectId()))).toList(),
                    y.stories().stream().map(StoryView::of).toList(),
                    y.photos().stream().map(p -> new PhotoView(p.id(), p.storyId(), p.kind(), p.mediaType())).toList(),
                    y.editionNumber(), y.publishedAt());
        }
    }

    public record EditionView(long id, int year, int number, String title, List<Long> storyIds) {

        static EditionView of(ShowcaseEdition e) {
            return new EditionView(e.getId(), e.getYear(), e.getNumber(), e.content().title(),
                    e.content().stories().stream().map(Edition.Story::id).toList());
        }
    }
}
