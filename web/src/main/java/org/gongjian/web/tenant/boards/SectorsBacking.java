package org.gongjian.web.tenant.boards;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongjian.claim.boundary.Boards;
import org.gongjian.claim.entity.Sector;
import org.gongjian.web.faces.Messages;

/**
 * A board's sectors in their order: added at the end, renamed, moved up or down a place, removed
 * while empty. Each change reloads the board's page, whose item form offers the sectors too.
 */
@Named
@ViewScoped
public class SectorsBacking implements Serializable {

    @Inject
    Boards boards;

    /** The board's page, which holds the board's id. */
    @Inject
    BoardBacking board;

    private transient List<Sector> sectors;
    private final Map<Long, String> names = new HashMap<>();
    private String name;

    public void load() {
        sectors = boards.sectors(board.getId());
        names.clear();
        sectors.forEach(sector -> names.put(sector.getId(), sector.getName()));
    }

    public String add() {
        int last = getSectors().stream().mapToInt(Sector::getPosition).max().orElse(0);
        Sector added = boards.addSector(board.getId(), name, getSectors().isEmpty() ? 1 : last + 1);
        return reloaded("boardPages.sector.added", added.getName());
    }

    public String rename(Sector sector) {
        Sector renamed = boards.editSector(sector.getId(), names.get(sector.getId()), sector.getPosition());
        return reloaded("boardPages.sector.renamed", renamed.getName());
    }

    /** Swaps the sector with the one before it (-1) or after it (+1), renumbering the order from 1 on the way. */
    public String move(Sector sector, int by) {
        List<Sector> ordered = getSectors();
        int from = ordered.stream().map(Sector::getId).toList().indexOf(sector.getId());
        int to = from + by;
        if (from < 0 || to < 0 || to >= ordered.size()) {
            return null;
        }
        for (int index = 0; index < ordered.size(); index++) {
            int place = index == from ? to : index == to ? from : index;
            Sector each = ordered.get(index);
            if (each.getPosition() != place + 1) {
                boards.editSector(each.getId(), each.getName(), place + 1);
            }
        }
        return reloaded("boardPages.sector.moved", sector.getName());
    }

    public String remove(Sector sector) {
        boards.removeSector(sector.getId());
        return reloaded("boardPages.sector.removed", sector.getName());
    }

    private String reloaded(String key, String sectorName) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(key, sectorName);
        return "/tenant/boards/board?faces-redirect=true&board=" + board.getId();
    }

    public List<Sector> getSectors() {
        if (sectors == null) {
            load();
        }
        return sectors;
    }

    public Map<Long, String> getNames() {
        return names;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
