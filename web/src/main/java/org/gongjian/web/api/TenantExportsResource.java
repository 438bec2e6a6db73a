package org.gongjian.web.api;

import static org.gongjian.web.api.SheetWriter.count;
import static org.gongjian.web.api.SheetWriter.date;
import static org.gongjian.web.api.SheetWriter.moment;
import static org.gongjian.web.api.SheetWriter.money;
import static org.gongjian.web.api.SheetWriter.points;
import static org.gongjian.web.api.SheetWriter.text;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.account.boundary.Accounts;
import org.gongjian.account.entity.Membership;
import org.gongjian.audit.boundary.AuditTrail;
import org.gongjian.audit.boundary.AuditTrail.AuditFilter;
import org.gongjian.audit.entity.AuditRecord;
import org.gongjian.award.boundary.Awards;
import org.gongjian.award.boundary.PublicAwards;
import org.gongjian.award.boundary.PublishedList;
import org.gongjian.award.boundary.PublishedList.Winner;
import org.gongjian.award.entity.AwardApplication;
import org.gongjian.bidding.boundary.Competitions;
import org.gongjian.bidding.boundary.Ranking;
import org.gongjian.bidding.boundary.Ranking.Line;
import org.gongjian.bidding.boundary.Ranking.Place;
import org.gongjian.claim.boundary.Boards;
import org.gongjian.claim.boundary.ClaimRow;
import org.gongjian.claim.boundary.Claims;
import org.gongjian.claim.entity.ClaimableItem;
import org.gongjian.claim.entity.Sector;
import org.gongjian.claimant.boundary.Claimants;
import org.gongjian.claimant.entity.Claimant;
import org.gongjian.evaluation.boundary.Evaluations;
import org.gongjian.evaluation.boundary.ProjectResult;
import org.gongjian.evaluation.entity.ScoreSheet;
import org.gongjian.project.boundary.Funds;
import org.gongjian.project.boundary.Ledgers;
import org.gongjian.project.boundary.ProjectLists;
import org.gongjian.project.control.CategoryNames;
import org.gongjian.project.control.FundStatement;
import org.gongjian.project.control.LedgerLine;
import org.gongjian.project.control.OverdueEntry;
import org.gongjian.project.entity.Signal;
import org.gongjian.project.control.ProjectFilter;
import org.gongjian.project.control.ProjectRow;
import org.gongjian.project.entity.FundEntry;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.record.boundary.RecordLine;
import org.gongjian.record.boundary.YearlyRecords;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenantconfig.ChannelKind;
import org.gongjian.tenantconfig.Criterion;
import org.gongjian.tenantconfig.EvaluationScheme;
import org.gongjian.unit.boundary.Units;
import org.gongjian.unit.entity.Unit;
import org.gongjian.web.api.SheetWriter.Column;
import org.gongjian.web.i18n.Language;

/**
 * The tenant's lists as Excel workbooks, each with the rows and access rules of the page it mirrors,
 * and the sheets organisers print: 项目申报汇总表, 立项清单, 考评汇总表 and 表彰名单.
 */
@Path("t/{code}/exports")
@Produces(ProjectExportsResource.XLSX)
@Tag(name = "Exports", description = "The tenant's lists and the standard printed sheets as Excel workbooks")
public class TenantExportsResource {

    /** The projects an approved list (立项清单) holds: approved, under way, closing or accepted. */
    static final Set<ProjectStatus> APPROVED = EnumSet.of(ProjectStatus.APPROVED, ProjectStatus.UNDERWAY,
            ProjectStatus.CLOSURE_SUBMITTED, ProjectStatus.ACCEPTED);

    /** The audit trail hands out at most this many records at a time. */
    private static final int AUDIT_PAGE = 200;

    @Inject
    ProjectLists projects;

    @Inject
    Ledgers ledgers;

    @Inject
    YearlyRecords records;

    @Inject
    PublicAwards awards;

