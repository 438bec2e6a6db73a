package org.gongjian.web.tenant.projects;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjian.account.entity.Role;
import org.gongjian.config.boundary.Configurations;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.BusinessException.Reason;
import org.gongjian.project.boundary.Projects;
import org.gongjian.project.control.CategoryNames;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.Field;
import org.gongjian.project.entity.Move;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenantconfig.Category;
import org.gongjian.tenantconfig.Phase;
import org.gongjian.tenantconfig.Window;
import org.gongjian.tenantconfig.YearCalendar;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;

/**
 * A unit member starts a declaration in the year whose declaration window is open, or edits a
 * draft or a returned declaration ({@code ?id=N}); saves it as a draft or submits it. The boundary
 * decides what may be saved and submitted; this page only offers the form where it would be taken.
 */
@Named
@ViewScoped
public class DeclareProjectBacking implements Serializable {

    @Inject
    Projects projects;

    @Inject
    Configurations configurations;

    @Inject
    CurrentTenant tenant;

    @Inject
    Language language;

    private Long id;
    private int year;
    private ProjectStatus status;
    private String decisionReason;
    private LocalDate closes;
    /** Why there is no form to fill in, or null. */
    private String unavailable;
    private DeclarationForm form;
    private final Map<String, String> categories = new LinkedHashMap<>();
    private final Map<String, String> goalHints = new HashMap<>();

    public void load() {
        if (!tenant.hasRole(Role.Names.UNIT_MEMBER)) {
            forbidden();
            return;
        }
        if (id == null) {
            Optional<YearCalendar> open = openCalendar();
            if (open.isEmpty()) {
                unavailable = Messages.text(language.getLocale(), "declare.closed");
                return;
            }
            year = open.get().year();
            closes = open.get().window(Phase.DECLARATION).map(Window::closes).orElse(null);
            form = DeclarationForm.blank();
        } else {
            Project project = projects.find(id);
            year = project.getYear();
            status = project.getStatus();
            decisionReason = project.getDecisionReason();
            if (!project.can(Move.EDIT_DECLARATION)) {
                unavailable = Messages.text(language.getLocale(), "project.move.refused", Move.EDIT_DECLARATION, project.getStatus());
                return;
            }
            form = DeclarationForm.of(projects.declaration(id));
        }
        try {
            List<Category> frozen = projects.categories(year);
            categories.putAll(CategoryNames.byKey(frozen, language.getLocale()));
            frozen.stream().filter(category -> category.goalHint() != null)
                    .forEach(category -> goalHints.put(category.key(), category.goalHint()));
        } catch (BusinessException refused) {
            unavailable = Messages.text(language.getLocale(), refused.key(), refused.arguments());
            form = null;
        }
    }

    /** The year's calendar whose declaration window is open today, in the tenant's latest configuration. */
    private Optional<YearCalendar> openCalendar() {
        LocalDate today = configurations.today();
        return configurations.current().flatMap(saved -> saved.configuration().calendars().stream()
                .filter(calendar -> calendar.isOpen(Phase.DECLARATION, today)).findFirst());
    }

    public void save() {
        store(false);
        Messages.info("declare.saved");
    }

    /** Saves, then submits; a refused submission leaves the saved draft and the form as typed. */
    public String submit() {
        store(true);
        try {
            projects.submit(id);
        } catch (BusinessException refused) {
            Messages.info("declare.notSubmitted");
            throw refused;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info("declare.submitted");
        return "/tenant/projects/view?faces-redirect=true&id=" + id;
    }

    private void store(boolean submitting) {
        Declaration declaration = form.toDeclaration();
        requireTitleAndCategory(declaration, submitting);
        if (id == null) {
            id = projects.startDraft(declaration).getId();
            status = ProjectStatus.DRAFT;
        } else {
            projects.saveDraft(id, declaration);
        }
        // new goals got their keys from the boundary: the next save must name them by those keys
        form = DeclarationForm.of(projects.declaration(id));
    }

    /**
     * The database keeps no project without a title and a category, though the boundary takes drafts
     * without them: ask for both before anything is stored, and on a submission for all that is missing.
     */
    private void requireTitleAndCategory(Declaration declaration, boolean submitting) {
        List<Reason> reasons = new ArrayList<>();
        if (declaration.title() == null || declaration.title().isBlank()) {
            reasons.add(new Reason("project.field.required", List.of(Field.TITLE)));
        }
        if (declaration.categoryKey() == null || !categories.containsKey(declaration.categoryKey())) {
            reasons.add(new Reason("declaration.category.required", List.of()));
        }
        if (!reasons.isEmpty()) {
            throw new BusinessException(submitting ? declaration.completenessProblems(categories.keySet()) : reasons);
        }
    }

    private static void forbidden() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.responseSendError(403, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** The year declared in, for the blank printable form of that year. */
    public int getYear() {
        return year;
    }

    /** What the form declares: the year, and the deadline of a new declaration or the state of one being revised. */
    public String getYearNote() {
        return closes != null ? Messages.text(language.getLocale(), "declare.yearNote", String.valueOf(year), closes)
                : Messages.text(language.getLocale(), "declare.revisionNote", String.valueOf(year), status);
    }

    public boolean isReturned() {
        return status == ProjectStatus.RETURNED && decisionReason != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUnavailable() {
        return unavailable;
    }

    public DeclarationForm getForm() {
        return form;
    }

    public Map<String, String> getCategories() {
        return categories;
    }

    /** What the chosen category asks its goals to say, or null. */
    public String getGoalHint() {
        return form == null || form.getCategoryKey() == null ? null : goalHints.get(form.getCategoryKey());
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
