package org.gongjian.web.tenant.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongjian.project.boundary.SupervisionVisits;
import org.gongjian.project.entity.SupervisionVisit;
import org.gongjian.web.faces.Messages;

/**
 * A project's supervision and guidance visits: the tenant's admins and evaluators record them with
 * written feedback; the unit answers each once.
 */
@Named
@ViewScoped
public class VisitsBacking extends ImplementationPage {

    @Inject
    SupervisionVisits visits;

    private transient List<SupervisionVisit> list;
    private final VisitForm visit = new VisitForm();
    private final Map<Long, String> answers = new HashMap<>();

    @Override
    void refresh() {
        list = visits.list(id());
    }

    public void record() {
        visits.record(id(), visit.note());
        Messages.info("visit.recorded");
        visit.clear();
        reload();
    }

    public void answer(SupervisionVisit visit) {
        visits.answer(id(), visit.getId(), answers.get(visit.getId()));
        Messages.info("visit.answered");
        answers.remove(visit.getId());
        reload();
    }

    public boolean isRecording() {
        return isOrganiser() && isUnderway();
    }

    public boolean isAnswering() {
        return speaksForOwner() && isUnderway();
    }

    public List<SupervisionVisit> getVisits() {
        if (list == null) {
            refresh();
        }
        return list;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public VisitForm getVisit() {
        return visit;
    }
}
