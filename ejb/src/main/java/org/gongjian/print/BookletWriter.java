package org.gongjian.print;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongjian.print.BookletStory.GoalRow;

/**
 * The showcase booklet: a cover, a page of the year's figures (tables and bars, group by group),
 * then a page for each featured project with its first photo, goals against results and story.
 */
public final class BookletWriter {

    private static final float PHOTO_HEIGHT = 300;
    private static final float[] GOAL_COLUMNS = {6, 2, 2, 2};
    private static final float[] FIGURE_COLUMNS = {7, 3};

    private final Wording words;

    public BookletWriter(Locale locale) {
        this.words = Wording.of(locale);
    }

    /** The booklet as a PDF; refuses it if a character cannot be printed or a photo cannot be read. */
    public byte[] write(Booklet booklet) {
        try (PdfLayout pdf = new PdfLayout(words, booklet.title())) {
            String asOf = words.text("booklet.asOf", words.date(booklet.asOf()));
            pdf.cover(booklet.title(), booklet.subtitle(), List.of(asOf));
            figures(pdf, booklet);
            for (BookletStory story : booklet.stories()) {
                story(pdf, story);
            }
            return pdf.finish();
        }
    }

    private void figures(PdfLayout pdf, Booklet booklet) {
        pdf.title(words.text("booklet.figures"));
        pdf.paragraph(words.text("booklet.asOf", words.date(booklet.asOf())));
        Map<String, List<FigureRow>> groups = new LinkedHashMap<>();
        booklet.figures().forEach(row -> groups.computeIfAbsent(row.group() == null ? "" : row.group(), g -> new ArrayList<>()).add(row));
        for (Map.Entry<String, List<FigureRow>> group : groups.entrySet()) {
            List<FigureRow> rows = group.getValue();
            if (!group.getKey().isEmpty()) {
                pdf.heading(group.getKey());
            }
            pdf.table(List.of(words.text("booklet.figure"), words.text("booklet.value")), FIGURE_COLUMNS, new boolean[]{false, true},
                    rows.stream().map(row -> List.of(row.label(), shown(row))).toList());
            if (rows.size() > 1 && !group.getKey().isEmpty()) {
                pdf.bars(rows.stream().map(FigureRow::label).toList(), rows.stream().map(FigureRow::value).toList(),
                        rows.stream().map(this::shown).toList());
            }
        }
        pdf.newPage();
    }

    private void story(PdfLayout pdf, BookletStory story) {
        pdf.title(story.title());
        String none = words.text("booklet.none");
        pdf.facts(List.of(
                new String[]{words.text("booklet.units"), story.names().isEmpty() ? none : String.join("、", story.names())},
                new String[]{words.text("booklet.grade"), story.grade() == null || story.grade().isBlank() ? none : story.grade()},
                new String[]{words.text("booklet.prizes"), story.prizes().isEmpty() ? none : String.join("、", story.prizes())}));
        if (!story.photos().isEmpty()) {
            BookletStory.Photo photo = story.photos().get(0);
            pdf.image(photo.bytes(), PHOTO_HEIGHT);
            if (photo.caption() != null && !photo.caption().isBlank()) {
                pdf.paragraph(photo.caption(), PdfLayout.BODY - 1);
            }
        }
        if (!story.goals().isEmpty()) {
            pdf.heading(words.text("booklet.goals"));
            pdf.table(List.of(words.text("booklet.goal"), words.text("booklet.target"), words.text("booklet.result"), words.text("booklet.goalUnit")),
                    GOAL_COLUMNS, new boolean[]{false, true, true, false}, story.goals().stream().map(this::goal).toList());
        }
        pdf.heading(words.text("booklet.story"));
        pdf.paragraph(story.story());
        pdf.newPage();
    }

    private List<String> goal(GoalRow row) {
        String none = words.text("booklet.none");
        return List.of(row.goal() == null ? "" : row.goal(), row.target() == null ? none : words.number(row.target()),
                row.result() == null ? none : words.number(row.result()), row.unit() == null ? "" : row.unit());
    }

    private String shown(FigureRow row) {
        return row.money() ? words.yuan(row.value()) : words.number(row.value());
    }
}
