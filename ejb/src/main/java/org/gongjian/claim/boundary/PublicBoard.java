package org.gongjian.claim.boundary;

import java.util.List;
import org.gongjian.claim.entity.BoardMode;

/** A tenant's board for one year as anyone may see it: its sectors in order, and their published items. */
public record PublicBoard(String tenantCode, String tenantNameZh, String tenantNameEn, int year, String title,
                          BoardMode mode, List<Sector> sectors, List<PublicItem> items) {

    public PublicBoard {
        sectors = List.copyOf(sectors);
        items = List.copyOf(items);
    }

    public record Sector(long id, String name) {
    }

    public List<PublicItem> itemsOf(long sectorId) {
        return items.stream().filter(item -> item.sectorId() == sectorId).toList();
    }
}
