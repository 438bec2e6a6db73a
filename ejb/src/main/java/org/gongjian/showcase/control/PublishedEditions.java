package org.gongjian.showcase.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongjian.showcase.boundary.PublishedShowcase;
import org.gongjian.showcase.boundary.ShowcaseListing;
import org.gongjian.showcase.entity.EditionConverter;

/**
 * Reads published editions for the public pages, one statement each, on the connection
 * {@link ShowcaseScope#publicConnection()} chose: the read replica's when it may be read, else the
 * primary's. Editions are never changed, so a replica behind the primary only lacks the newest.
 */
@Dependent
public class PublishedEditions {

    private static final String INDEX = """
            select t.code, t.name_zh, t.name_en, e.year
              from (select distinct tenant_id, year from showcase_edition) e
              left join tenant t on t.id = e.tenant_id
             where e.tenant_id is null or t.active""";
    private static final String LATEST = """
            select e.content, e.number, e.published_at
              from showcase_edition e
             where e.year = ?
               and e.tenant_id is not distinct from (select t.id from tenant t where t.code = ? and t.active)
               and (cast(? as varchar) is null or e.tenant_id is not null)
             order by e.number desc
             limit 1""";

    @Inject
    ShowcaseScope scope;

    /** Every published year, the city's (tenant code null) and those of active tenants, in no order. */
    public List<ShowcaseListing> published() {
        Connection connection = scope.publicConnection();
        try (PreparedStatement statement = connection.prepareStatement(INDEX); ResultSet rows = statement.executeQuery()) {
            List<ShowcaseListing> listings = new ArrayList<>();
            while (rows.next()) {
                listings.add(new ShowcaseListing(rows.getString(1), rows.getString(2), rows.getString(3), rows.getInt(4)));
            }
            return listings;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the published showcases", e);
        }
    }

    /** The latest edition of an active tenant's year, or of the city's with {@code tenantCode} null. */
    public Optional<PublishedShowcase> latest(String tenantCode, int year) {
        Connection connection = scope.publicConnection();
        try (PreparedStatement statement = connection.prepareStatement(LATEST)) {
            statement.setInt(1, year);
            if (tenantCode == null) {
                statement.setNull(2, Types.VARCHAR);
                statement.setNull(3, Types.VARCHAR);
            } else {
                statement.setString(2, tenantCode);
                statement.setString(3, tenantCode);
            }
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new PublishedShowcase(new EditionConverter().convertToEntityAttribute(rows.getString(1)),
                        rows.getInt(2), rows.getObject(3, OffsetDateTime.class)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a published showcase", e);
        }
    }
}
