package org.gongjian.web.tenant.evaluation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Year;
import java.util.List;
import org.gongjian.evaluation.boundary.Evaluations;
import org.gongjian.evaluation.entity.Evaluation;
import org.gongjian.web.faces.Messages;

/** The tenant's evaluations by year, open or closed, and the form that opens a year's evaluation over its accepted projects. */
@Named
@ViewScoped
public class EvaluationYearsBacking implements Serializable {

    @Inject
    Evaluations evaluations;

    private transient List<Evaluation> list;
    private Integer year = Year.now(Messages.SHOWN_ZONE).getValue();

    public String open() {
        evaluations.open(year);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info("evalPages.years.opened", String.valueOf(year));
        return "/tenant/evaluation/year?faces-redirect=true&year=" + year;
    }

    public List<Evaluation> getEvaluations() {
        if (list == null) {
            list = evaluations.all();
        }
        return list;
    }

    public Integer getOpenYear() {
        return year;
    }

    public void setOpenYear(Integer year) {
        this.year = year;
    }
}
