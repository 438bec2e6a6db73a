package org.gongjian.config.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenant.control.TenantSession;
import org.gongjian.tenant.entity.Tenant;
import org.gongjian.tenantconfig.Phase;
import org.gongjian.tenantconfig.TenantConfiguration;
import org.gongjian.tenantconfig.Window;
import org.gongjian.tenantconfig.YearCalendar;

/**
 * Whether a window of the bound tenant's calendar is open today. "Today" is the database clock's
 * date in the tenant's time zone, so every server of a cluster agrees and no client clock counts.
 */
@Dependent
public class CalendarGate {

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    ConfigHistory history;

    public LocalDate today() {
        Tenant tenant = em.find(Tenant.class, session.tenantId());
        try (PreparedStatement statement = session.connection().prepareStatement("select cast(now() at time zone ? as date)")) {
            statement.setString(1, tenant.getTimeZone());
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getObject(1, LocalDate.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database clock", e);
        }
    }

    /** The windows open today, in every year's calendar, in phase order. */
    public List<Window> openToday() {
        LocalDate today = today();
        return history.latest().map(saved -> saved.configuration().calendars().stream()
                        .flatMap(calendar -> calendar.windows().stream())
                        .filter(window -> window.contains(today))
                        .sorted(Comparator.comparing(Window::phase)).toList())
                .orElse(List.of());
    }

    /**
     * Refuses unless the phase's window is open today.
     *
     * @return the year whose calendar has the open window
     */
    public int requireOpen(Phase phase) {
        LocalDate today = today();
        TenantConfiguration configuration = history.latest()
                .orElseThrow(() -> new BusinessException("calendar.notConfigured")).configuration();
        Optional<YearCalendar> open = configuration.calendars().stream()
                .filter(calendar -> calendar.isOpen(phase, today)).findFirst();
        return open.orElseThrow(() -> new BusinessException("calendar.closed", phase, today)).year();
    }
}
