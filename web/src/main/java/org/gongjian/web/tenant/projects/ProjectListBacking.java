package org.gongjian.web.tenant.projects;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongjian.account.entity.Role;
import org.gongjian.project.boundary.ProjectLists;
import org.gongjian.project.boundary.Projects;
import org.gongjian.project.control.CategoryNames;
import org.gongjian.project.control.ProjectFilter;
import org.gongjian.project.control.ProjectRow;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenantconfig.Category;
import org.gongjian.unit.boundary.Units;
import org.gongjian.unit.entity.Unit;
import org.gongjian.platform.BusinessException;
import org.gongjian.web.api.ProjectExportsResource;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;
import org.gongjian.web.tenant.ExportQuery;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The tenant's projects a page at a time, filtered by year, category, status and (for the tenant's
 * admins and evaluators) unit, with the same filter's list and ledger as Excel downloads. The filter
 * can come in the address too ({@code ?year=2026&status=ACCEPTED&category=innovation&unit=12}, and
 * {@code approved=true} or {@code funds=true}, which the page shows but does not offer), as the dashboard links to it.
 */
@Named
@ViewScoped
public class ProjectListBacking implements Serializable {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    Projects projects;

    @Inject
    ProjectLists lists;

    @Inject
    Units units;

    @Inject
    CurrentTenant tenant;

    @Inject
    Language language;

    private Integer year;
    private String category;
    private ProjectStatus status;
    private Long unit;
    private boolean approved;
    private boolean funded;
    private transient CategoryNames names;
    private transient List<Unit> unitOptions;
    private final AddressFilter address = new AddressFilter();
    private boolean refused;

    private final LazyDataModel<ProjectRow> rows = new LazyDataModel<>() {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return refused ? 0 : (int) projects.count(filter());
        }

        @Override
        public List<ProjectRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return refused ? List.of() : projects.list(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(ProjectRow row) {
            return String.valueOf(row.id());
        }
    };

    ProjectFilter filter() {
        return new ProjectFilter(year, category, status, isOrganiser() ? unit : null, approved, funded);
    }

    public boolean isOrganiser() {
        return tenant.isOrganiser();
    }

    public boolean isUnitMember() {
        return tenant.hasRole(Role.Names.UNIT_MEMBER);
    }

    public List<Integer> getYears() {
        return names().byYear().keySet().stream().sorted((a, b) -> b - a).toList();
    }

    public List<Category> getCategories() {
        return names().distinct();
    }

    public String categoryLabel(Category category) {
        return CategoryNames.shown(category, language.getLocale());
    }

    /** The name the project's category had in the project's year. */
    public String categoryName(ProjectRow row) {
        return names().name(row.year(), row.categoryKey(), language.getLocale());
    }

    /** The tenant's admins and evaluators never see drafts in the list, so they get no draft filter. */
    public List<ProjectStatus> getStatuses() {
        return Arrays.stream(ProjectStatus.values()).filter(s -> s != ProjectStatus.DRAFT || !isOrganiser()).toList();
    }

    public List<Unit> getUnits() {
        if (unitOptions == null) {
            unitOptions = isOrganiser() ? units.all() : List.of();
        }
        return unitOptions;
    }

    /** The year of the printed summary sheets: the filter's, else this year. */
    public int getSheetYear() {
        return year != null ? year : LocalDate.now(CHINA).getYear();
    }

    /** The evaluation summary follows the yearly record's rule: the tenant's admins and unit members. */
    public boolean isRecordReader() {
        return tenant.isAdmin() || isUnitMember();
    }

    /**
     * Takes the filter the address gives (a link from the dashboard); one that cannot be read
     * answers 400 with its message and lists nothing until a filter is chosen on the page, rather
     * than a list that seems filtered.
     */
    public void readAddress() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback()) {
            refused = false;
            return;
        }
        try {
            ProjectFilter given = ProjectExportsResource.filter(address.getYear(), address.getCategory(), address.getStatus(), address.getUnit(),
                    address.getApproved(), address.getFunds());
            year = given.year();
            approved = given.approved();
            funded = given.funded();
            category = given.categoryKey();
            status = given.status();
            unit = given.unitId();
        } catch (BusinessException unreadable) {
            refused = true;
            Messages.refuseAddress(unreadable);
        }
    }

    public AddressFilter getAddress() {
        return address;
    }

    /** The filter as the address writes it, read by {@link #readAddress()}. */
    public static class AddressFilter implements Serializable {

        private String year;
        private String status;
        private String category;
        private String unit;
        private String approved;
        private String funds;

        public String getApproved() {
            return approved;
        }

        public void setApproved(String approved) {
            this.approved = approved;
        }

        public String getFunds() {
            return funds;
        }

        public void setFunds(String funds) {
            this.funds = funds;
        }

        public String getYear() {
            return year;
        }

        public void setYear(String year) {
            this.year = year;
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
        }

        public String getCategory() {
            return category;
        }

        public void setCategory(String category) {
            this.category = category;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }
    }

    /** The query string that gives the exports the shown filter. */
    public String exportQuery() {
        return new ExportQuery().with("year", year).with("category", category).with("status", status)
                .with("unit", isOrganiser() ? unit : null).with("approved", approved ? "true" : null)
                .with("funds", funded ? "true" : null).toString();
    }

    private CategoryNames names() {
        if (names == null) {
            names = lists.categoryNames();
        }
        return names;
    }

    public LazyDataModel<ProjectRow> getRows() {
        return rows;
    }

    /** Only the projects approved at any stage, as the dashboard's approvals link asks. */
    public boolean isApproved() {
        return approved;
    }

    /** Only the projects with a fund entry, as the dashboard's funds link asks. */
    public boolean isFunded() {
        return funded;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }
}
