package org.gongjian.claim.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongjian.claim.control.PublishedItems;
import org.gongjian.claim.entity.ClaimField;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.Text;
import org.gongjian.project.control.StoredFile;

/**
 * The claim boards as anyone sees them, without signing in: each tenant's board, the city-wide
 * board across tenants, an item's page and its photos. Read-only; only what is published is
 * visible to it (see the package's description).
 */
@Stateless
@PermitAll
public class PublicBoards {

    /** Items on one page of the city-wide board at most. */
    public static final int MAX_PAGE = 100;
    /** Characters of a search at most. */
    public static final int MAX_SEARCH = 50;
    private static final Pattern TENANT_CODE = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    @Inject
    PublishedItems published;

    public Optional<PublicBoard> board(String tenantCode, Integer year) {
        if (!isCode(tenantCode)) {
            return Optional.empty();
        }
        if (year != null && (year < 2000 || year > 2100)) {
            throw new BusinessException("board.year.invalid", "2000", "2100");
        }
        return published.board(tenantCode, year);
    }

    /**
     * Published items of every tenant, or of one, in one sector name, matching a search.
     *
     * @param first the first item's position, from 0
     */
    public CityBoardPage city(String tenantCode, String sector, String search, int first, int size) {
        if (first < 0 || first > 1_000_000) {
            throw new BusinessException("board.page.invalid");
        }
        if (size < 1 || size > MAX_PAGE) {
            throw new BusinessException("board.pageSize.invalid", 1, MAX_PAGE);
        }
        String code = blankToNull(tenantCode);
        if (code != null && !isCode(code)) {
            return new CityBoardPage(List.of(), 0, false, first, size);
        }
        String inSector = ClaimField.SECTOR.optional(sector);
        String query = Text.SINGLE_LINE.stripped(search, ClaimField.SEARCH, MAX_SEARCH);
        return published.city(code, inSector, query, first, size);
    }

    public Optional<PublicItemPage> item(String tenantCode, long itemId) {
        return isCode(tenantCode) ? published.item(tenantCode, itemId) : Optional.empty();
    }

    public Optional<StoredFile> photo(String tenantCode, long itemId, long photoId) {
        return isCode(tenantCode) ? published.photo(tenantCode, itemId, photoId) : Optional.empty();
    }

    private static boolean isCode(String code) {
        return code != null && TENANT_CODE.matcher(code).matches();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
