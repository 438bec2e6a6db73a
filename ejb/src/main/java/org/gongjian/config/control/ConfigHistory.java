package org.gongjian.config.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.gongjian.audit.control.Audit;
import org.gongjian.config.entity.ConfigPart;
import org.gongjian.config.entity.ConfigVersion;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenant.control.TenantSession;
import org.gongjian.tenantconfig.Problem;
import org.gongjian.tenantconfig.TenantConfiguration;

/**
 * The versions of the bound tenant's configuration. A save checks the whole configuration, refuses
 * it with every problem found, refuses it when someone saved in between, and otherwise adds the
 * next version: nothing is changed in place and nothing half-saved.
 */
@Dependent
public class ConfigHistory {

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    Audit audit;

    public Optional<SavedConfiguration> latest() {
        return latestVersion().map(ConfigHistory::read);
    }

    public Optional<ConfigVersion> latestVersion() {
        return em.createNamedQuery(ConfigVersion.LATEST, ConfigVersion.class).setMaxResults(1)
                .getResultStream().findFirst();
    }

    public Optional<SavedConfiguration> version(int number) {
        return em.createNamedQuery(ConfigVersion.BY_NUMBER, ConfigVersion.class).setParameter("number", number)
                .getResultStream().findFirst().map(ConfigHistory::read);
    }

    /** Every version with its configuration, newest first. */
    public List<SavedConfiguration> all() {
        return em.createNamedQuery(ConfigVersion.LATEST, ConfigVersion.class).getResultStream()
                .map(ConfigHistory::read).toList();
    }

    /** Every version's number, part, author and time, newest first, without reading the documents. */
    public List<VersionSummary> summaries() {
        return em.createNamedQuery(ConfigVersion.LATEST, ConfigVersion.class).getResultStream()
                .map(v -> new VersionSummary(v.getNumber(), v.getPart(), v.getSavedBy(), v.getSavedAt())).toList();
    }

    /**
     * Saves an edit of the latest configuration as the next version.
     *
     * @param basedOn the version the editor started from (null for a tenant's first configuration)
     * @param edit    makes the new configuration from the latest one (null when there is none yet)
     * @param partOf  what of a configuration the audit trail shows as before and after
     */
    public SavedConfiguration save(ConfigPart part, Integer basedOn, UnaryOperator<TenantConfiguration> edit,
                                   Function<TenantConfiguration, Object> partOf) {
        Optional<ConfigVersion> latest = latestVersion();
        TenantConfiguration before = latest.map(v -> ConfigDocuments.read(v.getDocument())).orElse(null);
        TenantConfiguration configuration = edit.apply(before);
        List<Problem> problems = configuration.problems();
        if (!problems.isEmpty()) {
            throw new BusinessException(problems.stream()
                    .map(p -> new BusinessException.Reason(p.key(), p.arguments())).toList());
        }
        Integer latestNumber = latest.map(ConfigVersion::getNumber).orElse(null);
        if (!Objects.equals(latestNumber, basedOn)) {
            throw stale(latest.orElse(null));
        }
        ConfigVersion version = new ConfigVersion(latestNumber == null ? 1 : latestNumber + 1, part,
                ConfigDocuments.write(configuration), audit.actor());
        try {
            em.persist(version);
            em.flush();
        } catch (PersistenceException raced) {
            throw new BusinessException("config.stale.raced");
        }
        audit.recordFor(session.tenantId(), "config.save." + part.name().toLowerCase(), "config_version", version.getId(),
                before == null ? null : state(latestNumber, partOf.apply(before)), state(version.getNumber(), partOf.apply(configuration)));
        em.refresh(version);
        return read(version);
    }

    private static BusinessException stale(ConfigVersion latest) {
        return latest == null ? new BusinessException("config.stale.none")
                : new BusinessException("config.stale", latest.getNumber(), latest.getSavedBy());
    }

    private static Map<String, Object> state(int number, Object part) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("version", number);
        state.put("value", part);
        return state;
    }

    public static SavedConfiguration read(ConfigVersion version) {
        return new SavedConfiguration(version.getNumber(), version.getPart(), version.getSavedBy(), version.getSavedAt(),
                ConfigDocuments.read(version.getDocument()));
    }
}
