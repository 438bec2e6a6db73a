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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.claim.boundary.Boards;
import org.gongjian.claim.entity.BoardMode;
import org.gongjian.claim.entity.ClaimBoard;
import org.gongjian.claim.entity.ItemDetails;
import org.gongjian.claim.entity.Sector;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.NotFoundException;
import org.gongjian.web.api.BoardItemsResource.ItemView;

/** The tenant's claim boards, their sectors and items as its admins keep them, through the same boundary as the pages. */
@Path("t/{code}/boards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BoardsResource {

    @Inject
    Boards boards;

    @GET
    @Operation(summary = "The tenant's claim boards, newest year first (admins)")
    public List<BoardView> list() {
        return boards.boards().stream().map(BoardView::of).toList();
    }

    @POST
    @Operation(summary = "Open the board of a year whose round is open; its claims open projects of one of that round's categories")
    public Response create(BoardForm form) {
        BoardForm board = required(form);
        if (board.year() == null) {
            throw new BusinessException("board.year.invalid", 2000, 2100);
        }
        return created(BoardView.of(boards.createBoard(board.year(), board.title(), board.mode(), board.categoryKey())));
    }

    @GET
    @Path("{boardId}")
    public BoardView get(@PathParam("boardId") long boardId) {
        return BoardView.of(boards.board(boardId));
    }

    @PUT
    @Path("{boardId}")
    @Operation(summary = "Change the board's title, category and (while no item is published) how claims are decided; the year stays")
    public BoardView edit(@PathParam("boardId") long boardId, BoardForm form) {
        BoardForm board = required(form);
        return BoardView.of(boards.editBoard(boardId, board.title(), board.mode(), board.categoryKey()));
    }

    @GET
    @Path("{boardId}/sectors")
    @Operation(summary = "The board's sectors in order")
    public List<SectorView> sectors(@PathParam("boardId") long boardId) {
        return boards.sectors(boardId).stream().map(SectorView::of).toList();
    }

    @POST
    @Path("{boardId}/sectors")
    public Response addSector(@PathParam("boardId") long boardId, SectorForm form) {
        SectorForm sector = required(form);
        return created(SectorView.of(boards.addSector(boardId, sector.name(), position(sector))));
    }

    @PUT
    @Path("{boardId}/sectors/{sectorId}")
    public SectorView editSector(@PathParam("boardId") long boardId, @PathParam("sectorId") long sectorId, SectorForm form) {
        SectorForm sector = required(form);
        requireSectorOf(boardId, sectorId);
        return SectorView.of(boards.editSector(sectorId, sector.name(), position(sector)));
    }

    @DELETE
    @Path("{boardId}/sectors/{sectorId}")
    @Operation(summary = "Remove a sector that holds no item")
    public Response removeSector(@PathParam("boardId") long boardId, @PathParam("sectorId") long sectorId) {
        requireSectorOf(boardId, sectorId);
        boards.removeSector(sectorId);
        return Response.noContent().build();
    }

    @GET
    @Path("{boardId}/items")
    @Operation(summary = "Every item of the board, drafts included (admins)")
    public List<ItemView> items(@PathParam("boardId") long boardId) {
        return boards.items(boardId).stream().map(ItemView::of).toList();
    }

    @POST
    @Path("{boardId}/items")
    @Operation(summary = "Write a draft item; its window is in the tenant's local time (e.g. 2026-12-01T09:00)")
    public Response createItem(@PathParam("boardId") long boardId, ItemDetails details) {
        return created(ItemView.of(boards.createItem(boardId, required(details))));
    }

    private void requireSectorOf(long boardId, long sectorId) {
        if (boards.sectors(boardId).stream().noneMatch(sector -> sector.getId() == sectorId)) {
            throw new NotFoundException();
        }
    }

    private static int position(SectorForm sector) {
        if (sector.position() == null) {
            throw new BusinessException("sector.position.invalid", 0, Sector.MAX_POSITION);
        }
        return sector.position();
    }

    private static Response created(Object view) {
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    public record BoardForm(Integer year, String title, BoardMode mode, String categoryKey) {
    }

    public record BoardView(long id, int year, String title, BoardMode mode, String categoryKey) {

        static BoardView of(ClaimBoard board) {
            return new BoardView(board.getId(), board.getYear(), board.getTitle(), board.getMode(), board.getCategoryKey());
        }
    }

    public record SectorForm(String name, Integer position) {
    }

    public record SectorView(long id, long boardId, String name, int position) {

        static SectorView of(Sector sector) {
            return new SectorView(sector.getId(), sector.getBoardId(), sector.getName(), sector.getPosition());
        }
    }
}
