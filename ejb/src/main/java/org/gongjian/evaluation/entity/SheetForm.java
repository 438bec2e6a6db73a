package org.gongjian.evaluation.entity;

import java.util.List;

/**
 * What a scorer enters on a sheet: points for every criterion of the channel, a note, and for an
 * evaluator what they heard, saw, checked and asked (一听、二看、三查、四问).
 */
public record SheetForm(List<CriterionPoints> points, String note, String listened, String looked, String checked, String asked) {

    public SheetForm {
        points = points == null ? List.of() : List.copyOf(points);
    }

    public static SheetForm of(List<CriterionPoints> points, String note) {
        return new SheetForm(points, note, null, null, null, null);
    }
}
