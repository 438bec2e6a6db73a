package org.gongjian.web.board;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongjian.claim.boundary.CityBoardPage;
import org.gongjian.claim.boundary.PublicBoard;
import org.gongjian.claim.boundary.PublicBoards;
import org.gongjian.claim.boundary.PublicItem;
import org.gongjian.claim.boundary.PublicItemPage;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenant.boundary.Tenants;
import org.gongjian.tenant.entity.Tenant;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;

/**
 * What a board page shows, read by {@link BoardServlet} before the page's view renders it: the
 * city-wide board, a tenant's board, or one item; and until when it stays true by the clock (the
 * next opening or closing of a window it shows).
 */
@Named
@RequestScoped
public class BoardPage {

    /** The query parameters board pages read. */
    static final List<String> PARAMETERS = List.of("tenant", "sector", "q", "page", "year");
    public static final int PAGE_SIZE = 20;

    @Inject
    PublicBoards boards;

    @Inject
    Tenants tenants;

    @Inject
    Language language;

    private BoardRoute route;
    private CityBoardPage city;
    private PublicBoard board;
    private PublicItemPage item;
    private Tenant tenant;
    private List<Tenant> activeTenants;
    private String refusal;
    private String tenantFilter;
    private String sectorFilter;
    private String search;
    private int pageNumber = 1;

    /** Reads what the route shows; false when there is nothing published there. */
    boolean load(BoardRoute route, HttpServletRequest request) {
        this.route = route;
        switch (route.page()) {
            case CITY -> {
                tenantFilter = request.getParameter("tenant");
                sectorFilter = request.getParameter("sector");
                search = request.getParameter("q");
                pageNumber = number(request.getParameter("page"), "board.page.invalid");
                if (pageNumber < 1 || pageNumber > 10_000) {
                    throw new BusinessException("board.page.invalid");
                }
                city = boards.city(tenantFilter, sectorFilter, search, (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
                return true;
            }
            case TENANT -> {
                String year = request.getParameter("year");
                Integer chosen = year == null || year.isBlank() ? null : number(year, "board.year.invalid", "2000", "2100");
                board = boards.board(route.tenantCode(), chosen).orElse(null);
                return board != null;
            }
            case ITEM -> {
                item = boards.item(route.tenantCode(), route.itemId()).orElse(null);
                return item != null;
            }
            default -> throw new IllegalArgumentException(route.page().name());
        }
    }

    /** Finds the active tenant of a join request; false when there is none with the route's code. */
    boolean loadTenant(BoardRoute route) {
        this.route = route;
        tenant = tenants.active().stream().filter(t -> t.getCode().equals(route.tenantCode())).findFirst().orElse(null);
        return tenant != null;
    }

    void refuse(BusinessException refusal) {
        this.refusal = Messages.text(language.getLocale(), refusal.key(), refusal.arguments());
        this.city = null;
    }

    private static int number(String value, String refusalKey, Object... arguments) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BusinessException(refusalKey, arguments);
        }
    }

    /** How long the page stays true by the clock alone: until the next window it shows opens or closes. */
    Duration validFor() {
        return shownItems().map(BoardPage::untilNextMove).flatMap(Optional::stream).min(Duration::compareTo)
                .orElse(KeptPages.MAX_AGE);
    }

    private Stream<PublicItem> shownItems() {
        if (city != null) {
            return city.items().stream();
        }
        if (board != null) {
            return board.items().stream();
        }
        return item == null ? Stream.empty() : Stream.of(item.item());
    }

    private static Optional<Duration> untilNextMove(PublicItem item) {
        OffsetDateTime now = item.readAt();
        if (now.isBefore(item.opensAt())) {
            return Optional.of(Duration.between(now, item.opensAt()));
        }
        if (now.isBefore(item.closesAt())) {
            return Optional.of(Duration.between(now, item.closesAt()));
        }
        return Optional.empty();
    }

    /** A tenant's name in the reader's language. */
    public String name(String nameZh, String nameEn) {
        return language.isEnglish() && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
    }

    /** Whether any item shown can still change its places while the page is open. */
    public boolean isLive() {
        return shownItems().anyMatch(shown -> shown.phase() != PublicItem.Phase.ENDED);
    }

    public List<Tenant> getActiveTenants() {
        if (activeTenants == null) {
            activeTenants = tenants.active();
        }
        return activeTenants;
    }

    public long getPageCount() {
        return city == null ? 0 : Math.max(1, (city.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public BoardRoute getRoute() {
        return route;
    }

    public CityBoardPage getCity() {
        return city;
    }

    public PublicBoard getBoard() {
        return board;
    }

    public PublicItemPage getItem() {
        return item;
    }

    public Tenant getTenant() {
        return tenant;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getTenantFilter() {
        return tenantFilter;
    }

    public String getSectorFilter() {
        return sectorFilter;
    }

    public String getSearch() {
        return search;
    }

    public int getPageNumber() {
        return pageNumber;
    }
}