    @Inject
    Awards awarding;

    @Inject
    Funds funds;

    @Inject
    Boards boards;

    @Inject
    Claims claimList;

    @Inject
    Evaluations evaluations;

    @Inject
    Competitions competitions;

    @Inject
    AuditTrail trail;

    @Inject
    Units units;

    @Inject
    Claimants claimantList;

    @Inject
    Accounts accountList;

    @Inject
    CurrentTenant tenant;

    @Inject
    Language language;

    @GET
    @Path("declarations.xlsx")
    @Operation(summary = "项目申报汇总表: the year's declared projects (drafts aside) the caller may see in the project list")
    @APIResponse(responseCode = "400", description = "A year that is missing, not a number or outside 2000 to 2100")
    public Response declarations(@QueryParam("year") @Parameter(description = "The year, e.g. 2026", required = true) String year) {
        return projectSheet("export.declarations.sheet", year, status -> status != ProjectStatus.DRAFT);
    }

    @GET
    @Path("approved.xlsx")
    @Operation(summary = "立项清单: the year's approved projects (approved, under way, closing, accepted) the caller may see")
    @APIResponse(responseCode = "400", description = "A year that is missing, not a number or outside 2000 to 2100")
    public Response approved(@QueryParam("year") @Parameter(description = "The year, e.g. 2026", required = true) String year) {
        return projectSheet("export.approved.sheet", year, APPROVED::contains);
    }

    @GET
    @Path("evaluation.xlsx")
    @Operation(summary = "考评汇总表: per project of the year its channel scores, total and grade as frozen; admins all units, a unit member its own")
    @APIResponse(responseCode = "400", description = "A year that is missing, not a number or outside 2000 to 2100")
    public Response evaluation(@QueryParam("year") @Parameter(description = "The year, e.g. 2026", required = true) String year) {
        int chosen = FilterParameters.requiredYear(year);
        List<Scored> lines = new ArrayList<>();
        for (Unit unit : records.readableUnits()) {
            records.of(unit.getId(), chosen).projects().forEach(line -> lines.add(new Scored(lines.size() + 1, unit.getName(), line)));
        }
        ProjectSheets sheets = sheets();
        List<Column<Scored>> columns = List.of(
                count(sheets.label("export.number"), Scored::number),
                text(sheets.label("export.list.title"), scored -> scored.line().title()),
                text(sheets.label("project.owner"), Scored::unit),
                text(sheets.label("record.category"), scored -> scored.line().category() == null
                        ? scored.line().categoryKey() : sheets.named(scored.line().category())),
                points(sheets.label("enum.ChannelKind.SELF"), scored -> scored.line().selfScore()),
                points(sheets.label("enum.ChannelKind.PUBLIC"), scored -> scored.line().publicScore()),
                points(sheets.label("enum.ChannelKind.ORGANISATIONAL"), scored -> scored.line().organisationalScore()),
                points(sheets.label("record.total"), scored -> scored.line().total()),
                text(sheets.label("record.grade"), scored -> sheets.named(scored.line().grade())),
                text(sheets.label("record.prizes"), scored -> sheets.prizes(scored.line().prizes())));
        return sheet(sheets.label("export.evaluation.sheet", chosen), columns, lines);
    }

    @GET
    @Path("awards.xlsx")
    @Operation(summary = "表彰名单: the tenant's published award list of the year, first prizes first")
    @APIResponse(responseCode = "400", description = "A year that is missing, not a number or outside 2000 to 2100")
    @APIResponse(responseCode = "404", description = "No award list of the tenant published for that year")
    public Response awards(@QueryParam("year") @Parameter(description = "The year, e.g. 2026", required = true) String year) {
        int chosen = FilterParameters.requiredYear(year);
        PublishedList list = awards.ofTenant(tenant.code(), chosen).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        return awardList(sheets(), language.isEnglish(), chosen, list, false);
    }

