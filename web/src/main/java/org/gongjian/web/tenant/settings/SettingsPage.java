package org.gongjian.web.tenant.settings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.gongjian.config.boundary.Configurations;
import org.gongjian.config.control.SavedConfiguration;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenantconfig.ConfigTemplate;
import org.gongjian.tenantconfig.TenantConfiguration;
import org.gongjian.web.faces.Messages;

/**
 * What the tenant admin's settings pages share. A page edits one part of the configuration as the
 * version it loaded has it, and names that version when it saves, so that a save over someone
 * else's newer one is refused instead of lost; after a save it goes on from the new version.
 */
public abstract class SettingsPage implements Serializable {

    @Inject
    Configurations configurations;

    private Integer basedOn;
    private String savedBy;
    private OffsetDateTime savedAt;
    private String template;
    private FreshKeys keys;
    private transient List<ConfigTemplate> templates;

    @PostConstruct
    void load() {
        configurations.current().ifPresent(this::show);
    }

    /** Fills the page's form from a configuration. */
    abstract void edit(TenantConfiguration configuration);

    void show(SavedConfiguration saved) {
        basedOn = saved.number();
        savedBy = saved.savedBy();
        savedAt = saved.savedAt();
        keys = null;
        edit(saved.configuration());
    }

    void saved(SavedConfiguration saved) {
        show(saved);
        Messages.info("settings.saved", saved.number());
    }

    /** The version the page loaded, which its save builds on. */
    int basedOn() {
        if (basedOn == null) {
            throw new BusinessException("config.stale.none");
        }
        return basedOn;
    }

    /** Starts from a template: the tenant's first configuration, or a new version replacing the current one. */
    public void startFrom() {
        saved(configurations.startFrom(template, basedOn));
    }

    /**
     * A key for a new row that no version has used, so that a new row never takes over what an old
     * one's key still names (projects of a category, scores of a criterion).
     */
    String freshKey(String prefix, Function<TenantConfiguration, Stream<String>> keysOf) {
        if (keys == null) {
            keys = new FreshKeys(configurations.history().stream()
                    .flatMap(saved -> keysOf.apply(saved.configuration())).toList());
        }
        return keys.next(prefix);
    }

    /**
     * Whether this request presses the page's save button (id "save"). Rows may be added and removed
     * half filled in; only saving asks for every required value.
     */
    public boolean isSaving() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        return parameters.getOrDefault("jakarta.faces.source", "").endsWith(":save")
                || parameters.keySet().stream().anyMatch(name -> name.endsWith(":save"));
    }

    /** A cell's label for messages and screen readers: the table, the row number and the column. */
    public String label(String tableKey, String columnKey, int index) {
        return Messages.text("settings.row", Messages.text(tableKey), index + 1, Messages.text(columnKey));
    }

    /** What a field says when its text is not a value of its kind: number, integer or date. */
    public String invalid(String kind, String label) {
        return Messages.text("settings." + kind + ".invalid", label);
    }

    Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public boolean isConfigured() {
        return basedOn != null;
    }

    /** Which version the form shows, who saved it and when. */
    public String getEditing() {
        return Messages.text("settings.editing", basedOn, savedBy, savedAt);
    }

    public List<ConfigTemplate> getTemplates() {
        if (templates == null) {
            templates = configurations.templates();
        }
        return templates;
    }

    public String getTemplate() {
        if (template == null && !getTemplates().isEmpty()) {
            template = getTemplates().get(0).code();
        }
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }
}
