package org.gongjian.award.entity;

import java.time.LocalDate;

/** What the host sets for its city batch: the window's days in China Standard Time and the prize counts. */
public record HostBatchTerms(Integer year, String title, LocalDate opensOn, LocalDate closesOn,
                             Integer first, Integer second, Integer third) {
}