    /** 表彰名单: the prizes of a published list, numbered, with each winner's tenant when the city gave them. */
    static Response awardList(ProjectSheets sheets, boolean english, int year, PublishedList list, boolean city) {
        List<Winner> winners = list.winners();
        List<Column<Integer>> columns = new ArrayList<>(List.of(
                count(sheets.label("export.number"), i -> i + 1),
                text(sheets.label("export.awards.tier"), i -> sheets.label("enum.AwardTier." + winners.get(i).tier())),
                text(sheets.label("export.list.title"), i -> winners.get(i).projectTitle()),
                text(sheets.label("project.owner"), i -> winners.get(i).ownerName()),
                text(sheets.label("record.grade"), i -> english ? winners.get(i).gradeEn() : winners.get(i).gradeZh())));
        if (city) {
            columns.add(text(sheets.label("bidPages.bid.tenant"), i -> winners.get(i).tenantName()));
        }
        return sheet(sheets.label("export.awards.sheet", year), columns, IntStream.range(0, winners.size()).boxed().toList());
    }

    @GET
    @Path("awards/batches/{id}/applications.xlsx")
    @Operation(summary = "A tenant award batch's applications with their grades, prizes and award funds, as the batch page lists them; its organiser")
    @APIResponse(responseCode = "404", description = "No such batch organised by this tenant")
    public Response applications(@PathParam("id") @Parameter(description = "The award batch") long batch) {
        List<AwardApplication> applications = awarding.applications(batch);
        ProjectSheets sheets = sheets();
        boolean chinese = "zh".equals(language.getLocale().getLanguage());
        List<Column<AwardApplication>> columns = List.of(
                text(sheets.label("award.page.project"), AwardApplication::getProjectTitle),
                text(sheets.label("award.page.owner"), AwardApplication::getOwnerName),
                text(sheets.label("record.grade"), a -> chinese ? a.getGradeZh() : a.getGradeEn()),
                points(sheets.label("record.total"), AwardApplication::getTotal),
                text(sheets.label("award.page.tier"), a -> a.getTier() == null ? null : sheets.label("enum.AwardTier." + a.getTier())),
                money(sheets.label("award.page.funds"), AwardApplication::getFunds),
                moment(sheets.label("export.awards.applied"), AwardApplication::getAppliedAt));
        return sheet(sheets.label("export.applications.sheet"), columns, applications);
    }

    @GET
    @Path("projects/{id}/ledger.xlsx")
    @Operation(summary = "A project's ledger (台账) by stage and deadline, with each entry's signal, to whoever may read the project's ledger page")
    @APIResponse(responseCode = "404", description = "No such project for this caller")
    public Response projectLedger(@PathParam("id") @Parameter(description = "The project") long id) {
        List<LedgerLine> lines = ledgers.entries(id);
        ProjectSheets sheets = sheets();
        List<Column<LedgerLine>> columns = List.of(
                text(sheets.label("export.ledger.stage"), line -> line.entry().getStage()),
                text(sheets.label("export.ledger.kind"), line -> sheets.label("enum.LedgerKind." + line.entry().getKind())),
                text(sheets.label("export.ledger.item"), line -> line.entry().getTitle()),
                text(sheets.label("export.ledger.owner"), line -> line.entry().getOwner()),
                date(sheets.label("export.ledger.deadline"), line -> line.entry().getDeadline()),
                text(sheets.label("export.ledger.measures"), line -> line.entry().getMeasures()),
                text(sheets.label("export.ledger.status"), line -> sheets.label("enum.LedgerStatus." + line.entry().getStatus())),
                date(sheets.label("export.ledger.doneOn"), line -> line.entry().getDoneOn()),
                text(sheets.label("export.ledger.signal"), line -> sheets.label("enum.Signal." + line.signal())));
        return sheet(sheets.label("export.ledger.sheet"), columns, lines);
    }

