package org.gongjian.web.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gongjian.web.probe.Surface.Endpoint;
import org.gongjian.web.probe.Surface.Slot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurfaceTest {

    @TempDir
    Path folder;

    @Test
    void viewsAreReachedAsVisitorsReachThemAndAnUnknownViewParameterIsNamed() throws IOException {
        Path war = folder.resolve("portal.war");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
            add(zip, "tenant/projects/ledger.xhtml", "<f:metadata><f:viewParam name=\"id\" value=\"#{b.id}\"/></f:metadata>");
            add(zip, "tenant/index.xhtml", "<ui:composition/>");
            add(zip, "login.xhtml", "<ui:composition/>");
            add(zip, "tenant/claims/view.xhtml", "<f:viewParam name=\"color\" value=\"#{b.color}\"/>");
            add(zip, "tenant/boards/item.xhtml", "<f:viewParam name=\"id\" value=\"#{b.id}\"/><f:viewParam name=\"id\" value=\"#{c.id}\"/>");
            add(zip, "public/board/item.xhtml", "<ui:composition/>");
            add(zip, "WEB-INF/templates/portal.xhtml", "<html/>");
        }
        List<String> unknown = new ArrayList<>();
        List<Endpoint> views = Surface.views(war, unknown);

        assertEquals(List.of("t/{code}/projects/ledger", "t/{code}/", "login.xhtml", "t/{code}/claims/view", "t/{code}/boards/item",
                "board/{code}/items/{itemId}"), views.stream().map(Endpoint::template).toList());
        assertEquals(List.of(new Slot("code", "path", Kind.TENANT, true), new Slot("id", "query", Kind.PROJECT, true)),
                views.get(0).slots());
        assertEquals(List.of("tenant/claims/view.xhtml: parameter 'color' (query) has no strategy"), unknown);
        assertEquals(List.of(Kind.TENANT, Kind.ITEM), views.get(4).slots().stream().map(Slot::kind).toList());
        assertEquals(List.of(Kind.TENANT, Kind.ITEM), views.get(5).slots().stream().map(Slot::kind).toList());
    }

    @Test
    void competitionPagesNameTheirCompetitionAndBidAndAnnouncementsAreReachedAtTheirRoute() throws IOException {
        Path war = folder.resolve("portal.war");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
            add(zip, "host/competitions/view.xhtml", "<f:viewParam name=\"id\" value=\"#{b.id}\"/><f:viewParam name=\"bid\" value=\"#{b.bid}\"/>");
            add(zip, "review/sheet.xhtml", "<f:viewParam name=\"competition\" value=\"#{b.id}\"/>");
            add(zip, "public/competitions/competition.xhtml", "<ui:composition/>");
        }
        List<String> unknown = new ArrayList<>();
        List<Endpoint> views = Surface.views(war, unknown);

        assertEquals(List.of("host/competitions/view.xhtml", "review/sheet.xhtml", "competitions/{competitionId}"),
                views.stream().map(Endpoint::template).toList());
        assertEquals(List.of(Kind.COMPETITION, Kind.BID), views.get(0).records().stream().map(Slot::kind).toList());
        assertEquals(List.of(Kind.COMPETITION), views.get(1).records().stream().map(Slot::kind).toList());
        assertEquals(List.of(Kind.COMPETITION), views.get(2).records().stream().map(Slot::kind).toList());
        assertEquals(List.of(), unknown);
    }

    @Test
    void operationsTakeTheirPathSlotsFromTheTemplateAndAnUnknownOneIsNamed() {
        var document = Json.createObjectBuilder().add("paths", Json.createObjectBuilder()
                .add("/api/v1/t/{code}/inbox/{id}/read", Json.createObjectBuilder().add("post", Json.createObjectBuilder()))
                .add("/api/v1/t/{code}/projects/{id}/ledger/{entry}", Json.createObjectBuilder().add("put", Json.createObjectBuilder()
                        .add("requestBody", Json.createObjectBuilder().add("content", Json.createObjectBuilder()
                                .add("application/json", Json.createObjectBuilder())))))
                .add("/api/v1/t/{code}/claims/{claimId}/colors/{colorId}", Json.createObjectBuilder().add("get", Json.createObjectBuilder()
                        .add("parameters", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "unit")
                                .add("in", "query")))))).build();
        List<String> unknown = new ArrayList<>();
        List<Endpoint> operations = Surface.operations(document, unknown);

        assertEquals(List.of(Kind.TENANT, Kind.NOTIFICATION), operations.get(0).slots().stream().map(Slot::kind).toList());
        assertEquals(List.of(Kind.PROJECT, Kind.LEDGER_ENTRY), operations.get(1).records().stream().map(Slot::kind).toList());
        assertEquals("application/json", operations.get(1).body());
        assertEquals(Arrays.asList(Kind.TENANT, Kind.CLAIM, null, Kind.UNIT), operations.get(2).slots().stream().map(Slot::kind).toList());
        assertEquals(List.of("GET /api/v1/t/{code}/claims/{claimId}/colors/{colorId}: parameter 'colorId' (path) has no strategy"), unknown);
    }

    @Test
    void evaluationPagesAndEndpointsNameTheirProjectSheetAndRelation() throws IOException {
        Path war = folder.resolve("portal.war");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
            add(zip, "tenant/evaluation/project.xhtml", "<f:viewParam name=\"year\" value=\"#{b.year}\"/><f:viewParam name=\"id\" value=\"#{b.id}\"/>");
            add(zip, "tenant/assessments/sheet.xhtml", "<f:viewParam name=\"id\" value=\"#{b.id}\"/>");
            add(zip, "tenant/projects/self-evaluation.xhtml", "<f:viewParam name=\"id\" value=\"#{b.id}\"/>");
        }
        List<String> unknown = new ArrayList<>();
        List<Endpoint> views = Surface.views(war, unknown);
        assertEquals(List.of(Kind.TENANT, Kind.YEAR, Kind.PROJECT), views.get(0).slots().stream().map(Slot::kind).toList());
        assertEquals(List.of(Kind.PROJECT), views.get(1).records().stream().map(Slot::kind).toList());
        assertEquals(List.of(Kind.PROJECT), views.get(2).records().stream().map(Slot::kind).toList());

        var post = Json.createObjectBuilder().add("post", Json.createObjectBuilder()).build();
        var document = Json.createObjectBuilder().add("paths", Json.createObjectBuilder()
                .add("/api/v1/t/{code}/evaluations/{year}/sheets/{sheetId}/corrections", post)
                .add("/api/v1/t/{code}/evaluations/relations/{relationId}", post)
                .add("/api/v1/t/{code}/self-evaluations/{projectId}", post)
                .add("/api/v1/t/{code}/evaluations/{year}/projects/{id}/evaluators/{login}", post)).build();
        List<Endpoint> operations = Surface.operations(document, unknown);
        assertEquals(List.of(List.of(Kind.SCORE_SHEET), List.of(Kind.EVALUATOR_RELATION), List.of(Kind.PROJECT), List.of(Kind.PROJECT)),
                operations.stream().map(operation -> operation.records().stream().map(Slot::kind).toList()).toList());
        assertEquals(List.of(), unknown);
    }

    private static void add(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
