package org.gongjian.web.tenant.projects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongjian.config.boundary.Rounds;
import org.gongjian.platform.NotFoundException;
import org.gongjian.project.boundary.Projects;
import org.gongjian.project.control.Change;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.ProjectDocument;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;

/** What changed from one submitted declaration version of a project to another ({@code ?id=N&from=a&to=b}). */
@Named
@RequestScoped
public class CompareDeclarationsBacking {

    @Inject
    Projects projects;

    @Inject
    Rounds rounds;

    @Inject
    Language language;

    private Long id;
    private Integer from;
    private Integer to;
    private Project project;
    private List<ProjectDocument> versions;
    private List<Change> changes;
    private Map<String, String> categoryNames;

    /** Versions that do not exist, or a project the caller may not see, are not found. */
    public void load() {
        if (id == null || from == null || to == null) {
            throw new NotFoundException();
        }
        project = projects.find(id);
        versions = projects.declarations(id);
        changes = projects.compare(id, from, to);
        categoryNames = YearCategories.of(rounds, project.getYear(), language.getLocale());
    }

    /** A part as the reader knows it: "预期目标 g2", "实施步骤 3", "项目名称". */
    public String label(String part) {
        return label(language.getLocale(), part);
    }

    static String label(Locale locale, String part) {
        int space = part.indexOf(' ');
        String name = space < 0 ? part : part.substring(0, space);
        String label = Messages.text(locale, "declaration.part." + name);
        return space < 0 ? label : label + " " + part.substring(space + 1);
    }

    /** A value as the reader knows it: a category by its name, a missing value as such. */
    public String shown(Change change, String value) {
        if (value == null) {
            return Messages.text(language.getLocale(), "compare.empty");
        }
        return "category".equals(change.part()) ? categoryNames.getOrDefault(value, value) : value;
    }

    public Project getProject() {
        return project;
    }

    public List<ProjectDocument> getVersions() {
        return versions;
    }

    public List<Change> getChanges() {
        return changes;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }
}
