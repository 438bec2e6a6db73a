package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The claim board's rules as the database itself holds them, whatever the code above it does:
 * SQL straight from the application's role, with no portal code in between.
 */
class ClaimRulesIT extends DeployedPortal {

    private static final String CHECK = "23514";
    private static final String UNIQUE = "23505";

    @Test
    void neverMoreAcceptedClaimsThanPlacesEvenUnderConcurrentInserts() throws Exception {
        Fixture fixture = fixture(40);
        long item = fixture.item(5, "published", "now() - interval '1 hour'", "now() + interval '1 hour'");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (long claimant : fixture.claimants) {
                outcomes.add(pool.submit(acceptedClaim(fixture.tenantId, item, claimant)));
            }
            int accepted = 0;
            int refused = 0;
            for (Future<String> outcome : outcomes) {
                if (outcome.get() == null) {
                    accepted++;
                } else {
                    assertEquals(CHECK, outcome.get(), "beyond the places the check refuses");
                    refused++;
                }
            }
            assertEquals(5, accepted);
            assertEquals(35, refused);
        } finally {
            pool.shutdown();
        }
        try (Connection app = fixture.connection()) {
            assertEquals(5, AppSql.single(app, "select accepted from claimable_item where id = " + item));
            assertEquals(5, AppSql.single(app, "select count(*) from claim where status = 'ACCEPTED' and item_id = " + item));
        }
    }

    @Test
    void oneLiveClaimPerOrganisationAndItem() throws Exception {
        Fixture fixture = fixture(1);
        long item = fixture.item(3, "published", "now() - interval '1 hour'", "now() + interval '1 hour'");
        long claimant = fixture.claimants.get(0);
        try (Connection app = fixture.connection()) {
            insertClaim(app, item, claimant, "PENDING");
            app.commit();
            AppSql.setTenant(app, fixture.tenantId);
            assertEquals(UNIQUE, sqlState(() -> insertClaim(app, item, claimant, "PENDING")));
            app.rollback();
            AppSql.setTenant(app, fixture.tenantId);
            AppSql.execute(app, "update claim set status = 'WITHDRAWN' where item_id = " + item);
            insertClaim(app, item, claimant, "PENDING");
            app.commit();
        }
    }

    @Test
    void claimsOnlyOnAPublishedItemInsideItsWindowByTheDatabaseClock() throws Exception {
        Fixture fixture = fixture(1);
        long claimant = fixture.claimants.get(0);
        long future = fixture.item(1, "published", "clock_timestamp() + interval '1 minute'", "clock_timestamp() + interval '1 hour'");
        long ended = fixture.item(1, "published", "clock_timestamp() - interval '1 hour'", "clock_timestamp() - interval '1 second'");
        long draft = fixture.item(1, "draft", "now() - interval '1 hour'", "now() + interval '1 hour'");
        try (Connection app = fixture.connection()) {
            for (long item : List.of(future, ended, draft)) {
                assertEquals(CHECK, sqlState(() -> insertClaim(app, item, claimant, "PENDING")), "item " + item);
                app.rollback();
                AppSql.setTenant(app, fixture.tenantId);
            }
        }
    }

    @Test
    void theCountOfAcceptedClaimsChangesOnlyWithClaims() throws Exception {
        Fixture fixture = fixture(2);
        long item = fixture.item(2, "published", "now() - interval '1 hour'", "now() + interval '1 hour'");
        try (Connection app = fixture.connection()) {
            assertEquals(CHECK, sqlState(() -> AppSql.execute(app, "update claimable_item set accepted = 1 where id = " + item)));
            app.rollback();
            AppSql.setTenant(app, fixture.tenantId);
            insertClaim(app, item, fixture.claimants.get(0), "ACCEPTED");
            insertClaim(app, item, fixture.claimants.get(1), "ACCEPTED");
            assertEquals(2, AppSql.single(app, "select accepted from claimable_item where id = " + item));
            assertEquals(CHECK, sqlState(() -> AppSql.execute(app, "update claimable_item set capacity = 1 where id = " + item)),
                    "places never below the accepted claims");
            app.rollback();
            AppSql.setTenant(app, fixture.tenantId);
            insertClaim(app, item, fixture.claimants.get(0), "ACCEPTED");
            AppSql.execute(app, "update claim set status = 'RELEASED', decision_reason = '无法履约' where item_id = " + item);
            assertEquals(0, AppSql.single(app, "select accepted from claimable_item where id = " + item));
            app.commit();
        }
    }

    @Test
    void thePublicBoardSeesOnlyWhatIsPublishedAndNoTenantsPrivateRows() throws Exception {
        Fixture fixture = fixture(2);
        long published = fixture.item(2, "published", "now() - interval '1 hour'", "now() + interval '1 hour'");
        long draft = fixture.item(2, "draft", "now() - interval '1 hour'", "now() + interval '1 hour'");
        try (Connection app = fixture.connection()) {
            insertClaim(app, published, fixture.claimants.get(0), "ACCEPTED");
            insertClaim(app, published, fixture.claimants.get(1), "PENDING");
            AppSql.execute(app, "insert into join_request (tenant_id, name, kind, contact_person, contact_phone, reasons, status)"
                    + " values (" + fixture.tenantId + ", '申请单位', 'ENTERPRISE', '钱芳', '13800000000', '理由', 'PENDING')");
            app.commit();
        }
        try (Connection app = AppSql.connect()) {
            AppSql.execute(app, "select set_config('app.public_board', 'on', true)");
            String mine = " and tenant_id = " + fixture.tenantId;
            assertEquals(1, AppSql.single(app, "select count(*) from claimable_item where id in (" + published + ", " + draft + ")"));
            assertEquals(1, AppSql.single(app, "select count(*) from claim where true" + mine), "only the accepted claim");
            assertEquals(1, AppSql.single(app, "select count(*) from claimant where true" + mine), "only the organisation holding a place");
            assertEquals(0, AppSql.single(app, "select count(*) from join_request where true" + mine));
            assertEquals(0, AppSql.single(app, "select count(*) from membership where true" + mine));
            try (PreparedStatement update = app.prepareStatement("update claimable_item set title = 'x' where id = " + published)) {
                assertEquals(0, update.executeUpdate(), "the public board changes nothing");
            }
        }
    }

    private Callable<String> acceptedClaim(long tenantId, long item, long claimant) {
        return () -> {
            try (Connection app = AppSql.connect()) {
                AppSql.setTenant(app, tenantId);
                insertClaim(app, item, claimant, "ACCEPTED");
                app.commit();
                return null;
            } catch (SQLException e) {
                return e.getSQLState();
            }
        };
    }

    private static void insertClaim(Connection app, long item, long claimant, String status) throws SQLException {
        try (PreparedStatement insert = app.prepareStatement("insert into claim (tenant_id, item_id, claimant_id, plan, reasons,"
                + " status, claimed_by) values (gj_tenant(), ?, ?, '方案', '理由', ?, 'it')")) {
            insert.setLong(1, item);
            insert.setLong(2, claimant);
            insert.setString(3, status);
            insert.executeUpdate();
        }
    }

    private static String sqlState(SqlAction action) {
        return assertThrows(SQLException.class, action::run).getSQLState();
    }

    private static Fixture fixture(int claimants) throws Exception {
        try (Connection app = AppSql.connect()) {
            String code = "rules-" + UUID.randomUUID().toString().substring(0, 8);
            long tenantId = AppSql.single(app, "insert into tenant (code, name_zh, kind, time_zone) values ('" + code
                    + "', '规则', 'STREET', 'Asia/Shanghai') returning id");
            AppSql.setTenant(app, tenantId);
            long board = AppSql.single(app, "insert into claim_board (tenant_id, year, title, mode, category_key) values ("
                    + tenantId + ", 2026, '认领', 'FIRST_COME', 'innovation') returning id");
            long sector = AppSql.single(app, "insert into sector (tenant_id, board_id, name, position) values ("
                    + tenantId + ", " + board + ", '社区服务', 1) returning id");
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < claimants; i++) {
                ids.add(AppSql.single(app, "insert into claimant (tenant_id, name, kind) values (" + tenantId + ", '共建单位"
                        + i + "', 'ENTERPRISE') returning id"));
            }
            app.commit();
            return new Fixture(tenantId, board, sector, ids);
        }
    }

    private record Fixture(long tenantId, long board, long sector, List<Long> claimants) {

        Connection connection() throws Exception {
            Connection app = AppSql.connect();
            AppSql.setTenant(app, tenantId);
            return app;
        }

        long item(int places, String status, String opens, String closes) throws Exception {
            try (Connection app = connection()) {
                long id = AppSql.single(app, "insert into claimable_item (tenant_id, board_id, sector_id, title, need, capacity,"
                        + " opens_at, closes_at, status) values (" + tenantId + ", " + board + ", " + sector + ", '标的', '需求', "
                        + places + ", " + opens + ", " + closes + ", '" + status.toUpperCase() + "') returning id");
                app.commit();
                return id;
            }
        }
    }

    @FunctionalInterface
    private interface SqlAction {
        void run() throws SQLException;
    }
}
