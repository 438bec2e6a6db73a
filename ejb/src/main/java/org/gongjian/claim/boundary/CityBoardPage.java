package org.gongjian.claim.boundary;

import java.util.List;

/**
 * A page of the city-wide board: published items of every tenant, filtered, and how many match in all;
 * when {@code more}, more than {@code total} match (the count stops there).
 */
public record CityBoardPage(List<PublicItem> items, long total, boolean more, int first, int size) {

    public CityBoardPage {
        items = List.copyOf(items);
    }
}
