package org.gongjian.claim.boundary;

import java.util.List;

/** A page of the city-wide board: published items of every tenant, filtered, and how many match in all. */
public record CityBoardPage(List<PublicItem> items, long total, int first, int size) {

    public CityBoardPage {
        items = List.copyOf(items);
    }
}
