package org.gongjian.web.tenant.projects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjian.project.control.LedgerLine;

/** The ledger entries of one stage (or sub-project) of a project; stage is null for entries without one. */
public record StageGroup(String stage, List<LedgerLine> lines) {

    /** Groups entries already ordered by stage, keeping their order. */
    static List<StageGroup> of(List<LedgerLine> lines) {
        Map<String, List<LedgerLine>> byStage = new LinkedHashMap<>();
        lines.forEach(line -> byStage.computeIfAbsent(line.entry().getStage(), stage -> new ArrayList<>()).add(line));
        return byStage.entrySet().stream().map(group -> new StageGroup(group.getKey(), group.getValue())).toList();
    }
}
