package org.gongjian.web.tenant.units;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gongjian.unit.boundary.Units;
import org.gongjian.unit.entity.Unit;
import org.gongjian.unit.entity.UnitKind;
import org.gongjian.web.faces.Messages;

/** The tenant admin lists and adds units. */
@Named
@ViewScoped
public class UnitListBacking implements Serializable {

    @Inject
    Units units;

    private List<Unit> all;
    private String name;
    private UnitKind kind = UnitKind.BRANCH;
    private String secretary;

    public List<Unit> getUnits() {
        if (all == null) {
            all = units.all();
        }
        return all;
    }

    public void create() {
        Unit unit = units.create(name, kind, secretary);
        Messages.info("tenant.units.created", unit.getName());
        name = null;
        secretary = null;
        all = null;
    }

    public UnitKind[] getKinds() {
        return UnitKind.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public String getSecretary() {
        return secretary;
    }

    public void setSecretary(String secretary) {
        this.secretary = secretary;
    }
}
