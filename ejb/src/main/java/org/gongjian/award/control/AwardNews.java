package org.gongjian.award.control;

import java.util.List;
import org.gongjian.project.entity.ProjectOwner;

/** What a batch's organiser changed that the applicants are told of, once the change committed, each in its own tenant. */
public record AwardNews(List<Awardee> awardees) {

    /** One applicant to tell: its tenant, the project's owner, the project, and the message's key and words. */
    public record Awardee(long tenantId, ProjectOwner owner, long projectId, String key, List<String> arguments) {
    }
}
