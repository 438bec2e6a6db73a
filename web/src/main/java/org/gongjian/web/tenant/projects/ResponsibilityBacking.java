package org.gongjian.web.tenant.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.Move;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.project.entity.Responsibility;
import org.gongjian.web.faces.Messages;

/**
 * The 五定 of an approved project: the project and its plan as approved, and the lead leader, the
 * responsible person and the team its unit or the tenant's admins fix. Fixing them the first time
 * starts the implementation.
 */
@Named
@ViewScoped
public class ResponsibilityBacking extends ImplementationPage {

    private transient Declaration declaration;
    private transient Responsibility fixed;
    private String leadLeader;
    private String responsiblePerson;
    private final List<TeamRow> team = new ArrayList<>();

    @Override
    void refresh() {
        declaration = projects.declaration(id());
        fixed = projects.responsibility(id());
        team.clear();
        if (fixed != null) {
            leadLeader = fixed.leadLeader();
            responsiblePerson = fixed.responsiblePerson();
            fixed.team().forEach(member -> team.add(new TeamRow(member)));
        }
        if (team.isEmpty()) {
            team.add(new TeamRow());
        }
    }

    public void addMember() {
        team.add(new TeamRow());
    }

    public void removeMember(TeamRow row) {
        team.remove(row);
    }

    /** Saves the 五定; rows left wholly blank are not members. */
    public void save() {
        boolean starting = getProject().getStatus() == ProjectStatus.APPROVED;
        projects.fixResponsibility(id(), new Responsibility(leadLeader, responsiblePerson,
                team.stream().filter(row -> !row.isBlank()).map(TeamRow::toMember).toList()));
        reload();
        Messages.info(starting ? "responsibility.started" : "responsibility.saved");
    }

    public boolean isEditable() {
        return (isOwner() || isAdmin()) && getProject().can(Move.FIX_RESPONSIBILITY);
    }

    public Declaration getDeclaration() {
        if (declaration == null) {
            declaration = projects.declaration(id());
        }
        return declaration;
    }

    public Responsibility getFixed() {
        return fixed;
    }

    public String getLeadLeader() {
        return leadLeader;
    }

    public void setLeadLeader(String leadLeader) {
        this.leadLeader = leadLeader;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }

    public List<TeamRow> getTeam() {
        return team;
    }
}
