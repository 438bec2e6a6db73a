package org.gongjian.web.api;

import static org.gongjian.web.api.JsonBodies.required;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.claim.boundary.CityBoardPage;
import org.gongjian.claim.boundary.JoinRequests;
import org.gongjian.claim.boundary.PublicBoard;
import org.gongjian.claim.boundary.PublicBoards;
import org.gongjian.claim.boundary.PublicItem;
import org.gongjian.claim.boundary.PublicItemPage;
import org.gongjian.claim.entity.BoardMode;
import org.gongjian.claim.entity.ItemStatus;
import org.gongjian.claim.entity.JoinForm;
import org.gongjian.claim.entity.JoinRequest;
import org.gongjian.claim.entity.JoinStatus;
import org.gongjian.claimant.entity.ClaimantKind;
import org.gongjian.platform.NotFoundException;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.web.security.ClientAddress;

/**
 * The claim boards for anyone, without signing in: what is published and nothing else. An
 * organisation not yet registered asks to join here too.
 */
@Path("public/boards")
@Produces(MediaType.APPLICATION_JSON)
public class PublicBoardsResource {

    @Inject
    PublicBoards boards;

    @Inject
    JoinRequests requests;

    @Inject
    ClientAddress clientAddress;

    @GET
    @Operation(summary = "Published items of every tenant (or of one), in a sector, matching a search; open ones first by the soonest deadline, then ended ones, paged")
    public CityView city(@QueryParam("tenant") String tenant, @QueryParam("sector") String sector, @QueryParam("q") String search,
                         @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("20") int size) {
        CityBoardPage page = boards.city(tenant, sector, search, first, size);
        return new CityView(page.items().stream().map(ItemView::of).toList(), page.total(), page.more(), page.first(), page.size());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "A tenant's board of a year (its latest without one): sectors in order and their published items")
    public BoardView board(@PathParam("code") String code, @QueryParam("year") Integer year) {
        PublicBoard board = boards.board(code, year).orElseThrow(NotFoundException::new);
        return new BoardView(board.tenantCode(), board.tenantNameZh(), board.tenantNameEn(), board.year(), board.title(), board.mode(),
                board.sectors().stream().map(sector -> new SectorView(sector.id(), sector.name())).toList(),
                board.items().stream().map(ItemView::of).toList());
    }

    @GET
    @Path("{code}/items/{itemId}")
    @Operation(summary = "A published item with its contact, the organisations holding its places and how their projects stand")
    public ItemPageView item(@PathParam("code") String code, @PathParam("itemId") long itemId) {
        PublicItemPage page = boards.item(code, itemId).orElseThrow(NotFoundException::new);
        return new ItemPageView(ItemView.of(page.item()), page.contact(),
                page.holders().stream().map(holder -> new HolderView(holder.name(), holder.projectStatus())).toList(), page.photoIds());
    }

    @GET
    @Path("{code}/places")
    @Operation(summary = "The places left on each item of the board, for polling: answers 304 to an If-None-Match of its ETag")
    public Response places(@PathParam("code") String code, @QueryParam("year") Integer year, @Context Request request) {
        PublicBoard board = boards.board(code, year).orElseThrow(NotFoundException::new);
        Map<String, Integer> places = new LinkedHashMap<>();
        board.items().forEach(item -> places.put(Long.toString(item.id()), item.remaining()));
        EntityTag tag = new EntityTag(digest(board.year() + ":" + places));
        CacheControl revalidate = new CacheControl();
        revalidate.setNoCache(true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return (unchanged != null ? unchanged : Response.ok(new PlacesView(board.year(), places)))
                .tag(tag).cacheControl(revalidate).build();
    }

    @POST
    @Path("{code}/join-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "An organisation not yet registered asks to join the tenant; its admins decide")
    public Response askToJoin(@PathParam("code") String code, JoinForm form, @Context HttpServletRequest request) {
        JoinRequest asked = requests.ask(code, required(form), clientAddress.of(request));
        return Response.status(Response.Status.CREATED).entity(new AskedView(asked.getName(), asked.getKind(), asked.getStatus())).build();
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record CityView(List<ItemView> items, long total, boolean more, int first, int size) {
    }

    public record BoardView(String tenantCode, String tenantNameZh, String tenantNameEn, int year, String title, BoardMode mode,
                            List<SectorView> sectors, List<ItemView> items) {
    }

    public record SectorView(long id, String name) {
    }

    /** A published or closed item; {@code phase} is where its claiming stands by the database's clock. */
    public record ItemView(long id, String tenantCode, String tenantNameZh, String tenantNameEn, long sectorId, String sector,
                           String title, String need, String expectedResults, String offer, BigDecimal offeredFunds, int capacity,
                           int accepted, int remaining, OffsetDateTime opensAt, OffsetDateTime closesAt, ItemStatus status,
                           PublicItem.Phase phase) {

        static ItemView of(PublicItem item) {
            return new ItemView(item.id(), item.tenantCode(), item.tenantNameZh(), item.tenantNameEn(), item.sectorId(), item.sector(),
                    item.title(), item.need(), item.expectedResults(), item.offer(), item.offeredFunds(), item.capacity(),
                    item.accepted(), item.remaining(), item.opensAt(), item.closesAt(), item.status(), item.phase());
        }
    }

    public record ItemPageView(ItemView item, String contact, List<HolderView> holders, List<Long> photoIds) {
    }

    public record HolderView(String name, ProjectStatus projectStatus) {
    }

    public record PlacesView(int year, Map<String, Integer> places) {
    }

    public record AskedView(String name, ClaimantKind kind, JoinStatus status) {
    }
}