    @GET
    @Path("projects/{id}/funds.xlsx")
    @Operation(summary = "A project's fund entries in yuan, then the sums granted and spent and the balance, to whoever may read its funds page")
    @APIResponse(responseCode = "404", description = "No such project for this caller")
    public Response projectFunds(@PathParam("id") @Parameter(description = "The project") long id) {
        FundStatement statement = funds.statement(id);
        ProjectSheets sheets = sheets();
        List<Column<FundEntry>> columns = List.of(
                date(sheets.label("funds.date"), FundEntry::getEntryDate),
                text(sheets.label("funds.kind"), entry -> sheets.label("enum.FundKind." + entry.getKind())),
                money(sheets.label("funds.amountYuan"), FundEntry::getAmount),
                text(sheets.label("export.funds.purpose"), FundEntry::getPurpose),
                text(sheets.label("funds.recordedBy"), FundEntry::getRecordedBy));
        List<List<Object>> footer = List.of(List.of("", sheets.label("funds.granted"), statement.granted()),
                List.of("", sheets.label("funds.spent"), statement.spent()), List.of("", sheets.label("funds.balance"), statement.balance()));
        return ProjectExportsResource.workbook(out -> SheetWriter.write(sheets.label("funds.title"), columns, statement.entries(),
                footer, out), sheets.label("funds.title") + ".xlsx");
    }

    @GET
    @Path("competitions/{id}/ranking.xlsx")
    @Operation(summary = "A competition's ranking once its bids are opened: per bid the weighted score of each criterion, the total and the outcome; its organiser")
    @APIResponse(responseCode = "404", description = "No such competition organised by this tenant")
    @APIResponse(responseCode = "409", description = "The bids are still sealed")
    public Response ranking(@PathParam("id") @Parameter(description = "The competition") long id) {
        Ranking ranking = competitions.ranking(id);
        ProjectSheets sheets = sheets();
        List<Column<Place>> columns = new ArrayList<>(List.of(
                count(sheets.label("bidPages.ranking.rank"), Place::place),
                text(sheets.label("bidPages.bid.unit"), Place::unitName)));
        for (Criterion criterion : ranking.criteria()) {
            columns.add(points(sheets.named(criterion.name()), place -> place.lines().stream()
                    .filter(line -> line.criterion().equals(criterion.key())).map(Line::share).findFirst().orElse(null)));
        }
        columns.add(points(sheets.label("bidPages.ranking.total"), place -> place.complete() ? place.total() : null));
        columns.add(text(sheets.label("export.ranking.complete"), place -> sheets.label(place.complete() ? "export.yes" : "export.no")));
        columns.add(moment(sheets.label("bidPages.bid.submittedAt"), Place::submittedAt));
        columns.add(text(sheets.label("bidPages.ranking.outcome"), place -> place.outcome() == null ? null : sheets.label("enum.BidOutcome." + place.outcome())));
        return sheet(sheets.label("bidPages.ranking.title"), columns, ranking.places());
    }

