package org.gongjian.web.review;

import java.io.Serializable;
import java.math.BigDecimal;
import org.gongjian.bidding.boundary.ScoreEntry;

/** A reviewer's points and note on one criterion of one bid, as the score sheet edits them. */
public class ScoreInput implements Serializable {

    private final String key;
    private final String name;
    private final int scale;
    private BigDecimal points;
    private String note;

    ScoreInput(String key, String name, int scale, BigDecimal points, String note) {
        this.key = key;
        this.name = name;
        this.scale = scale;
        this.points = points;
        this.note = note;
    }

    ScoreEntry toEntry() {
        return new ScoreEntry(key, points, note);
    }

    public String getName() {
        return name;
    }

    public int getScale() {
        return scale;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public void setPoints(BigDecimal points) {
        this.points = points;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
