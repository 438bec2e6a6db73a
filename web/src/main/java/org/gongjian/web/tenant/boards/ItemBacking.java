package org.gongjian.web.tenant.boards;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.gongjian.claim.boundary.Boards;
import org.gongjian.claim.entity.BoardFile;
import org.gongjian.claim.entity.ClaimBoard;
import org.gongjian.claim.entity.ClaimableItem;
import org.gongjian.claim.entity.ItemStatus;
import org.gongjian.claim.entity.Sector;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.NotFoundException;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.faces.PageFiles;
import org.primefaces.model.StreamedContent;

/**
 * A claimable item as its admins keep it: edit while a draft or published, publish, close, withdraw
 * with a reason, change its places, and its photos. The buttons mirror the item's state; the
 * boundary decides each move again. Its claims have their own bean on the same page.
 */
@Named
@ViewScoped
public class ItemBacking implements Serializable {

    @Inject
    Boards boards;

    private Long id;
    private transient ClaimableItem item;
    private transient ClaimBoard board;
    private transient List<Sector> sectors;
    private transient List<BoardFile> photos;
    private ItemForm form;
    private Integer places;
    private String reason;
    private transient Part photo;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        item = boards.item(id);
        board = boards.board(item.getBoardId());
        sectors = boards.sectors(item.getBoardId());
        photos = boards.photos(id);
        if (!FacesContext.getCurrentInstance().isPostback()) {
            form = ItemForm.of(item);
            places = item.getCapacity();
        }
    }

    public String save() {
        return act(() -> boards.editItem(id, form.details()), "boardPages.item.saved");
    }

    public String publish() {
        return act(() -> boards.publish(id), "boardPages.item.published");
    }

    public String close() {
        return act(() -> boards.close(id), "boardPages.item.closed");
    }

    public String withdraw() {
        return act(() -> boards.withdraw(id, reason), "boardPages.item.withdrawn");
    }

    public String changePlaces() {
        return act(() -> boards.changeCapacity(id, places), "boardPages.item.placesChanged");
    }

    public String upload() throws IOException {
        byte[] content = PageFiles.read(photo);
        if (content == null) {
            return null;
        }
        return act(() -> boards.addPhoto(id, photo.getSubmittedFileName(), content), "boardPages.photo.added");
    }

    public String removePhoto(BoardFile removed) {
        return act(() -> boards.removePhoto(id, removed.getId()), "boardPages.photo.removed");
    }

    public StreamedContent download(BoardFile file) {
        return PageFiles.download(boards.openPhoto(id, file.getId()));
    }

    /** Makes the move and shows the item as it now stands, its claims too; a refusal leaves the forms as typed. */
    private String act(Runnable move, String doneKey) {
        try {
            move.run();
        } catch (BusinessException refused) {
            load();
            throw refused;
        }
        return shownAgain(id, doneKey);
    }

    /** The item's page loaded afresh with this message. */
    static String shownAgain(long itemId, String doneKey, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(doneKey, arguments);
        return "/tenant/boards/item?faces-redirect=true&item=" + itemId;
    }

    private ClaimableItem item() {
        if (item == null) {
            load();
        }
        return item;
    }

    public boolean isEditable() {
        return item().getStatus() == ItemStatus.DRAFT || item().getStatus() == ItemStatus.PUBLISHED;
    }

    public boolean isPublishable() {
        return item().getStatus() == ItemStatus.DRAFT;
    }

    public boolean isClosable() {
        return item().getStatus() == ItemStatus.PUBLISHED;
    }

    public boolean isWithdrawable() {
        return item().getStatus() == ItemStatus.PUBLISHED || item().getStatus() == ItemStatus.CLOSED;
    }

    public String getSectorName() {
        return getSectors().stream().filter(sector -> sector.getId().equals(item().getSectorId()))
                .map(Sector::getName).findFirst().orElse("");
    }

    public ClaimableItem getItem() {
        return item();
    }

    public ClaimBoard getBoard() {
        item();
        return board;
    }

    public List<Sector> getSectors() {
        item();
        return sectors;
    }

    public List<BoardFile> getPhotos() {
        item();
        return photos;
    }

    public ItemForm getForm() {
        item();
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getPlaces() {
        return places;
    }

    public void setPlaces(Integer places) {
        this.places = places;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }
}
