package org.gongjian.web.tenant.projects;

import jakarta.inject.Inject;
import java.io.Serializable;
import org.gongjian.platform.NotFoundException;
import org.gongjian.project.boundary.Projects;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.tenant.control.CurrentTenant;

/**
 * What the pages of a project's implementation share: the project named by {@code ?id=}, which
 * the caller must be allowed to see (else 404), and who the caller is for it. A page loads its
 * own parts in {@link #refresh()}, again after each change it makes. The pages show a form only
 * to whom it is for, and put its {@code rendered} on a {@code ui:fragment} around the form: JSF
 * decodes a posted form whose own {@code rendered} is false.
 */
public abstract class ImplementationPage implements Serializable {

    @Inject
    Projects projects;

    @Inject
    CurrentTenant tenant;

    private String idParameter;
    private long id;
    private transient Project project;

    /** The view action: reads the project and the page's parts. */
    public void load() {
        if (idParameter == null || !idParameter.matches("\\d{1,18}")) {
            throw new NotFoundException();
        }
        id = Long.parseLong(idParameter);
        reload();
    }

    /** Reads the page's own parts of the project. */
    abstract void refresh();

    void reload() {
        project = projects.find(id);
        refresh();
    }

    public Project getProject() {
        if (project == null) {
            project = projects.find(id);
        }
        return project;
    }

    long id() {
        return id;
    }

    /** Whether the caller speaks for the project's owner: a member of its unit or an account of its organisation. */
    public boolean isOwner() {
        return tenant.speaksFor(getProject().getOwner());
    }

    public boolean isAdmin() {
        return tenant.isAdmin();
    }

    /** The tenant's admins and evaluators. */
    public boolean isOrganiser() {
        return tenant.isOrganiser();
    }

    public boolean isUnderway() {
        return getProject().getStatus() == ProjectStatus.UNDERWAY;
    }

    public String getId() {
        return idParameter;
    }

    public void setId(String id) {
        this.idParameter = id;
    }
}