    @GET
    @Path("evaluation/{year}/projects/{id}/sheets.xlsx")
    @Operation(summary = "A project's score sheets of the year's evaluation: per sheet its channel, who scored, each criterion's points and the notes; the tenant's admins")
    @APIResponse(responseCode = "404", description = "No evaluation that year, or no such project in it")
    public Response scoreSheets(@PathParam("year") @Parameter(description = "The evaluation's year") int year,
                                @PathParam("id") @Parameter(description = "The project") long id) {
        ProjectResult result = evaluations.result(year, id);
        EvaluationScheme scheme = result.evaluation().getScheme();
        ProjectSheets sheets = sheets();
        List<Column<ScoreSheet>> columns = new ArrayList<>(List.of(
                text(sheets.label("export.sheets.channel"), sheet -> sheets.label("enum.ChannelKind." + sheet.getChannel())),
                text(sheets.label("export.sheets.by"), sheet -> sheet.isPaper() ? sheets.label("evalPages.project.paper") : sheet.getSubmittedBy()),
                moment(sheets.label("export.list.updated"), ScoreSheet::getUpdatedAt)));
        for (ChannelKind kind : ChannelKind.values()) {
            for (Criterion criterion : scheme.criteriaOf(kind)) {
                String header = sheets.label("export.sheets.criterion", sheets.label("enum.ChannelKind." + kind), sheets.named(criterion.name()));
                columns.add(points(header, sheet -> sheet.getChannel() == kind ? sheet.points().get(criterion.key()) : null));
            }
        }
        columns.add(text(sheets.label("enum.EvaluationField.NOTE"), ScoreSheet::getNote));
        columns.add(text(sheets.label("enum.EvaluationField.LISTENED"), ScoreSheet::getListened));
        columns.add(text(sheets.label("enum.EvaluationField.LOOKED"), ScoreSheet::getLooked));
        columns.add(text(sheets.label("enum.EvaluationField.CHECKED"), ScoreSheet::getChecked));
        columns.add(text(sheets.label("enum.EvaluationField.ASKED"), ScoreSheet::getAsked));
        return sheet(sheets.label("evalPages.project.sheets"), columns, result.sheets());
    }

    @GET
    @Path("boards/{boardId}/items.xlsx")
    @Operation(summary = "A claim board's items with their sector, status, places taken and window, as the board's page lists them; the tenant's admins")
    @APIResponse(responseCode = "404", description = "No such board of this tenant")
    public Response boardItems(@PathParam("boardId") @Parameter(description = "The claim board") long boardId) {
        List<ClaimableItem> items = boards.items(boardId);
        Map<Long, String> sectors = boards.sectors(boardId).stream().collect(Collectors.toMap(Sector::getId, Sector::getName));
        ProjectSheets sheets = sheets();
        List<Column<ClaimableItem>> columns = List.of(
                text(sheets.label("enum.ClaimField.ITEM_TITLE"), ClaimableItem::getTitle),
                text(sheets.label("enum.ClaimField.SECTOR"), item -> sectors.get(item.getSectorId())),
                text(sheets.label("boardPages.item.status"), item -> sheets.label("enum.ItemStatus." + item.getStatus())),
                count(sheets.label("export.board.accepted"), ClaimableItem::getAccepted),
                count(sheets.label("export.board.capacity"), ClaimableItem::getCapacity),
                moment(sheets.label("export.board.opens"), ClaimableItem::getOpensAt),
                moment(sheets.label("export.board.closes"), ClaimableItem::getClosesAt));
        return sheet(sheets.label("export.board.sheet"), columns, items);
    }

    @GET
    @Path("claims.xlsx")
    @Operation(summary = "The caller's own claims of board items with their status and decision, as the claims page lists them")
    public Response claims() {
        List<ClaimRow> rows = claimList.mine();
        ProjectSheets sheets = sheets();
        List<Column<ClaimRow>> columns = List.of(
                text(sheets.label("boardPages.claim.item"), ClaimRow::itemTitle),
                text(sheets.label("boardPages.claim.status"), row -> sheets.label("enum.ClaimStatus." + row.claim().getStatus())),
                text(sheets.label("boardPages.claim.reason"), row -> row.claim().getDecisionReason()),
                moment(sheets.label("boardPages.claim.at"), row -> row.claim().getClaimedAt()));
        return sheet(sheets.label("boardPages.mine.title"), columns, rows);
    }

