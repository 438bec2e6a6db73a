package org.gongjian.web.tenant.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gongjian.claimant.boundary.Claimants;
import org.gongjian.claimant.entity.Claimant;
import org.gongjian.evaluation.boundary.EvaluatorAccount;
import org.gongjian.evaluation.boundary.Evaluations;
import org.gongjian.evaluation.boundary.Relation;
import org.gongjian.unit.boundary.Units;
import org.gongjian.unit.entity.Unit;
import org.gongjian.web.faces.Messages;

/**
 * Evaluators marked as related to a unit or a co-building organisation, with the reason: each is
 * a conflict of interest on that owner's projects in every year, until the mark is removed.
 */
@Named
@ViewScoped
public class RelationsBacking implements Serializable {

    @Inject
    Evaluations evaluations;

    @Inject
    Units units;

    @Inject
    Claimants claimants;

    private transient List<Relation> relations;
    private transient List<EvaluatorAccount> evaluators;
    private transient List<Unit> unitList;
    private transient List<Claimant> claimantList;
    private String login;
    /** "u12" for a unit, "c7" for a co-building organisation: one choice of owner. */
    private String owner;
    private String reason;

    public void mark() {
        Long unitId = owner != null && owner.matches("u\\d{1,18}") ? Long.valueOf(owner.substring(1)) : null;
        Long claimantId = owner != null && owner.matches("c\\d{1,18}") ? Long.valueOf(owner.substring(1)) : null;
        evaluations.markRelated(login, unitId, claimantId, reason);
        Messages.info("evalPages.relations.markedDone", login);
        login = null;
        owner = null;
        reason = null;
        relations = null;
    }

    public void unmark(Relation relation) {
        evaluations.unmarkRelated(relation.id());
        Messages.info("evalPages.relations.removed", relation.login());
        relations = null;
    }

    public List<Relation> getRelations() {
        if (relations == null) {
            relations = evaluations.relations();
        }
        return relations;
    }

    public List<EvaluatorAccount> getEvaluators() {
        if (evaluators == null) {
            evaluators = evaluations.evaluators();
        }
        return evaluators;
    }

    public List<Unit> getUnits() {
        if (unitList == null) {
            unitList = units.all();
        }
        return unitList;
    }

    public List<Claimant> getClaimants() {
        if (claimantList == null) {
            claimantList = claimants.all();
        }
        return claimantList;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
