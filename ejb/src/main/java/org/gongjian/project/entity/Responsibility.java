package org.gongjian.project.entity;

import java.io.Serializable;
import java.util.List;
import org.gongjian.platform.BusinessException;

/**
 * The 五定 of an approved project besides the project and its plan: the lead leader, the person
 * responsible and the team with each member's role (谁立项、谁负责).
 */
public record Responsibility(String leadLeader, String responsiblePerson, List<TeamMember> team) implements Serializable {

    public Responsibility {
        team = team == null ? List.of() : List.copyOf(team);
    }

    /** A team member and their role in the project. */
    public record TeamMember(String name, String role) implements Serializable {
    }

    /** The same, stripped and checked; refuses missing people or an empty team. */
    public Responsibility checked() {
        if (team.isEmpty()) {
            throw new BusinessException("responsibility.team.required");
        }
        return new Responsibility(Field.LEAD_LEADER.required(leadLeader), Field.RESPONSIBLE_PERSON.required(responsiblePerson),
                team.stream().map(member -> new TeamMember(Field.TEAM_MEMBER.required(member.name()),
                        Field.TEAM_ROLE.required(member.role()))).toList());
    }
}