    @GET
    @Path("overdue.xlsx")
    @Operation(summary = "The overdue (red) and due-soon (amber) ledger entries, as the overdue page lists them; admins and evaluators")
    @APIResponse(responseCode = "400", description = "A year outside 2000 to 2100 or an unknown signal")
    public Response overdue(@QueryParam("year") @Parameter(description = "The projects' year") String year,
                            @QueryParam("signal") @Parameter(description = "RED (overdue) or AMBER (due soon)") String signal) {
        List<OverdueEntry> entries = ledgers.overdue(FilterParameters.year(year), FilterParameters.choice(Signal.class, "signal", signal));
        ProjectSheets sheets = sheets();
        List<Column<OverdueEntry>> columns = List.of(
                text(sheets.label("export.ledger.signal"), entry -> sheets.label("enum.Signal." + entry.signal())),
                date(sheets.label("export.ledger.deadline"), OverdueEntry::deadline),
                text(sheets.label("export.ledger.item"), OverdueEntry::title),
                text(sheets.label("export.ledger.owner"), OverdueEntry::owner),
                text(sheets.label("export.ledger.stage"), OverdueEntry::stage),
                text(sheets.label("export.ledger.project"), OverdueEntry::projectTitle),
                text(sheets.label("project.owner"), OverdueEntry::projectOwner));
        return sheet(sheets.label("export.overdue.sheet"), columns, entries);
    }

    @GET
    @Path("audit.xlsx")
    @Operation(summary = "The audit trail filtered as on its page (days in China's time, both included); the tenant's admins")
    @APIResponse(responseCode = "400", description = "A day not written as 2026-07-01")
    public Response audit(@QueryParam("since") @Parameter(description = "First day, e.g. 2026-07-01") String since,
                          @QueryParam("until") @Parameter(description = "Last day, included") String until,
                          @QueryParam("login") @Parameter(description = "Who acted, by login") String login,
                          @QueryParam("q") @Parameter(description = "The kind of change, or how it begins, e.g. project.") String action) {
        LocalDate first = FilterParameters.day("since", since);
        LocalDate last = FilterParameters.day("until", until);
        AuditFilter filter = new AuditFilter(first == null ? null : first.atStartOfDay(SheetWriter.CHINA).toOffsetDateTime(),
                last == null ? null : last.plusDays(1).atStartOfDay(SheetWriter.CHINA).toOffsetDateTime(),
                FilterParameters.text(login), FilterParameters.text(action));
        long total = trail.count(filter);
        List<AuditRecord> rows = new ArrayList<>();
        while (rows.size() < total) {
            List<AuditRecord> page = trail.page(filter, rows.size(), AUDIT_PAGE);
            if (page.isEmpty()) {
                break;
            }
            rows.addAll(page);
        }
        ProjectSheets sheets = sheets();
        List<Column<AuditRecord>> columns = List.of(
                moment(sheets.label("audit.at"), AuditRecord::getAt),
                text(sheets.label("audit.actor"), AuditRecord::getActor),
                text(sheets.label("audit.action"), AuditRecord::getAction),
                text(sheets.label("audit.subject"), r -> r.getSubjectType() + (r.getSubjectId() == null ? "" : " " + r.getSubjectId())),
                text(sheets.label("audit.before"), AuditRecord::getBefore),
                text(sheets.label("audit.after"), AuditRecord::getAfter));
        return sheet(sheets.label("export.audit.sheet"), columns, rows);
    }

    @GET
    @Path("units.xlsx")
    @Operation(summary = "The tenant's units as the units page lists them; the tenant's admins")
    public Response units() {
        requireAdmin();
        ProjectSheets sheets = sheets();
        List<Column<Unit>> columns = List.of(
                text(sheets.label("tenant.units.name"), Unit::getName),
                text(sheets.label("tenant.units.kind"), unit -> sheets.label("unit.kind." + unit.getKind())),
                text(sheets.label("tenant.units.secretary"), Unit::getSecretary));
        return sheet(sheets.label("export.units.sheet"), columns, units.all());
    }

