package org.gongjian.web.tenant.settings;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.gongjian.tenantconfig.Phase;
import org.gongjian.tenantconfig.Window;

/** A phase's window as a row of the calendar form edits it; both dates empty means no window that year. */
public class WindowRow implements Serializable {

    private final Phase phase;
    private LocalDate opens;
    private LocalDate closes;

    WindowRow(Phase phase) {
        this.phase = phase;
    }

    static WindowRow of(Phase phase, Optional<Window> window) {
        WindowRow row = new WindowRow(phase);
        window.ifPresent(w -> {
            row.opens = w.opens();
            row.closes = w.closes();
        });
        return row;
    }

    boolean isComplete() {
        return opens != null && closes != null;
    }

    boolean isHalfFilled() {
        return (opens == null) != (closes == null);
    }

    Window toWindow() {
        return new Window(phase, opens, closes);
    }

    public Phase getPhase() {
        return phase;
    }

    public LocalDate getOpens() {
        return opens;
    }

    public void setOpens(LocalDate opens) {
        this.opens = opens;
    }

    public LocalDate getCloses() {
        return closes;
    }

    public void setCloses(LocalDate closes) {
        this.closes = closes;
    }
}
