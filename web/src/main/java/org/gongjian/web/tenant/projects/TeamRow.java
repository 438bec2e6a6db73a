package org.gongjian.web.tenant.projects;

import java.io.Serializable;
import org.gongjian.project.entity.Responsibility.TeamMember;

/** A row of the 五定 page's team table. */
public class TeamRow implements Serializable {

    private String name;
    private String role;

    TeamRow() {
    }

    TeamRow(TeamMember member) {
        this.name = member.name();
        this.role = member.role();
    }

    boolean isBlank() {
        return (name == null || name.isBlank()) && (role == null || role.isBlank());
    }

    TeamMember toMember() {
        return new TeamMember(name, role);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
