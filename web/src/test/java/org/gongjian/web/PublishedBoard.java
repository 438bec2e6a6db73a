package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.gongjian.web.Visitors.TestTenant;

/** A new tenant's claim board of this year with one sector and one published item of two places, made through the API. */
record PublishedBoard(TestTenant tenant, long boardId, long sectorId, long itemId, String itemTitle) {

    static PublishedBoard open(Visitors visitors) {
        TestTenant tenant = visitors.openForDeclarations(Visitors.THREE_TYPES);
        int year = Visitors.today(tenant).getYear();
        long boardId = id(tenant.admin().json("POST", "api/v1/t/" + tenant.code() + "/boards",
                "{\"year\":" + year + ",\"title\":\"公开认领" + tenant.code() + "\",\"mode\":\"FIRST_COME\",\"categoryKey\":\"innovation\"}"));
        long sectorId = id(tenant.admin().json("POST", "api/v1/t/" + tenant.code() + "/boards/" + boardId + "/sectors",
                "{\"name\":\"社区服务\",\"position\":1}"));
        PublishedBoard board = new PublishedBoard(tenant, boardId, sectorId, 0, "助老服务" + tenant.code());
        return new PublishedBoard(tenant, boardId, sectorId, board.item(board.itemTitle(), 2, true), board.itemTitle());
    }

    /** Adds an item open for a week to the board's sector, published or left a draft; its id. */
    long item(String title, int places, boolean publish) {
        LocalDate today = Visitors.today(tenant);
        String body = "{\"sectorId\":" + sectorId + ",\"title\":\"" + title + "\",\"need\":\"独居老人需要陪伴\","
                + "\"expectedResults\":\"每周探访\",\"offer\":\"活动场地\",\"offeredFunds\":5000,\"contact\":\"党群服务中心 8888\","
                + "\"capacity\":" + places + ",\"opensAt\":\"" + today.minusDays(1) + "T00:00\",\"closesAt\":\"" + today.plusDays(7) + "T18:00\"}";
        long itemId = id(tenant.admin().json("POST", "api/v1/t/" + tenant.code() + "/boards/" + boardId + "/items", body));
        if (publish) {
            HttpResponse<String> published = tenant.admin().json("POST", "api/v1/t/" + tenant.code() + "/items/" + itemId + "/publish", null);
            assertEquals(200, published.statusCode(), published.body());
        }
        return itemId;
    }

    private static long id(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        return Json.createReader(new StringReader(created.body())).readObject().getJsonNumber("id").longValue();
    }
}
