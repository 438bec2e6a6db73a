package org.gongjian.claim.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjian.claim.boundary.CityBoardPage;
import org.gongjian.claim.boundary.PublicBoard;
import org.gongjian.claim.boundary.PublicItem;
import org.gongjian.claim.boundary.PublicItemPage;
import org.gongjian.claim.entity.BoardMode;
import org.gongjian.claim.entity.ItemStatus;
import org.gongjian.project.control.StoredFile;
import org.gongjian.project.control.AttachmentStore;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.tenant.control.TenantSession;

/**
 * Reads the public board in one read-only transaction where the database shows only what is
 * published ({@link TenantSession#readOnlyPublicBoard}); every tenant's rows are told apart by
 * the explicit tenant in each query. A board page is one statement.
 */
@Dependent
public class PublishedItems {

    private static final String ITEM_COLUMNS = columns("clock_timestamp()");
    private static final String BOARD = "select b.year, b.title, b.mode, " + ITEM_COLUMNS + """
              from tenant t
             cross join lateral (select cb.id, cb.year, cb.title, cb.mode from claim_board cb
                                  where cb.tenant_id = t.id and (cast(? as integer) is null or cb.year = ?)
                                  order by cb.year desc limit 1) b
              left join sector s on s.board_id = b.id and s.tenant_id = t.id
              left join claimable_item i on i.board_id = b.id and i.sector_id = s.id and i.tenant_id = t.id
             where t.code = ? and t.active
             order by s.position, s.id, i.id""";
    /**
     * Items of active tenants; the filters a visitor chose are added to its where clause. The tenant and the
     * sector are asked per item, not joined, so every plan walks the items in the order of an index.
     */
    private static final String CITY_ITEMS = "from claimable_item i where (select t.active from tenant t where t.id = i.tenant_id)";
    /**
     * A page of the city-wide board in three parts, each read in the order of its index up to the page's
     * end: items taking claims by the soonest deadline, then closed and lapsed items by the latest.
     */
    private static final String CITY = """
            with clock as materialized (select clock_timestamp() as now),
            page as materialized (select * from (
              (select 0 as part, i.closes_at as key_at, i.id as key_id %2$s
                  and i.status = 'PUBLISHED' and i.closes_at > (select now from clock)
                order by i.closes_at, i.id desc limit ?)
              union all
              (select 1, i.closes_at, i.id %2$s
                  and i.status = 'CLOSED'
                order by i.closes_at desc, i.id desc limit ?)
              union all
              (select 1, i.closes_at, i.id %2$s
                  and i.status = 'PUBLISHED' and i.closes_at <= (select now from clock)
                order by i.closes_at desc, i.id desc limit ?)) parts
              order by part, case when part = 0 then key_at end, key_at desc, key_id desc
              limit ? offset ?)
            select %1$s
              from page p
              join claimable_item i on i.id = p.key_id
              join sector s on s.id = i.sector_id and s.tenant_id = i.tenant_id
              join tenant t on t.id = i.tenant_id
             order by p.part, case when p.part = 0 then p.key_at end, p.key_at desc, p.key_id desc""";
    /**
     * Counts the matching items only as far as a bound: the city may hold far more than anyone pages through.
     * The order makes it walk an index, not gather every item first.
     */
    private static final String CITY_COUNT = """
            select count(*) from (select 1 %s and i.status in ('PUBLISHED', 'CLOSED')
                                  order by i.status, i.closes_at desc, i.id desc limit ?) counted""";
    private static final String ITEM = "select " + ITEM_COLUMNS + ", i.contact" + """
              from claimable_item i
              join sector s on s.id = i.sector_id and s.tenant_id = i.tenant_id
              join tenant t on t.id = i.tenant_id
             where t.code = ? and t.active and i.id = ?""";
    private static final String HOLDERS = """
            select coalesce(o.name, u.name), p.status
              from claim c
              left join claimant o on o.id = c.claimant_id and o.tenant_id = c.tenant_id
              left join unit u on u.id = c.unit_id and u.tenant_id = c.tenant_id
              left join project p on p.id = c.project_id and p.tenant_id = c.tenant_id
             where c.item_id = ? and c.tenant_id = (select id from tenant where code = ?)
             order by c.decided_at, c.id""";
    private static final String PHOTOS = """
            select f.id from board_file f where f.item_id = ? and f.tenant_id = (select id from tenant where code = ?)
             order by f.id""";
    private static final String PHOTO = """
            select f.file_name, f.content_type, f.size, f.storage_key
              from board_file f join tenant t on t.id = f.tenant_id
             where t.code = ? and t.active and f.item_id = ? and f.id = ?""";

    /** How many items past a page's first the city-wide board counts before it says "more than". */
    private static final int COUNTED_BEYOND = 1000;

    @Inject
    TenantSession session;

    @Inject
    AttachmentStore store;

