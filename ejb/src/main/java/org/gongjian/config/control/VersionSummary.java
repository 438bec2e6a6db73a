package org.gongjian.config.control;

import java.time.OffsetDateTime;
import org.gongjian.config.entity.ConfigPart;

/** A version of a tenant's configuration as its history lists it: number, what it changed, who and when. */
public record VersionSummary(int number, ConfigPart part, String savedBy, OffsetDateTime savedAt) {
}