    @GET
    @Path("claimants.xlsx")
    @Operation(summary = "The tenant's co-building organisations with their contacts, as the claimants page lists them; the tenant's admins")
    public Response claimants() {
        requireAdmin();
        ProjectSheets sheets = sheets();
        List<Column<Claimant>> columns = List.of(
                text(sheets.label("tenant.claimants.name"), Claimant::getName),
                text(sheets.label("tenant.claimants.kind"), claimant -> sheets.label("claimant.kind." + claimant.getKind())),
                text(sheets.label("tenant.claimants.contactPerson"), Claimant::getContactPerson),
                text(sheets.label("tenant.claimants.contactPhone"), Claimant::getContactPhone));
        return sheet(sheets.label("export.claimants.sheet"), columns, claimantList.all());
    }

    @GET
    @Path("accounts.xlsx")
    @Operation(summary = "The tenant's accounts with their roles and organisations, as the accounts page lists them; the tenant's admins")
    public Response accounts() {
        List<Membership> memberships = accountList.memberships();
        Map<Long, String> unitNames = units.all().stream().collect(Collectors.toMap(Unit::getId, Unit::getName));
        Map<Long, String> claimantNames = claimantList.all().stream().collect(Collectors.toMap(Claimant::getId, Claimant::getName));
        ProjectSheets sheets = sheets();
        List<Column<Membership>> columns = List.of(
                text(sheets.label("tenant.accounts.login"), m -> m.getAccount().getLogin()),
                text(sheets.label("tenant.accounts.name"), m -> m.getAccount().getDisplayName()),
                text(sheets.label("tenant.accounts.role"), m -> sheets.label("role." + m.getRole())),
                text(sheets.label("tenant.accounts.organisation"), m -> m.getUnitId() != null ? unitNames.get(m.getUnitId())
                        : m.getClaimantId() != null ? claimantNames.get(m.getClaimantId()) : null),
                text(sheets.label("tenant.accounts.email"), m -> m.getAccount().getEmail()));
        return sheet(sheets.label("export.accounts.sheet"), columns, memberships);
    }

    /** Lists that only the tenant's admins' pages show, read through boundaries other roles may use too. */
    private void requireAdmin() {
        if (!tenant.isAdmin()) {
            throw new EJBAccessException("a page of the tenant's admins");
        }
    }

    /** The year's projects in these states that the caller's project list shows, numbered. */
    private Response projectSheet(String sheetKey, String year, Predicate<ProjectStatus> shown) {
        int chosen = FilterParameters.requiredYear(year);
        List<ProjectRow> rows = projects.all(new ProjectFilter(chosen, null, null, null)).stream().filter(row -> shown.test(row.status())).toList();
        ProjectSheets sheets = sheets();
        CategoryNames categories = projects.categoryNames();
        List<Column<Integer>> columns = List.of(
                count(sheets.label("export.number"), i -> i + 1),
                text(sheets.label("export.list.title"), at(rows, ProjectRow::title)),
                text(sheets.label("project.owner"), at(rows, ProjectRow::ownerName)),
                text(sheets.label("export.list.category"), at(rows, row -> categories.name(row.year(), row.categoryKey(), language.getLocale()))),
                text(sheets.label("export.list.status"), at(rows, row -> sheets.label("enum.ProjectStatus." + row.status()))),
                text(sheets.label("export.list.nominated"), at(rows, row -> sheets.label(row.nominated() ? "export.yes" : "export.no"))),
                moment(sheets.label("export.list.updated"), at(rows, ProjectRow::updatedAt)));
        return sheet(sheets.label(sheetKey, chosen), columns, IntStream.range(0, rows.size()).boxed().toList());
    }

    private static <T, V> Function<Integer, V> at(List<T> rows, Function<T, V> value) {
        return i -> value.apply(rows.get(i));
    }

    static <T> Response sheet(String title, List<Column<T>> columns, List<T> rows) {
        return ProjectExportsResource.workbook(out -> SheetWriter.write(title, columns, rows, out), title + ".xlsx");
    }

    private ProjectSheets sheets() {
        return new ProjectSheets(language.getLocale());
    }

    /** A project of the evaluation summary with its place and unit. */
    private record Scored(int number, String unit, RecordLine line) {
    }
}
