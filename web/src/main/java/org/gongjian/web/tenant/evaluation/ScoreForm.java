package org.gongjian.web.tenant.evaluation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongjian.evaluation.entity.CriterionPoints;
import org.gongjian.evaluation.entity.ScoreSheet;
import org.gongjian.evaluation.entity.SheetForm;
import org.gongjian.tenantconfig.Criterion;

/**
 * The score sheet as a page edits it: points by criterion key, a note, and the evaluator's
 * 一听、二看、三查、四问. The self-evaluation, the evaluator's sheet and the admin's correction share it;
 * the boundary checks the points against the criteria's scales.
 */
public class ScoreForm implements Serializable {

    private final Map<String, BigDecimal> points = new HashMap<>();
    private String note;
    private String listened;
    private String looked;
    private String checked;
    private String asked;

    /** Starts from a saved sheet, or empty when there is none yet. */
    public void fill(ScoreSheet sheet) {
        points.clear();
        note = listened = looked = checked = asked = null;
        if (sheet != null) {
            points.putAll(sheet.points());
            note = sheet.getNote();
            listened = sheet.getListened();
            looked = sheet.getLooked();
            checked = sheet.getChecked();
            asked = sheet.getAsked();
        }
    }

    /** The form for these criteria, in their order; a criterion left empty goes with no points, for the boundary to refuse. */
    public SheetForm form(List<Criterion> criteria) {
        return new SheetForm(criteria.stream().map(c -> new CriterionPoints(c.key(), points.get(c.key()))).toList(),
                note, listened, looked, checked, asked);
    }

    public Map<String, BigDecimal> getPoints() {
        return points;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getListened() {
        return listened;
    }

    public void setListened(String listened) {
        this.listened = listened;
    }

    public String getLooked() {
        return looked;
    }

    public void setLooked(String looked) {
        this.looked = looked;
    }

    public String getChecked() {
        return checked;
    }

    public void setChecked(String checked) {
        this.checked = checked;
    }

    public String getAsked() {
        return asked;
    }

    public void setAsked(String asked) {
        this.asked = asked;
    }
}