    /** The tenant's board of the year, or of the latest year it has published items in when none is given. */
    public Optional<PublicBoard> board(String tenantCode, Integer year) {
        Connection connection = session.readOnlyPublicBoard();
        try (PreparedStatement statement = connection.prepareStatement(BOARD)) {
            if (year == null) {
                statement.setNull(1, Types.INTEGER);
                statement.setNull(2, Types.INTEGER);
            } else {
                statement.setInt(1, year);
                statement.setInt(2, year);
            }
            statement.setString(3, tenantCode);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                int boardYear = rows.getInt(1);
                String title = rows.getString(2);
                BoardMode mode = BoardMode.valueOf(rows.getString(3));
                String code = rows.getString(4);
                String nameZh = rows.getString(5);
                String nameEn = rows.getString(6);
                Map<Long, PublicBoard.Sector> sectors = new LinkedHashMap<>();
                List<PublicItem> items = new ArrayList<>();
                do {
                    long sectorId = rows.getLong(7);
                    if (rows.wasNull()) {
                        continue;
                    }
                    sectors.putIfAbsent(sectorId, new PublicBoard.Sector(sectorId, rows.getString(8)));
                    rows.getLong(9);
                    if (!rows.wasNull()) {
                        items.add(item(rows, 4));
                    }
                } while (rows.next());
                return Optional.of(new PublicBoard(code, nameZh, nameEn, boardYear, title, mode,
                        List.copyOf(sectors.values()), items));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a public board", e);
        }
    }

    /**
     * Published items of every tenant: those still taking claims first, the soonest deadline first;
     * then those that ended, the latest first.
     *
     * @param search already bounded and checked; matched anywhere in the title or the need
     */
    public CityBoardPage city(String tenantCode, String sector, String search, int first, int size) {
        Connection connection = session.readOnlyPublicBoard();
        String pattern = search == null ? null : "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        StringBuilder from = new StringBuilder(CITY_ITEMS);
        List<String> values = new ArrayList<>();
        if (tenantCode != null) {
            from.append(" and i.tenant_id = (select id from tenant where code = ?)");
            values.add(tenantCode);
        }
        if (sector != null) {
            from.append(" and i.sector_id in (select s.id from sector s where s.name = ?)");
            values.add(sector);
        }
        if (pattern != null) {
            from.append(" and (i.title ilike ? escape '\\' or i.need ilike ? escape '\\')");
            values.add(pattern);
            values.add(pattern);
        }
        try (PreparedStatement statement = connection.prepareStatement(CITY.formatted(columns("(select now from clock)"), from))) {
            int p = 1;
            for (int part = 0; part < 3; part++) {
                for (String value : values) {
                    statement.setString(p++, value);
                }
                statement.setInt(p++, first + size);
            }
            statement.setInt(p++, size);
            statement.setInt(p, first);
            List<PublicItem> items = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    items.add(item(rows, 1));
                }
            }
            if (items.size() < size && (first == 0 || !items.isEmpty())) {
                return new CityBoardPage(items, first + items.size(), false, first, size);
            }
            try (PreparedStatement count = connection.prepareStatement(CITY_COUNT.formatted(from))) {
                int c = 1;
                for (String value : values) {
                    count.setString(c++, value);
                }
                count.setInt(c, first + COUNTED_BEYOND + 1);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    long total = rows.getLong(1);
                    boolean more = total > first + COUNTED_BEYOND;
                    return new CityBoardPage(items, more ? first + COUNTED_BEYOND : total, more, first, size);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the city-wide board", e);
        }
    }

    public Optional<PublicItemPage> item(String tenantCode, long itemId) {
        Connection connection = session.readOnlyPublicBoard();
        try {
            PublicItem item;
            String contact;
            try (PreparedStatement statement = connection.prepareStatement(ITEM)) {
                statement.setString(1, tenantCode);
                statement.setLong(2, itemId);
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    item = item(rows, 1);
                    contact = rows.getString(19);
                }
            }
            List<PublicItemPage.Holder> holders = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(HOLDERS)) {
                statement.setLong(1, itemId);
                statement.setString(2, tenantCode);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String status = rows.getString(2);
                        holders.add(new PublicItemPage.Holder(rows.getString(1), status == null ? null : ProjectStatus.valueOf(status)));
                    }
                }
            }
            List<Long> photos = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(PHOTOS)) {
                statement.setLong(1, itemId);
                statement.setString(2, tenantCode);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        photos.add(rows.getLong(1));
                    }
                }
            }
            return Optional.of(new PublicItemPage(item, contact, holders, photos));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a public item", e);
        }
    }

    public Optional<StoredFile> photo(String tenantCode, long itemId, long photoId) {
        Connection connection = session.readOnlyPublicBoard();
        try (PreparedStatement statement = connection.prepareStatement(PHOTO)) {
            statement.setString(1, tenantCode);
            statement.setLong(2, itemId);
            statement.setLong(3, photoId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredFile(rows.getString(1), rows.getString(2), rows.getLong(3), store.file(rows.getString(4))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a public photo", e);
        }
    }

    /** The item columns {@link #item} reads, with the database's time of the answer as {@code now}. */
    private static String columns(String now) {
        return """
                t.code, t.name_zh, t.name_en, s.id, s.name, i.id, i.title, i.need, i.expected_results, i.offer,
                i.offered_funds, i.capacity, i.accepted, i.opens_at, i.closes_at, i.status, %s, t.time_zone""".formatted(now);
    }

    /** Reads the item columns starting at the tenant's code. */
    private static PublicItem item(ResultSet rows, int from) throws SQLException {
        int c = from;
        return new PublicItem(rows.getLong(c + 5), rows.getString(c), rows.getString(c + 1), rows.getString(c + 2),
                rows.getLong(c + 3), rows.getString(c + 4), rows.getString(c + 6), rows.getString(c + 7),
                rows.getString(c + 8), rows.getString(c + 9), rows.getBigDecimal(c + 10), rows.getInt(c + 11),
                rows.getInt(c + 12), rows.getObject(c + 13, OffsetDateTime.class), rows.getObject(c + 14, OffsetDateTime.class),
                ItemStatus.valueOf(rows.getString(c + 15)), rows.getObject(c + 16, OffsetDateTime.class), rows.getString(c + 17));
    }
}
