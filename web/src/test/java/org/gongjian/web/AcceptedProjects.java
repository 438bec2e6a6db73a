package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gongjian.web.Visitors.TestTenant;

/** Projects carried through their whole life cycle over the JSON API, as their unit and the tenant's admin do, up to acceptance. */
public final class AcceptedProjects {

    private static final String DECLARATION = """
            {"title":"%s","categoryKey":"innovation","importance":"老旧小区难题多、群众反映集中。",
             "content":"建立社区难题清单，党员认领、逐项销号。","method":"一听、二看、三查、四问。",
             "steps":[{"description":"摸排问题","due":"%s"}],"budget":[{"item":"宣传资料","amount":3000.00}],
             "measures":"书记牵头，每月例会推进。",
             "goals":%s}""";
    private static final String GOALS = "[{\"description\":\"解决社区难题\",\"target\":20,\"unit\":\"个\"}]";
    private static final String RESPONSIBILITY = """
            {"leadLeader":"王书记","responsiblePerson":"李主任","team":[{"name":"张三","role":"联络员"}]}""";

    private AcceptedProjects() {
    }

    /** A project of this unit member's unit, declared this year, approved, carried out and accepted; its id. */
    public static long accepted(TestTenant tenant, Browser unit, String title) {
        return accepted(tenant, unit, title, GOALS, 20, null, null);
    }

    /**
     * The same with these goals (a JSON array), this figure reached against each in the closure
     * report, and while under way a grant by the admin and a spending by the unit (in yuan; null: none).
     */
    public static long accepted(TestTenant tenant, Browser unit, String title, String goals, int reached, String granted, String spent) {
        String unique = title + UUID.randomUUID().toString().substring(0, 6);
        long id = object(call(unit, "POST", tenant, "projects", "{\"title\":\"" + unique + "\",\"categoryKey\":\"innovation\"}", 201))
                .getJsonNumber("id").longValue();
        String due = Visitors.today(tenant).withMonth(12).withDayOfMonth(31).toString();
        call(unit, "PUT", tenant, "projects/" + id + "/declaration", DECLARATION.formatted(unique, due, goals), 200);
        call(unit, "POST", tenant, "projects/" + id + "/submit", null, 200);
        call(tenant.admin(), "POST", tenant, "projects/" + id + "/approve", null, 200);
        call(unit, "PUT", tenant, "projects/" + id + "/responsibility", RESPONSIBILITY, 200);
        if (granted != null) {
            call(tenant.admin(), "POST", tenant, "projects/" + id + "/funds/grants",
                    "{\"amount\":" + granted + ",\"date\":\"" + Visitors.today(tenant) + "\",\"purpose\":\"专项经费\"}", 201);
        }
        if (spent != null) {
            call(unit, "POST", tenant, "projects/" + id + "/funds/spendings",
                    "{\"amount\":" + spent + ",\"date\":\"" + Visitors.today(tenant) + "\",\"purpose\":\"活动物资\"}", 201);
        }
        String figures = object(call(tenant.admin(), "GET", tenant, "projects/" + id, null, 200)).getJsonObject("declaration")
                .getJsonArray("goals").getValuesAs(JsonObject.class).stream()
                .map(goal -> "\"" + goal.getString("key") + "\":" + reached).collect(Collectors.joining(","));
        call(unit, "POST", tenant, "projects/" + id + "/closure", "{\"summary\":\"小结\",\"figures\":{" + figures + "}}", 200);
        call(tenant.admin(), "POST", tenant, "projects/" + id + "/accept", null, 200);
        return id;
    }

    private static HttpResponse<String> call(Browser browser, String method, TestTenant tenant, String path, String body, int expected) {
        HttpResponse<String> response = browser.json(method, "api/v1/t/" + tenant.code() + "/" + path, body);
        assertEquals(expected, response.statusCode(), method + " " + path + ": " + response.body());
        return response;
    }

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
