package org.gongjian.web.probe;

import java.util.Map;
import java.util.Optional;

/**
 * What a parameter of a page or endpoint names. Identifying kinds pick a record of someone (a
 * tenant, a project, a message) and are filled from the victim's real ids; the others are plain
 * values any caller may send and get a fixed plausible value.
 */
enum Kind {
    TENANT(true, false), PROJECT(true, false), LEDGER_ENTRY(true, false), VISIT(true, false), ATTACHMENT(true, false),
    NOTIFICATION(true, false), UNIT(true, true), YEAR(false, true), DOCUMENT_NUMBER(false, false), CONFIG_VERSION(false, false),
    PAGE(false, true), OFFSET(false, true), SIZE(false, true), STATUS(false, true), CATEGORY(false, true), PURPOSE(false, false),
    FILE_NAME(false, false), BOARD(true, false), SECTOR(true, false), ITEM(true, false), CLAIM(true, false),
    JOIN_REQUEST(true, false), TENANT_FILTER(false, true), SECTOR_NAME(false, true), SEARCH(false, true), COMPETITION(true, false),
    BID(true, false), BID_FILE(true, false), LOGIN(false, false), SCORE_SHEET(true, false), EVALUATOR_RELATION(true, false),
    AWARD_BATCH(true, false), AWARD_APPLICATION(true, false), DAY(false, true), STORY(true, false), SHOWCASE_PHOTO(true, false),
    CITY_PICK(true, false), PHOTO_KIND(false, false), FLAG(false, true), SIGNAL(false, true), GRADE(false, true);

    /** Parameter names that mean the same wherever they appear. */
    private static final Map<String, Kind> BY_NAME = Map.ofEntries(
            Map.entry("code", TENANT), Map.entry("entry", LEDGER_ENTRY), Map.entry("visit", VISIT),
            Map.entry("attachmentId", ATTACHMENT), Map.entry("unit", UNIT), Map.entry("year", YEAR), Map.entry("round", YEAR),
            Map.entry("from", DOCUMENT_NUMBER), Map.entry("to", DOCUMENT_NUMBER), Map.entry("version", CONFIG_VERSION),
            Map.entry("page", PAGE), Map.entry("first", OFFSET), Map.entry("size", SIZE), Map.entry("status", STATUS),
            Map.entry("category", CATEGORY), Map.entry("purpose", PURPOSE), Map.entry("X-File-Name", FILE_NAME),
            Map.entry("boardId", BOARD), Map.entry("board", BOARD), Map.entry("sectorId", SECTOR), Map.entry("itemId", ITEM),
            Map.entry("item", ITEM), Map.entry("claimId", CLAIM), Map.entry("claim", CLAIM), Map.entry("requestId", JOIN_REQUEST),
            Map.entry("request", JOIN_REQUEST), Map.entry("tenant", TENANT_FILTER), Map.entry("sector", SECTOR_NAME),
            Map.entry("q", SEARCH), Map.entry("competitionId", COMPETITION), Map.entry("competition", COMPETITION),
            Map.entry("bidId", BID), Map.entry("bid", BID), Map.entry("fileId", BID_FILE), Map.entry("login", LOGIN),
            Map.entry("projectId", PROJECT), Map.entry("sheetId", SCORE_SHEET), Map.entry("relationId", EVALUATOR_RELATION),
            Map.entry("batch", DOCUMENT_NUMBER), Map.entry("tenantCode", TENANT), Map.entry("since", DAY), Map.entry("until", DAY),
            Map.entry("storyId", STORY), Map.entry("kind", PHOTO_KIND),
            Map.entry("approved", FLAG), Map.entry("funds", FLAG), Map.entry("signal", SIGNAL), Map.entry("grade", GRADE));
    /**
     * Names whose meaning depends on the collection they follow, e.g. {@code projects/{id}} or
     * {@code inbox/{id}}, or on the folder and page of a view ({@code boards/item} takes an item's id).
     */
    private static final Map<String, Kind> BY_COLLECTION = Map.ofEntries(
            Map.entry("projects/id", PROJECT), Map.entry("inbox/id", NOTIFICATION), Map.entry("competitions/id", COMPETITION),
            Map.entry("declarations/number", DOCUMENT_NUMBER), Map.entry("versions/number", CONFIG_VERSION),
            Map.entry("boards/board/id", BOARD), Map.entry("boards/item/id", ITEM), Map.entry("evaluation/id", PROJECT),
            Map.entry("assessments/id", PROJECT), Map.entry("batches/id", AWARD_BATCH),
            Map.entry("applications/application", AWARD_APPLICATION), Map.entry("awards/batch/id", AWARD_BATCH),
            Map.entry("awards/application/batch", AWARD_BATCH), Map.entry("awards/application/id", AWARD_APPLICATION),
            Map.entry("records/unitId", UNIT), Map.entry("stories/id", STORY), Map.entry("showcase/story/id", STORY),
            Map.entry("photos/id", SHOWCASE_PHOTO), Map.entry("picks/id", CITY_PICK));

    final boolean identifying;
    /** Whether, as an optional query value, it narrows a list (a filter or a page). */
    final boolean narrows;

    Kind(boolean identifying, boolean narrows) {
        this.identifying = identifying;
        this.narrows = narrows;
    }

    /**
     * The kind of a parameter by its name and the collection it belongs to (the path segment
     * before it, or the folder and page of a view); empty when the probe has no strategy for it.
     */
    static Optional<Kind> of(String collection, String name) {
        Kind contextual = BY_COLLECTION.get(collection + "/" + name);
        if (contextual == null && collection.contains("/")) {
            contextual = BY_COLLECTION.get(collection.substring(0, collection.indexOf('/')) + "/" + name);
        }
        return Optional.ofNullable(contextual != null ? contextual : BY_NAME.get(name));
    }
}
