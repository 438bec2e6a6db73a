package org.gongjian.web.tenant.boards;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongjian.claim.boundary.Boards;
import org.gongjian.claim.entity.ClaimBoard;
import org.gongjian.claim.entity.ClaimableItem;
import org.gongjian.claim.entity.Sector;
import org.gongjian.platform.NotFoundException;
import org.gongjian.project.boundary.Projects;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;

/** A board's page: its settings, its items with their places, and the form for a new item (its sectors have their own bean). */
@Named
@ViewScoped
public class BoardBacking implements Serializable {

    @Inject
    Boards boards;

    @Inject
    Projects projects;

    @Inject
    Language language;

    private Long id;
    private transient ClaimBoard board;
    private transient List<ClaimableItem> items;
    private transient List<Sector> sectors;
    private Map<Long, String> sectorNames;
    private final BoardSettings settings = new BoardSettings();
    private ItemForm item = new ItemForm();

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        board = boards.board(id);
        items = boards.items(id);
        sectors = boards.sectors(id);
        sectorNames = sectors.stream().collect(Collectors.toMap(Sector::getId, Sector::getName));
        if (!FacesContext.getCurrentInstance().isPostback()) {
            settings.offer(BoardCategories.of(projects, board.getYear(), language.getLocale()));
            settings.setTitle(board.getTitle());
            settings.setMode(board.getMode());
            settings.setCategoryKey(board.getCategoryKey());
        }
    }

    public void save() {
        boards.editBoard(id, settings.getTitle(), settings.getMode(), settings.getCategoryKey());
        Messages.info("boardPages.board.saved");
        load();
    }

    /** Adds the item as a draft and opens its page, where it is published. */
    public String addItem() {
        ClaimableItem added = boards.createItem(id, item.details());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info("boardPages.item.created", added.getTitle());
        return "/tenant/boards/item?faces-redirect=true&item=" + added.getId();
    }

    public String sectorName(ClaimableItem claimable) {
        return sectorNames.getOrDefault(claimable.getSectorId(), "");
    }

    private ClaimBoard board() {
        if (board == null) {
            load();
        }
        return board;
    }

    public ClaimBoard getBoard() {
        return board();
    }

    public List<ClaimableItem> getItems() {
        board();
        return items;
    }

    public List<Sector> getSectors() {
        board();
        return sectors;
    }

    /** The category's name in the reader's language, or its key when the year's round has no such category. */
    public String getCategoryName() {
        return settings.getCategories().getOrDefault(board().getCategoryKey(), board().getCategoryKey());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BoardSettings getSettings() {
        return settings;
    }

    public ItemForm getItem() {
        return item;
    }
}
