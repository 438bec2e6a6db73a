package org.gongjian.award.boundary;

/** A published award list in the public index: its tenant's code and names (all null for the city's), year and title. */
public record PublishedBatch(String tenantCode, String organiserZh, String organiserEn, int year, String title) {
}
