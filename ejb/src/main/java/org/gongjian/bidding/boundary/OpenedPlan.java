package org.gongjian.bidding.boundary;

import java.util.List;
import org.gongjian.bidding.control.SealedPlans.FileRef;
import org.gongjian.project.entity.Declaration;

/** The counted version of a bid, opened: its plan, the files it named, and whether it matched its receipt. */
public record OpenedPlan(long bidId, String tenantName, String unitName, int version, String receipt, Declaration plan,
                         List<FileRef> files, boolean intact) {
}
